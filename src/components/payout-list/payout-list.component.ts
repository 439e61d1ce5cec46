import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { toErrorDetail } from '../../api/errors.js';
import type { PayoutModel } from '../../api/model.js';
import { hasSyntheticId, newestFirst, normalisePayouts } from '../../api/normalise-payouts.js';
import { optional, splitList, type PayoutsQuery } from '../../api/operations.js';
import { Pager } from '../../data/paging.js';
import '../../events/sp-settlement-select.js';
import { formatMoney } from '../../money/format.js';
import { isNegative } from '../../money/money.js';
import {
  noMoneyTemplate,
  invalidAmountTemplate,
  warnInvalidAmounts,
} from '../../internal/invalid-amount.js';
import { formatDay, formatLastIncludedDay } from '../../l10n/dates.js';
import { LoadMore } from '../../internal/load-more.js';
import { VirtualRows } from '../../internal/virtualize-on-demand.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { baseStyles } from '../../internal/styles.js';
import { emptyTemplate } from '../../internal/templates.js';
import { str } from '../../l10n/runtime.js';
import { payoutDetailsTemplate } from './payout-details.js';
import { payoutsLoadMoreWords } from './payout-load-more-words.js';
import { disclosureStyles } from '../../internal/disclosure.styles.js';
import { payoutListStyles } from './payout-list.styles.js';
import {
  countText,
  detailsOf,
  domId,
  failureHint,
  isFailed,
  invalidPaidTotals,
  paidTotals,
  paymentMethodLabel,
  statusView,
  typeLabel,
} from './payout-view.js';
import { csvFileName, payoutsToCsv } from './payouts-csv.js';

/** Written as escapes: tagged templates keep their raw text, whatever the page's charset. */
const CHEVRON = '\u25B8';

/** At most this many requests per filter set: a backend that never ends paging cannot loop us. */
const MAX_PAGES = 100;

/**
 * A seller's payouts (`GET /finances/transfers/2024-06-01/payouts`), newest first: date,
 * amount, status, type, payment method and account tail. A failed payout says why, and what to
 * do, in its row. Each row opens its details: the status history as a timeline, the payout and
 * trace ids (copyable), payment rail, period and settlement ids. More pages load with "Load
 * more" (or on scroll with `load-on-scroll`); each page goes below the rows already shown,
 * newest first within it, so rows never move while a seller reads them (the published API groups
 * payouts by account, so a later page may hold newer ones). Long lists are virtualised so
 * thousands of rows stay smooth. The loaded payouts can be exported as CSV.
 *
 * @tagname sp-payout-list
 * @summary Payouts with their status history, failure reasons and settlement links.
 *
 * @fires sp-load - The list shows payouts (after the first load and after each "Load more");
 *   `detail` is the `PayoutModel[]` shown, in the order shown.
 * @fires sp-error - The first load or a "Load more" failed; `detail` is
 *   `{status, code, message, requestId, errors}`.
 * @fires sp-settlement-select - A settlement id was picked; `detail` is `{settlementId, payout}`.
 *
 * @csspart header - The title, count, totals and export button above the list.
 * @csspart totals - The "Paid in loaded payouts" line (with `show-totals`).
 * @csspart export-button - The "Export CSV" button.
 * @csspart list - The list of payouts.
 * @csspart row - One payout.
 * @csspart row-summary - The always-visible line of a payout.
 * @csspart date - A payout's creation date.
 * @csspart amount - A payout's amount.
 * @csspart status-badge - A payout's status in words, with an icon and a colour.
 * @csspart status-icon - The icon inside the status badge.
 * @csspart type - A payout's type (Scheduled, On demand).
 * @csspart payment-method - Payment method and account tail.
 * @csspart toggle-button - The button that opens a payout's details.
 * @csspart failure - A failed payout's reason and what to do about it.
 * @csspart details - A payout's details.
 * @csspart timeline - The status history (an ordered list, oldest first).
 * @csspart timeline-step - One status of the history.
 * @csspart settlement-button - A settlement id (fires `sp-settlement-select`).
 * @csspart load-more-button - The "Load more" button.
 * @csspart load-more-error - Why "Load more" failed, with a Retry button.
 *
 * @cssprop --sp-payout-row-gap - Vertical padding of each row (default 8px).
 * @cssprop --sp-payout-progress-color - Colour of in-progress statuses (default the accent).
 */
export class SpPayoutList extends SpElement<PayoutsQuery, PayoutModel[]> {
  static override styles = [baseStyles, disclosureStyles, payoutListStyles];

  /** An on-demand payout moves this money: reload when one is made on the page. */
  protected override readonly refreshesOnPayout = true;

  /** Comma-separated marketplace ids (`marketplaceIds`); absent for all marketplaces. */
  @property({ attribute: 'marketplace-ids' }) marketplaceIds: string | undefined;

  /** Payouts created on or after this ISO 8601 date-time (`createdAfter`), sent as given. */
  @property({ attribute: 'created-after' }) createdAfter: string | undefined;

  /** Payouts created before this ISO 8601 date-time (`createdBefore`), sent as given. */
  @property({ attribute: 'created-before' }) createdBefore: string | undefined;

  /** Only this payout (`payoutId`). */
  @property({ attribute: 'payout-id' }) payoutId: string | undefined;

  /** Only this account type (`accountType`), e.g. `STANDARD_ORDERS`. */
  @property({ attribute: 'account-type' }) accountType: string | undefined;

  /** Show the total paid in the loaded payouts, per currency. */
  @property({ type: Boolean, attribute: 'show-totals' }) showTotals = false;

  /** Also load the next page when "Load more" scrolls into view (the button stays for keyboards). */
  @property({ type: Boolean, attribute: 'load-on-scroll' }) loadOnScroll = false;

  /** Virtualise the list once it has more rows than this, keeping the page's DOM small. */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = 200;

  /** Ids of the payouts whose details are open; kept across re-renders, scrolling and paging. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** "Load more" and load-on-scroll, continuing each first load's pager. */
  private readonly more = new LoadMore<PayoutModel>(this, {
    current: () => (this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined),
    order: (added) => newestFirst(added),
    beforeShow: (rows) => this.virtualRows.ready(rows.length),
    onLoaded: (rows) => this.emit('sp-load', rows),
    onError: (error) => this.emit('sp-error', toErrorDetail(error)),
    onScroll: () => this.loadOnScroll,
    focusTarget: (payout) =>
      this.renderRoot.querySelector<HTMLElement>(`#${domId('payout-toggle', payout.id)}`),
    words: () => this.words,
    text: payoutsLoadMoreWords,
  });
  /** The rows, virtualised past `virtualize-threshold`. */
  private readonly virtualRows = new VirtualRows<PayoutModel>(
    this,
    'sp-payout-list',
    () => this.virtualizeThreshold,
  );

  protected query(): PayoutsQuery {
    return {
      marketplaceIds: splitList(this.marketplaceIds),
      createdAfter: optional(this.createdAfter),
      createdBefore: optional(this.createdBefore),
      payoutId: optional(this.payoutId),
      accountType: optional(this.accountType),
    };
  }

  protected async load(
    query: PayoutsQuery,
    { source, signal, fresh }: LoadContext,
  ): Promise<PayoutModel[]> {
    // A new load (other filters, a retry): a "Load more" of the old one must not land.
    this.more.cancel();
    const ids = new Set<string>();
    let firstRequest = true;
    // Its own pager, not the base's: "Load more" goes on from it, and says when a cap paused it.
    const pager = new Pager<PayoutModel>(
      async (nextToken, pageSignal) => {
        const response = await source.listPayouts(nextToken ? { ...query, nextToken } : query, {
          signal: pageSignal,
          fresh: fresh && firstRequest,
        });
        firstRequest = false;
        warnInvalidAmounts(this, response);
        return { items: normalisePayouts(response, ids), nextToken: response?.nextToken };
      },
      {
        maxPages: MAX_PAGES,
        idOf: (payout) => (hasSyntheticId(payout) ? undefined : payout.id),
      },
    );
    await pager.next(signal);
    const rows = newestFirst(pager.items);
    this.more.track(rows, pager);
    // A long list first shows virtualised, never as thousands of rows.
    await this.virtualRows.ready(rows.length);
    return rows;
  }

  protected isEmpty(data: PayoutModel[]): boolean {
    return this.more.rowsFor(data).length === 0;
  }

  protected override renderEmpty(data: PayoutModel[]): TemplateResult {
    const { words } = this;
    const { createdAfter, createdBefore, marketplaceIds } = this.query();
    const dates = this.dateContext(marketplaceIds);
    const after = createdAfter && formatDay(createdAfter, dates);
    const before = createdBefore && formatDay(createdBefore, dates);
    // "Between" reads both ends as included, so the exclusive createdBefore shows its last day.
    const last = createdBefore && formatLastIncludedDay(createdBefore, dates);
    const hint =
      after && last
        ? words.msg(
            str`There are no payouts created between ${after} and ${last} for these filters.`,
            {
              id: 'payouts.empty.hint.between',
            },
          )
        : after
          ? words.msg(str`There are no payouts created since ${after} for these filters.`, {
              id: 'payouts.empty.hint.since',
            })
          : before
            ? words.msg(str`There are no payouts created before ${before} for these filters.`, {
                id: 'payouts.empty.hint.before',
              })
            : words.msg('There are no payouts for these filters.', { id: 'payouts.empty.hint' });
    const empty = emptyTemplate(words.msg('No payouts', { id: 'payouts.empty.title' }), hint);
    // Only empty pages so far, and a cap paused paging: "no payouts" may not be the answer.
    return this.more.pagerFor(data)?.capped ? html`${this.more.render(data)}${empty}` : empty;
  }

  /** "Load more" and the virtualizer, so hosts and tests can await the rows they bring. */
  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.more.pending, this.virtualRows.pending];
  }

  /** Loads the next non-empty page of the current query and adds its payouts. */
  loadMore(): Promise<void> {
    return this.more.load();
  }

  private toggle(id: string) {
    const next = new Set(this.expanded);
    if (!next.delete(id)) next.add(id);
    this.expanded = next;
  }

  private selectSettlement(settlementId: string, payout: PayoutModel) {
    this.emit('sp-settlement-select', { settlementId, payout });
  }

  /** Downloads the loaded payouts as CSV. */
  exportCsv(): void {
    const data = this.task.value;
    if (!data) return;
    const csv = payoutsToCsv(this.more.rowsFor(data));
    // The byte-order mark makes spreadsheet apps read the file as UTF-8.
    const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(optional(this.createdAfter), optional(this.createdBefore));
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  protected renderData(data: PayoutModel[]): TemplateResult {
    const rows = this.more.rowsFor(data);
    return html`${this.renderHeader(rows)} ${this.renderList(rows)} ${this.more.render(data)}`;
  }

  private renderHeader(rows: PayoutModel[]) {
    const words = this.words;
    const count = countText(rows.length, words);
    return html`<div class="toolbar" part="header">
      <h2 class="title">${words.msg('Payouts', { id: 'payouts.title' })}</h2>
      <p class="count muted">${count}</p>
      <button class="sp-button export" part="export-button" type="button" @click=${this.exportCsv}>
        ${words.msg('Export CSV', { id: 'payouts.export' })}
      </button>
      ${this.showTotals ? this.renderTotals(rows) : nothing}
    </div>`;
  }

  private renderTotals(rows: PayoutModel[]) {
    const { words } = this;
    const totals = paidTotals(rows);
    const invalid = invalidPaidTotals(rows);
    const locale = this.resolvedLocale;
    return html`<div class="totals" part="totals">
      <span class="totals-label" id="totals-label"
        >${words.msg('Paid in loaded payouts:', { id: 'payouts.totals' })}</span
      >
      ${
        totals.length + invalid.length === 0
          ? html`<span>${words.msg('none', { id: 'payouts.totals.none' })}</span>`
          : html`<ul class="totals-amounts" aria-labelledby="totals-label">
              ${totals.map(
                (money) =>
                  html`<li class="amount ${isNegative(money) ? 'negative' : ''}">
                    <bdi>${formatMoney(money, locale)}</bdi>
                  </li>`,
              )}
              ${invalid.map((one) => html`<li class="amount">${invalidAmountTemplate(one, words)}</li>`)}
            </ul>`
      }
    </div>`;
  }

  private renderList(rows: PayoutModel[]) {
    const { words } = this;
    const renderItem = (payout: PayoutModel, index: number) =>
      this.renderRow(payout, index, rows.length);
    const label = words.msg('Payouts', { id: 'payouts.title' });
    return this.virtualRows.render(rows, label, (payout) => payout.id, renderItem);
  }

  private renderRow(payout: PayoutModel, index: number, count: number): TemplateResult {
    const locale = this.resolvedLocale;
    const words = this.words;
    const status = statusView(payout.status, words);
    const open = this.expanded.has(payout.id);
    const detailsId = domId('payout-details', payout.id);
    const dates = this.dateContext([payout.account.marketplaceId]);
    const date = payout.creationDate ? formatDay(payout.creationDate, dates) : undefined;
    const type = typeLabel(payout.type, words);
    const method = paymentMethodLabel(payout.paymentMethod, payout.accountTail, words);
    const amount = payout.money ? formatMoney(payout.money, locale) : undefined;
    return html`<li
      class="row"
      part="row"
      aria-posinset=${index + 1}
      aria-setsize=${count}
      data-payout-id=${payout.id}
    >
      <div class="summary" part="row-summary">
        <span class="date" part="date"
          >${
            date
              ? html`<time datetime=${payout.creationDate!}>${date}</time>`
              : html`<span class="muted">${words.msg('No date', { id: 'payouts.no-date' })}</span>`
          }</span
        >
        <span
          class="amount ${payout.money && isNegative(payout.money) ? 'negative' : ''}"
          part="amount"
          >${amount ?? noMoneyTemplate(payout, locale, words)}</span
        >
        <span class="badge tone-${status.tone}" part="status-badge"
          ><span class="icon" part="status-icon" aria-hidden="true">${status.icon}</span
          >${status.label}</span
        >
        <span class="type" part="type">${type ?? nothing}</span>
        <span class="method" part="payment-method">${method ?? nothing}</span>
        <button
          class="sp-button toggle"
          part="toggle-button"
          type="button"
          id=${domId('payout-toggle', payout.id)}
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls=${detailsId}
          @click=${() => this.toggle(payout.id)}
        >
          <span class="chevron" aria-hidden="true">${CHEVRON}</span>${words.msg('Details', {
            id: 'payouts.details',
          })}<span class="visually-hidden"> ${detailsOf(date, amount, words)}</span>
        </button>
      </div>
      ${isFailed(payout) ? this.renderFailure(payout) : nothing}
      <div class="details" part="details" id=${detailsId} ?hidden=${!open}>
        ${open ? payoutDetailsTemplate(payout, words, dates, (id, row) => this.selectSettlement(id, row)) : nothing}
      </div>
    </li>`;
  }

  private renderFailure(payout: PayoutModel) {
    const { words } = this;
    return html`<p class="failure" part="failure">
      ${
        payout.failureReason
          ? html`<span class="failure-label"
                >${words.msg('Failed:', { id: 'payouts.failed-with' })} </span
              ><span class="failure-reason">${payout.failureReason}</span>`
          : html`<span class="failure-label"
              >${words.msg('This payout failed.', { id: 'payouts.failed' })}</span
            >`
      }
      <span class="failure-hint">${failureHint(this.words)}</span>
    </p>`;
  }
}
