/**
 * The confirmation dialog of "Pay out now": a native modal `<dialog>` (the page behind is inert,
 * so focus stays inside; Escape cancels), labelled by its title. It says what will move (the
 * expected amount, exact), where to (the store's default deposit method), and the 24-hour rule;
 * then, once sent, Amazon's reference for the payout (copyable) or why it was not made, in
 * words, with the API's code, message and request id. A template function over the
 * `PayoutRequestController`'s state: it holds no state of its own.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PayoutFailure } from '../../api/on-demand-payout.js';
import { defaultDepositMethod } from '../../api/normalise-payment-methods.js';
import { errorFactsTemplate } from '../../internal/templates.js';
import { formatDateTime, type DateContext } from '../../l10n/dates.js';
import { str, type Words } from '../../l10n/runtime.js';
import { formatMoney } from '../../money/format.js';
import { depositLabel, expiryDisplay, methodLabel } from '../../l10n/deposit-method-words.js';
import { accountLabel } from './expected-view.js';
import type { PayoutDialogActions, PayoutRequestState } from './payout-request.js';

export interface PayoutDialogContext {
  words: Words;
  /** For when asking again can succeed: the store's zone, the element's locale. */
  dates: DateContext;
  nowMs: number;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** A failure in words: a title, and what happened and what to do. */
export function failureWords(
  failure: PayoutFailure,
  words: Words,
  dates: DateContext,
): { title: string; text: string } {
  const when =
    failure.retryAtMs === undefined
      ? undefined
      : formatDateTime(new Date(failure.retryAtMs).toISOString(), dates);
  const title = words.msg('The payout was not requested', { id: 'payout-request.failed.title' });
  switch (failure.reason) {
    case 'ineligible':
      return {
        title,
        text: words.msg(
          'Amazon says this account cannot ask for an on-demand payout. They are offered only in its EU stores (Germany, France, Italy, Spain, Sweden, the Netherlands, Poland and Belgium) and only for Standard Orders.',
          { id: 'payout-request.failed.ineligible' },
        ),
      };
    case 'insufficient-balance':
      return {
        title,
        text: words.msg('The available balance is below the smallest amount Amazon pays out.', {
          id: 'payout-request.failed.insufficient-balance',
        }),
      };
    case 'already-requested':
      return {
        title,
        text: when
          ? words.msg(
              str`An on-demand payout was already requested for this store and account type in the last 24 hours. You can ask again after ${when}.`,
              { id: 'payout-request.failed.already-requested.when' },
            )
          : words.msg(
              'An on-demand payout was already requested for this store and account type in the last 24 hours. You can ask again 24 hours after that request.',
              { id: 'payout-request.failed.already-requested' },
            ),
      };
    case 'in-progress':
      return {
        title,
        text: words.msg(
          'This payout is already being requested, in another tab or window. Wait for its answer there.',
          { id: 'payout-request.failed.in-progress' },
        ),
      };
    case 'no-deposit-method':
      return {
        title,
        text: words.msg(
          'Amazon found no valid deposit method to pay to. Add or update the deposit method in Seller Central, then ask again.',
          { id: 'payout-request.failed.no-deposit-method' },
        ),
      };
    case 'rate-limited':
      return {
        title,
        text: when
          ? words.msg(
              str`Too many requests: Amazon is limiting payout requests right now. You can try again after ${when}.`,
              { id: 'payout-request.failed.rate-limited.when' },
            )
          : words.msg(
              'Too many requests: Amazon is limiting payout requests right now. Wait a minute, then try again.',
              { id: 'payout-request.failed.rate-limited' },
            ),
      };
    case 'refused':
      return {
        title,
        text: words.msg(
          'The server refused to send this request to Amazon. Payouts may not be enabled for this page, or you may need to sign in again.',
          { id: 'payout-request.failed.refused' },
        ),
      };
    case 'outcome-unknown':
      return {
        title: words.msg('No clear answer about the payout', {
          id: 'payout-request.unknown.title',
        }),
        text: words.msg(
          'The request was sent, but no clear answer came back, so the payout may or may not have been made. Check your payouts before asking again.',
          { id: 'payout-request.failed.outcome-unknown' },
        ),
      };
    default:
      return {
        title,
        text: words.msg('Amazon did not make the payout. Its answer is below.', {
          id: 'payout-request.failed.other',
        }),
      };
  }
}

/** Where the money goes, in words: the default deposit method, with a card's expiry warning. */
function destinationTemplate(state: PayoutRequestState, context: PayoutDialogContext) {
  const { words } = context;
  if (state.methods === 'reading') {
    return html`<span class="muted">
      ${words.msg('Finding the default deposit method…', { id: 'payout-request.method.reading' })}
    </span>`;
  }
  const target = state.methods === 'unknown' ? undefined : defaultDepositMethod(state.methods);
  if (!target) {
    return (
      depositLabel(state.payout.paymentMethod, state.payout.accountTail, words) ??
      words.msg('The default deposit method in Seller Central', {
        id: 'payout-request.method.unknown',
      })
    );
  }
  const expiry = expiryDisplay(target, words, context.nowMs);
  return html`<span class="method-name">${methodLabel(target, words)}</span>${
      expiry && expiry.state !== 'valid'
        ? html`<span class="method-expiry" part="expiry" data-state=${expiry.state}>
            ${expiry.text}
          </span>`
        : nothing
    }`;
}

function confirmTemplate(
  state: PayoutRequestState,
  context: PayoutDialogContext,
  actions: PayoutDialogActions,
): TemplateResult {
  const { words } = context;
  const sending = state.phase === 'sending';
  const waiting = sending || state.methods === 'reading';
  const money = state.payout.money;
  const account = accountLabel(state.payout.account, words);
  // aria-disabled, not disabled: a disabled button drops the focus out of the dialog.
  return html`<p id="payout-request-description">
      ${words.msg(
        'Amazon will send this balance to your default deposit method now, instead of on the scheduled date. Amazon decides the final amount.',
        { id: 'payout-request.intro' },
      )}
    </p>
    <dl class="details">
      <dt>${words.msg('Expected to move', { id: 'payout-request.field.amount' })}</dt>
      <dd class="payout-amount">
        ${
          money
            ? html`<bdi>${formatMoney(money, words.locale)}</bdi>`
            : words.msg('Amazon sent no readable amount', { id: 'payout-request.amount.unknown' })
        }
      </dd>
      ${
        account
          ? html`<dt>${words.msg('Account', { id: 'field.account' })}</dt>
              <dd>${account}</dd>`
          : nothing
      }
      <dt>${words.msg('Deposit to', { id: 'expected.field.deposit' })}</dt>
      <dd class="payout-destination">${destinationTemplate(state, context)}</dd>
    </dl>
    <p class="rule">
      ${words.msg('Amazon allows one on-demand payout per store and account type every 24 hours.', {
        id: 'payout-request.rule',
      })}
    </p>
    <div class="dialog-buttons">
      <button
        class="sp-button"
        part="payout-cancel"
        type="button"
        data-initial-focus
        aria-disabled=${sending ? 'true' : 'false'}
        @click=${(event: Event) => actions.close(dialogOf(event))}
      >
        ${words.msg('Cancel', { id: 'payout-request.cancel' })}
      </button>
      <button
        class="sp-button primary"
        part="payout-confirm"
        type="button"
        aria-disabled=${waiting ? 'true' : 'false'}
        @click=${actions.confirm}
      >
        ${
          sending
            ? words.msg('Requesting…', { id: 'payout-request.sending' })
            : words.msg('Confirm payout', { id: 'payout-request.confirm' })
        }
      </button>
    </div>`;
}

function resultTemplate(state: PayoutRequestState, context: PayoutDialogContext): TemplateResult {
  const { words } = context;
  if (state.phase === 'made') {
    const reference = state.payoutReferenceId;
    return html`<p>
        ${words.msg(
          'Amazon accepted the request. The payout appears in your payouts once Amazon starts it.',
          { id: 'payout-request.made' },
        )}
      </p>
      ${
        reference
          ? html`<dl class="details">
              <dt>${words.msg('Payout reference', { id: 'payout-request.field.reference' })}</dt>
              <dd>
                <code class="payout-reference" part="payout-reference">${reference}</code>
                <sp-copy-button
                  .value=${reference}
                  .words=${words}
                  label=${words.msg('Copy payout reference', { id: 'payout-request.copy-reference' })}
                ></sp-copy-button>
              </dd>
            </dl>`
          : nothing
      }`;
  }
  const failure = state.failure!;
  const { text } = failureWords(failure, words, context.dates);
  return html`<div class="payout-failure" part="payout-failure" data-reason=${failure.reason}>
    <p class="failure-reason">${text}</p>
    ${failure.error ? errorFactsTemplate(failure.error, words) : nothing}
  </div>`;
}

function titleOf(state: PayoutRequestState, context: PayoutDialogContext): string {
  const { words } = context;
  if (state.phase === 'made') {
    return words.msg('Payout requested', { id: 'payout-request.made.title' });
  }
  if (state.phase === 'failed') return failureWords(state.failure!, words, context.dates).title;
  return words.msg('Pay out now?', { id: 'payout-request.title' });
}

function dialogOf(event: Event): HTMLDialogElement | null {
  return (event.currentTarget as Element).closest('dialog');
}

/** The dialog for the request under way; nothing while none is. */
export function payoutRequestDialogTemplate(
  state: PayoutRequestState | undefined,
  context: PayoutDialogContext,
  actions: PayoutDialogActions,
): TemplateResult | typeof nothing {
  if (!state) return nothing;
  const { words } = context;
  const settled = state.phase === 'made' || state.phase === 'failed';
  return html`<dialog
    class="payout-dialog"
    part="payout-dialog"
    aria-labelledby="payout-request-title"
    aria-describedby=${settled ? nothing : 'payout-request-description'}
    data-phase=${state.phase}
    lang=${context.lang}
    dir=${context.dir}
    @cancel=${actions.cancel}
    @close=${actions.closed}
    @keydown=${actions.keydown}
  >
    <h2 id="payout-request-title" class="dialog-title">${titleOf(state, context)}</h2>
    <p class="payout-progress" role="status">
      ${
        state.phase === 'sending'
          ? words.msg('Sending the request to Amazon…', { id: 'payout-request.progress' })
          : state.phase === 'made'
            ? words.msg('Payout requested', { id: 'payout-request.made.title' })
            : nothing
      }
    </p>
    ${
      settled
        ? html`${resultTemplate(state, context)}
            <div class="dialog-buttons">
              <button
                class="sp-button"
                part="payout-close"
                type="button"
                data-result-focus
                @click=${(event: Event) => actions.close(dialogOf(event))}
              >
                ${words.msg('Close', { id: 'payout-request.close' })}
              </button>
            </div>`
        : confirmTemplate(state, context, actions)
    }
  </dialog>`;
}
