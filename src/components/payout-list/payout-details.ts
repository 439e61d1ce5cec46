/**
 * A payout's details in `<sp-payout-list>`: its status history as a timeline, the payout and
 * trace ids (copyable), payment rail, period, account, marketplace and settlement ids.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { marketplaceName } from '../../api/marketplaces.js';
import type { PayoutModel } from '../../api/model.js';
import { hasSyntheticId } from '../../api/normalise-payouts.js';
import { describePeriod, formatDateTime, type DateContext } from '../../l10n/dates.js';
import { accountTypeWords } from '../../l10n/enum-labels.js';
import type { Words } from '../../l10n/runtime.js';
import { elapsedPhrase, statusView } from './payout-view.js';

/** The details of `payout`; `onSettlement` is called when a settlement id is picked. */
export function payoutDetailsTemplate(
  payout: PayoutModel,
  words: Words,
  dates: DateContext,
  onSettlement: (settlementId: string, payout: PayoutModel) => void,
): TemplateResult {
  const period = describePeriod(payout.period, dates);
  const accountType = accountTypeWords(payout.account.accountTypeRaw, words);
  const marketplace = marketplaceName(payout.account.marketplaceId);
  return html`<h3>${words.msg('Status history', { id: 'payouts.history' })}</h3>
    ${
      payout.history.length === 0
        ? html`<p class="muted">
            ${words.msg('Amazon sent no status history.', { id: 'payouts.history.none' })}
          </p>`
        : html`<ol class="timeline" part="timeline">
            ${payout.history.map((step, index) => {
              const view = statusView(step.status, words);
              const elapsed =
                index > 0
                  ? elapsedPhrase(payout.history[index - 1]!.date, step.date, words)
                  : undefined;
              return html`<li class="step" part="timeline-step">
                <span class="step-icon tone-${view.tone}" aria-hidden="true">${view.icon}</span>
                <span class="step-status">${view.label}</span>
                ${
                  step.date
                    ? html`<time datetime=${step.date}
                        >${formatDateTime(step.date, dates) ?? step.date}</time
                      >`
                    : nothing
                }
                ${elapsed ? html`<span class="step-elapsed muted">(${elapsed})</span>` : nothing}
                ${
                  step.failureReason
                    ? html`<p class="step-failure">
                        <span class="visually-hidden"
                          >${words.msg('Reason:', { id: 'payouts.history.reason' })} </span
                        >${step.failureReason}
                      </p>`
                    : nothing
                }
              </li>`;
            })}
          </ol>`
    }
    <dl class="facts">
      ${
        hasSyntheticId(payout)
          ? nothing
          : html`<dt>${words.msg('Payout id', { id: 'payouts.field.payout-id' })}</dt>
              <dd>
                <code class="payout-id">${payout.id}</code>
                <sp-copy-button
                  .value=${payout.id}
                  .words=${words}
                  label=${words.msg('Copy payout id', { id: 'payouts.copy-payout-id' })}
                ></sp-copy-button>
              </dd>`
      }
      ${
        payout.traceId
          ? html`<dt>${words.msg('Trace id', { id: 'payouts.field.trace-id' })}</dt>
              <dd>
                <code class="trace-id">${payout.traceId}</code>
                <sp-copy-button
                  .value=${payout.traceId}
                  .words=${words}
                  label=${words.msg('Copy trace id', { id: 'payouts.copy-trace-id' })}
                ></sp-copy-button>
                <span class="muted"
                  >${words.msg("Your bank's reference for this transfer.", {
                    id: 'payouts.field.trace-id.hint',
                  })}</span
                >
              </dd>`
          : nothing
      }
      ${
        payout.paymentRail
          ? html`<dt>${words.msg('Payment rail', { id: 'payouts.field.payment-rail' })}</dt>
              <dd class="payment-rail">${payout.paymentRail}</dd>`
          : nothing
      }
      ${
        period
          ? html`<dt>${words.msg('Period', { id: 'field.period' })}</dt>
              <dd class="period">${period}</dd>`
          : nothing
      }
      ${
        accountType
          ? html`<dt>${words.msg('Account', { id: 'field.account' })}</dt>
              <dd>${accountType}</dd>`
          : nothing
      }
      ${
        marketplace
          ? html`<dt>${words.msg('Marketplace', { id: 'payouts.field.marketplace' })}</dt>
              <dd>${marketplace}</dd>`
          : nothing
      }
      ${
        payout.settlementIds.length > 0
          ? html`<dt>${words.msg('Settlements', { id: 'field.settlements' })}</dt>
              <dd>
                <ul class="settlements">
                  ${payout.settlementIds.map(
                    (id) =>
                      html`<li>
                        <button
                          class="sp-link-button settlement"
                          part="settlement-button"
                          type="button"
                          @click=${() => onSettlement(id, payout)}
                        >
                          <span class="visually-hidden"
                            >${words.msg('Show settlement', { id: 'payouts.show-settlement' })} </span
                          >${id}
                        </button>
                      </li>`,
                  )}
                </ul>
              </dd>`
          : nothing
      }
    </dl>`;
}
