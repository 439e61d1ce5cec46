import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ExpectedPayoutModel } from '../../api/model.js';
import { normaliseExpectedPayouts } from '../../api/normalise-expected-payouts.js';
import { optional, splitList, type ExpectedPayoutsQuery } from '../../api/operations.js';
import '../../events/sp-payout-request.js';
import '../../events/sp-settlement-select.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { emptyTemplate, skeletonTemplate } from '../../internal/templates.js';
import { noMoneyTemplate, warnInvalidAmounts } from '../../internal/invalid-amount.js';
import { formatCount } from '../../l10n/plural.js';
import { str } from '../../l10n/runtime.js';
import { DepositMethodsController, storesOf } from '../../internal/deposit-methods.js';
import { depositMethodsTemplate } from '../../internal/deposit-methods-block.js';
import { depositMethodsStyles } from '../../internal/deposit-methods.styles.js';
import { expectedPayoutStyles } from './expected-payout.styles.js';
import { payoutRequestDialogTemplate } from './payout-request-dialog.js';
import { accountKeyOf, PayoutRequestController } from './payout-request.js';
import {
  attentionLabel,
  emptyHint,
  expectedPayoutView,
  orderBySchedule,
  othersShown,
  type ExpectedPayoutView,
  type StatusIcon,
} from './expected-view.js';

/**
 * The seller's next payouts from `GET /finances/transfers/2024-06-01/payouts/expected`: the
 * soonest one that will pay prominent, the others listed by scheduled date (those that will not
 * pay, a negative balance or disabled payouts, after the rest). Each shows its amount in its own
 * currency (amounts in different currencies are never added), the status in words with what it
 * means and what to do, the scheduled date with a relative phrase ("tomorrow"), the deposit
 * method and account tail, the period covered and its settlement ids. All pages are fetched.
 *
 * The list is bounded: after the soonest payout come the next ten, and a "Show 10 more" button
 * (with "Showing 10 of 19,999" beside it, announced as it changes) reveals the next ten, moving
 * focus to the first of them, so 20,000 expected payouts render about as many nodes as 20; a
 * status's action slot goes with its first payout among those shown.
 *
 * A scheduled date sent as midnight UTC is the calendar date it names, shown the same in every
 * time zone; any other time is shown in the marketplace's zone (or `time-zone`), naming the
 * zone when the local date differs from the UTC date (README, "Dates and time zones").
 *
 * With `allow-payout-request`, a payout of a Standard Orders account in one of the eight EU
 * stores offers "Pay out now": a modal dialog names the amount, the deposit method and the
 * 24-hour rule, and only its Confirm sends `initiatePayout`, once, never retried. After a payout
 * the element reloads and fires `sp-payout-request`; the page's balance cards, payout lists and
 * expected payouts reload on it by themselves.
 * With `show-payment-methods`, each store's deposit methods are listed (README, "Pay out now").
 *
 * @example
 * ```html
 * <sp-expected-payout base-url="/sp-api" marketplace-ids="ATVPDKIKX0DER">
 *   <a slot="at-risk-action" href="https://sellercentral.amazon.com/sw/AccountInfo/DepositMethodView">
 *     Update deposit method
 *   </a>
 * </sp-expected-payout>
 * ```
 *
 * @tagname sp-expected-payout
 * @summary The next expected payout and what stands in its way.
 *
 * @fires sp-load - Expected payouts are shown; `detail` is the `ExpectedPayoutModel[]` shown, in display order.
 * @fires sp-error - The error state is shown; `detail` is `{status, code, message, requestId}`.
 * @fires sp-settlement-select - A settlement id was chosen; `detail` is `{settlementId, payout}`.
 * @fires sp-payout-request - An on-demand payout the seller confirmed was accepted; `detail` is `{marketplaceId, accountType, payoutReferenceId}`. The balance cards, payout lists and expected payouts on the page reload by themselves.
 *
 * @slot action - The host's own action, shown in the prominent (soonest) payout.
 * @slot at-risk-action - An action for the first AT_RISK payout, e.g. an "Update deposit method" link.
 * @slot disabled-action - An action for the first payout whose payouts are DISABLED.
 * @slot no-payout-expected-action - An action for the first NO_PAYOUT_EXPECTED payout.
 * @slot scheduled-action - An action for the first SCHEDULED payout.
 *
 * @csspart hero - The soonest payout, shown prominently.
 * @csspart hero-amount - The soonest payout's amount.
 * @csspart list - The list of the other expected payouts.
 * @csspart item - One payout in that list.
 * @csspart status - A status (icon and words).
 * @csspart meaning - What a status means and what to do.
 * @csspart settlement-button - A settlement id button.
 * @csspart actions - The container of the host's action slots.
 * @csspart show-more - The button that shows the next batch of payouts.
 * @csspart shown-count - How many of the other payouts are shown ("Showing 10 of 19,999").
 * @csspart attention - For an AT_RISK or DISABLED payout, the deposit method that needs attention.
 * @csspart payout-request-button - "Pay out now" (with `allow-payout-request`, in the EU stores, for Standard Orders).
 * @csspart payout-dialog - The confirmation dialog of "Pay out now".
 * @csspart payout-confirm - The dialog's Confirm button.
 * @csspart payout-cancel - The dialog's Cancel button.
 * @csspart payout-close - The dialog's Close button, once the request has an answer.
 * @csspart payout-reference - Amazon's reference for a payout just requested.
 * @csspart payout-failure - Why a payout request failed, with the API's message and request id.
 * @csspart deposit-methods - The deposit methods of a store (with `show-payment-methods`).
 * @csspart deposit-method - One deposit method.
 * @csspart default-badge - Marks the default deposit method, the one payouts go to.
 * @csspart expiry - A card's expiry (`data-state` is `valid`, `expiring` or `expired`).
 *
 * @cssprop --sp-expected-payout-hero-size - Font size of the soonest payout's amount (default 2em).
 * @cssprop --sp-expected-payout-item-background - Background of each listed payout.
 */
export class SpExpectedPayout extends SpElement<ExpectedPayoutsQuery, ExpectedPayoutModel[]> {
  static override styles = [...SpElement.styles, depositMethodsStyles, expectedPayoutStyles];

  /** An on-demand payout moves this money: reload when one is made on the page. */
  protected override readonly refreshesOnPayout = true;

  /** Comma-separated marketplace ids to restrict to (`marketplaceIds`); all when absent. */
  @property({ attribute: 'marketplace-ids', reflect: true }) marketplaceIds: string | undefined;

  /** The account type to restrict to (`accountType`), e.g. `STANDARD_ORDERS`. */
  @property({ attribute: 'account-type', reflect: true }) accountType: string | undefined;

  /**
   * The current time, from which "tomorrow" and "in 3 days" are counted (in the seller's time
   * zone). Defaults to the time of rendering; set it for reproducible screenshots and tests.
   */
  @property({ attribute: false }) now: Date | undefined;

  /**
   * Offer "Pay out now" (Amazon's `initiatePayout`) on payouts of the EU stores (DE, FR, IT, ES,
   * SE, NL, PL, BE) for Standard Orders, the only ones Amazon pays out on demand. Off unless
   * the host sets it: the request moves money, after the seller confirms it in a dialog.
   */
  @property({ type: Boolean, attribute: 'allow-payout-request', reflect: true })
  allowPayoutRequest = false;

  /** List the deposit methods of the stores shown (`getPaymentMethods`), with card expiry. */
  @property({ type: Boolean, attribute: 'show-payment-methods', reflect: true })
  showPaymentMethods = false;

  private readonly depositMethods = new DepositMethodsController(this, () => [
    this.showPaymentMethods ? this.source : undefined,
    storesOf(this.task.value),
  ]);

  private readonly payoutRequest = new PayoutRequestController(this, {
    source: () => this.source,
    knownMethods: (marketplaceId) => this.depositMethods.methodsIn(marketplaceId),
    onMade: (detail) => {
      this.emit('sp-payout-request', detail);
      void this.retry();
    },
    focusFallback: () => this.renderRoot.querySelector<HTMLElement>('.hero-title'),
  });

  /**
   * How many of the other payouts "Show more" has revealed, and for which loaded list: a new
   * load starts again from the first batch.
   */
  @state() private revealed: { data: ExpectedPayoutModel[]; count: number } | undefined;

  /** The list position to focus once the rows just revealed are rendered. */
  private focusAfterReveal: number | undefined;

  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.depositMethods.pending, this.payoutRequest.pending];
  }

  /** The dialog sits beside the states, so a refresh after a payout does not close it. */
  override render() {
    const state = this.payoutRequest.state;
    const now = this.now ?? new Date();
    return html`${super.render()}${payoutRequestDialogTemplate(
      state,
      {
        words: this.words,
        dates: this.dateContext([state?.request.marketplaceId], now),
        nowMs: now.getTime(),
        lang: this.resolvedLocale,
        dir: this.resolvedDirection,
      },
      this.payoutRequest.actions,
    )}`;
  }

  protected query(): ExpectedPayoutsQuery {
    return {
      marketplaceIds: splitList(this.marketplaceIds),
      accountType: optional(this.accountType),
    };
  }

  protected async load(
    query: ExpectedPayoutsQuery,
    { source, signal, fresh, pages }: LoadContext,
  ): Promise<ExpectedPayoutModel[]> {
    const pager = pages<ExpectedPayoutModel>(
      async (nextToken, pageSignal) => {
        const response = await source.listExpectedPayouts(
          nextToken === undefined ? query : { ...query, nextToken },
          { signal: pageSignal, fresh },
        );
        warnInvalidAmounts(this, response);
        return { items: normaliseExpectedPayouts(response), nextToken: response?.nextToken };
      },
      { idOf: (payout) => payout.key },
    );
    return orderBySchedule(await pager.all(signal));
  }

  protected isEmpty(data: ExpectedPayoutModel[]): boolean {
    return data.length === 0;
  }

  protected override renderEmpty(): TemplateResult {
    const query = this.query();
    return emptyTemplate(
      this.words.msg('No payout expected', { id: 'expected.empty.title' }),
      emptyHint(query.marketplaceIds, query.accountType, this.words),
    );
  }

  protected override renderLoading(): TemplateResult {
    return skeletonTemplate(
      3,
      this.words.msg('Loading expected payouts', { id: 'expected.loading' }),
      this.words,
    );
  }

  protected renderData(data: ExpectedPayoutModel[]): TemplateResult {
    const now = this.now ?? new Date();
    const shown = this.revealed?.data === data ? this.revealed.count : othersShown(data.length, 0);
    // Only the rows on screen are formatted: dates and money for 20,000 payouts would cost
    // seconds that nobody sees.
    const [first, ...rest] = data
      .slice(0, 1 + shown)
      .map((payout) =>
        expectedPayoutView(
          payout,
          this.words,
          this.dateContext([payout.account.marketplaceId], now),
        ),
      );
    // A slot name can be used once per shadow root: a status's action goes with its first payout.
    const slotsUsed = new Set<string>();
    const statusSlot = (view: ExpectedPayoutView) => {
      const name = view.status.slot;
      if (name === undefined || slotsUsed.has(name)) return nothing;
      slotsUsed.add(name);
      return html`<slot name=${name}></slot>`;
    };
    // One "Pay out now" per account: the request pays out the account, not one payout.
    const accountsOffered = new Set<string>();
    const payoutButton = (view: ExpectedPayoutView) => {
      const request = this.payoutRequest.requestFor(view.payout, this.allowPayoutRequest);
      if (!request || accountsOffered.has(accountKeyOf(request))) return nothing;
      accountsOffered.add(accountKeyOf(request));
      return html`<button
        class="sp-button payout-request"
        part="payout-request-button"
        type="button"
        aria-haspopup="dialog"
        data-payout-account=${accountKeyOf(request)}
        @click=${(event: Event) =>
          this.payoutRequest.open(view.payout, request, event.currentTarget as HTMLElement)}
      >
        ${this.words.msg('Pay out now', { id: 'payout-request.button' })}
      </button>`;
    };
    if (!first) return html``;
    return html`
      <section
        class="hero"
        part="hero"
        aria-labelledby="hero-title"
        data-status=${first.status.code}
      >
        <h2 class="hero-title" id="hero-title" tabindex="-1">
          ${this.words.msg('Next expected payout', { id: 'expected.next' })}
        </h2>
        ${
          first.amount
            ? html`<p
                class="amount hero-amount ${first.negative ? 'negative' : ''}"
                part="hero-amount"
              >
                <bdi>${first.amount}</bdi>
              </p>`
            : noMoneyTemplate(first.payout, this.resolvedLocale, this.words)
        }
        ${this.renderStatus(first)} ${this.renderDetails(first)}
        <div class="actions" part="actions">
          ${payoutButton(first)}${statusSlot(first)}<slot name="action"></slot>
        </div>
      </section>
      ${
        rest.length > 0
          ? html`<section class="others" aria-labelledby="others-title">
              <h2 class="others-title" id="others-title">
                ${this.words.msg('Other expected payouts', { id: 'expected.others' })}
              </h2>
              <ul class="list" part="list">
                ${rest.map(
                  (view, index) =>
                    html`<li
                      class="item"
                      part="item"
                      data-status=${view.status.code}
                      data-index=${index}
                      tabindex="-1"
                    >
                      <div class="item-head">
                        ${
                          view.amount
                            ? html`<p class="amount item-amount ${view.negative ? 'negative' : ''}">
                                <bdi>${view.amount}</bdi>
                              </p>`
                            : noMoneyTemplate(view.payout, this.resolvedLocale, this.words)
                        }
                        ${this.renderStatus(view)}
                      </div>
                      ${this.renderDetails(view)}
                      <div class="actions" part="actions">
                        ${payoutButton(view)}${statusSlot(view)}
                      </div>
                    </li>`,
                )}
              </ul>
              ${this.renderShowMore(data, shown)}
            </section>`
          : nothing
      }
      ${depositMethodsTemplate(this.depositMethods.stores, this.words, now.getTime())}
    `;
  }

  /** "Show 10 more" and "Showing 10 of 19,999", while some of the other payouts are hidden. */
  private renderShowMore(
    data: ExpectedPayoutModel[],
    shown: number,
  ): TemplateResult | typeof nothing {
    const others = data.length - 1;
    if (shown >= others) return nothing;
    const next = othersShown(data.length, shown) - shown;
    const words = this.words;
    const showing = formatCount(shown, words);
    const total = formatCount(others, words);
    const count = formatCount(next, words);
    return html`<div class="more">
      <button
        class="sp-button show-more"
        part="show-more"
        type="button"
        aria-describedby="shown-count"
        @click=${() => this.showMore(data, shown)}
      >
        ${words.msg(str`Show ${count} more`, { id: 'expected.show-more' })}
      </button>
      <p class="shown-count" part="shown-count" id="shown-count" role="status">
        ${words.msg(str`Showing ${showing} of ${total}`, { id: 'expected.shown-count' })}
      </p>
    </div>`;
  }

  private showMore(data: ExpectedPayoutModel[], shown: number) {
    this.revealed = { data, count: othersShown(data.length, shown) };
    this.focusAfterReveal = shown;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const index = this.focusAfterReveal;
    if (index === undefined) return;
    this.focusAfterReveal = undefined;
    this.renderRoot.querySelector<HTMLElement>(`[part="item"][data-index="${index}"]`)?.focus();
  }

  private renderStatus(view: ExpectedPayoutView): TemplateResult {
    const { payout } = view;
    const attention = NEEDS_ATTENTION.has(view.status.code)
      ? attentionLabel(
          payout,
          this.depositMethods.methodsIn(payout.account.marketplaceId),
          this.words,
        )
      : undefined;
    return html`<p class="status" part="status" data-tone=${view.status.tone}>
        <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" focusable="false">
          ${ICONS[view.status.icon]}
        </svg>
        <span class="status-label">${view.status.label}</span>
      </p>
      <p class="meaning" part="meaning">${view.status.meaning}</p>
      ${
        attention
          ? html`<p class="attention" part="attention">
              ${this.words.msg(str`Deposit method to check: ${attention}`, {
                id: 'expected.attention',
              })}
            </p>`
          : nothing
      }`;
  }

  private renderDetails(view: ExpectedPayoutView): TemplateResult {
    const { schedule, deposit, period, account, payout } = view;
    return html`<dl class="details">
      ${
        schedule
          ? html`<dt>
                ${this.words.msg('Scheduled to be sent on', { id: 'expected.field.sent-on' })}
              </dt>
              <dd class="schedule">
                <time datetime=${schedule.datetime || nothing}>${schedule.text}</time>${
                  schedule.relative
                    ? html` <span class="relative">(${schedule.relative})</span>`
                    : nothing
                }
              </dd>`
          : nothing
      }
      ${
        deposit
          ? html`<dt>${this.words.msg('Deposit to', { id: 'expected.field.deposit' })}</dt>
              <dd class="deposit">${deposit}</dd>`
          : nothing
      }
      ${
        period
          ? html`<dt>${this.words.msg('Period', { id: 'field.period' })}</dt>
              <dd class="period">${period}</dd>`
          : nothing
      }
      ${
        account
          ? html`<dt>${this.words.msg('Account', { id: 'field.account' })}</dt>
              <dd class="account">${account}</dd>`
          : nothing
      }
      ${
        payout.settlementIds.length > 0
          ? html`<dt>
                ${
                  payout.settlementIds.length > 1
                    ? this.words.msg('Settlements', { id: 'field.settlements' })
                    : this.words.msg('Settlement', { id: 'field.settlement' })
                }
              </dt>
              <dd>
                ${payout.settlementIds.map(
                  (settlementId) =>
                    html`<span class="settlement">
                      <button
                        class="sp-link-button settlement-button"
                        part="settlement-button"
                        type="button"
                        @click=${() => this.selectSettlement(settlementId, payout)}
                      >
                        ${settlementId}
                      </button>
                      <sp-copy-button
                        .value=${settlementId}
                        .words=${this.words}
                        label=${this.words.msg('Copy settlement id', { id: 'common.copy-settlement-id' })}
                      ></sp-copy-button>
                    </span>`,
                )}
              </dd>`
          : nothing
      }
    </dl>`;
  }

  private selectSettlement(settlementId: string, payout: ExpectedPayoutModel) {
    this.emit('sp-settlement-select', { settlementId, payout });
  }
}

/** Statuses whose guidance names the deposit method to look at. */
const NEEDS_ATTENTION = new Set(['AT_RISK', 'DISABLED']);

const ICONS: Record<StatusIcon, SVGTemplateResult> = {
  check: svg`<path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0Zm3.7 5.5-4.4 5.3a.8.8 0 0 1-1.2 0L4.3 9a.8.8 0 1 1 1.1-1.1l1.2 1.2 3.8-4.6a.8.8 0 1 1 1.3 1Z"/>`,
  warning: svg`<path d="M8.9 1.5a1 1 0 0 0-1.8 0L.2 13.5A1 1 0 0 0 1.1 15h13.8a1 1 0 0 0 .9-1.5ZM8 5a.8.8 0 0 1 .8.8v3.5a.8.8 0 0 1-1.6 0V5.8A.8.8 0 0 1 8 5Zm0 8.2a1 1 0 1 1 0-2 1 1 0 0 1 0 2Z"/>`,
  blocked: svg`<path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0Zm0 1.6a6.4 6.4 0 0 1 5.1 10.3l-9-9A6.4 6.4 0 0 1 8 1.6ZM2.9 4.1l9 9A6.4 6.4 0 0 1 2.9 4.1Z"/>`,
  minus: svg`<path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0Zm3.5 8.8h-7a.8.8 0 0 1 0-1.6h7a.8.8 0 0 1 0 1.6Z"/>`,
  info: svg`<path d="M8 0a8 8 0 1 0 0 16A8 8 0 0 0 8 0Zm0 3.3a1 1 0 1 1 0 2 1 1 0 0 1 0-2Zm1 9H7V6.8h2v5.5Z"/>`,
};
