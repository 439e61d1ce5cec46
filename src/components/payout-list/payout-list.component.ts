import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { virtualize as virtualizeDirective } from '@lit-labs/virtualizer/virtualize.js';
import { TaskStatus } from '@lit/task';
import { marketplaceName } from '../../api/marketplaces.js';
import type { PayoutModel } from '../../api/model.js';
import { hasSyntheticId, newestFirst, normalisePayouts } from '../../api/normalise-payouts.js';
import { optional, splitList, type PayoutsQuery } from '../../api/operations.js';
import { Pager } from '../../data/paging.js';
import '../../events/sp-settlement-select.js';
import { formatMoney } from '../../money/format.js';
import { isNegative } from '../../money/money.js';
import { invalidAmountTemplate, warnInvalidAmounts } from '../../internal/invalid-amount.js';
import {
  describePeriod,
  formatDateTime,
  formatDay,
  formatLastIncludedDay,
} from '../../l10n/dates.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { baseStyles } from '../../internal/styles.js';
import { emptyTemplate, errorHeadline, pagingNoticeTemplate } from '../../internal/templates.js';
import { accountTypeWords } from '../../l10n/enum-labels.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { msg, str } from '../../l10n/runtime.js';
import { payoutListStyles } from './payout-list.styles.js';
import {
  domId,
  elapsedPhrase,
  failureHint,
  isFailed,
  invalidPaidTotals,
  paidTotals,
  paymentMethodLabel,
  statusView,
  typeLabel,
} from './payout-view.js';
import { csvFileName, payoutsToCsv } from './payouts-csv.js';
import { loadVirtualizer } from './virtualizer-loader.js';

/** Written as escapes: tagged templates keep their raw text, whatever the page's charset. */
const CHEVRON = '\u25B8';

/** At most this many requests per filter set: a backend that never ends paging cannot loop us. */
const MAX_PAGES = 100;

/**
 * The virtualizer's `virtualize` directive, once loaded: only lists longer than
 * `virtualize-threshold` need it, so it loads on demand, once per page. Until it has loaded (or
 * if it cannot load) a list renders every row plainly.
 */
let virtualize: typeof virtualizeDirective | undefined;
let virtualizerLoad: Promise<void> | undefined;

function loadVirtualize(): Promise<void> {
  virtualizerLoad ??= loadVirtualizer().then(
    (module) => {
      virtualize = module.virtualize;
    },
    (error: unknown) => {
      console.warn(
        '<sp-payout-list> could not load its virtualizer; long lists render in full.',
        error,
      );
    },
  );
  return virtualizerLoad;
}

/** Extra rows loaded by "Load more" on top of the first load (`base`). */
interface LoadedMore {
  base: PayoutModel[];
  rows: PayoutModel[];
}

/**
 * A seller's payouts (`GET /finances/transfers/2024-06-01/payouts`), newest first: date,
 * amount, status, type, payment method and account tail. A failed payout says why, and what to
 * do, in its row. Each row opens its details: the status history as a timeline, the payout and
 * trace ids (copyable), payment rail, period and settlement ids. More pages load with "Load
 * more" (or on scroll with `load-on-scroll`); long lists are virtualised so thousands of rows
 * stay smooth. The loaded payouts can be exported as CSV.
 *
 * @tagname sp-payout-list
 * @summary Payouts with their status history, failure reasons and settlement links.
 *
 * @fires sp-load - The list shows payouts (after the first load and after each "Load more");
 *   `detail` is the `PayoutModel[]` shown, newest first.
 * @fires sp-error - The first load failed; `detail` is `{status, code, message, requestId}`.
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
  static override styles = [baseStyles, payoutListStyles];

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
  @state() private more: LoadedMore | undefined;
  @state() private loadingMore = false;
  @state() private loadMoreError: unknown;
  @state() private announcement = '';

  /** The pager of each first load, so "Load more" continues the same query's paging. */
  private readonly pagers = new WeakMap<PayoutModel[], Pager<PayoutModel>>();
  private loadMoreAbort: AbortController | undefined;
  /** Where focus goes once "Load more" has rendered, if the control that had it is gone. */
  private focusAfterLoad: { from: Element; firstAddedId: string | undefined } | undefined;
  private loadMorePromise: Promise<void> | undefined;
  private scrollObserver: IntersectionObserver | undefined;
  /** The virtualizer's load, while a render waits for it. */
  private virtualizerPending: Promise<void> | undefined;

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
    this.pagers.set(rows, pager);
    // A long list first shows virtualised, never as thousands of rows.
    if (rows.length > this.virtualizeThreshold) await loadVirtualize();
    return rows;
  }

  protected isEmpty(data: PayoutModel[]): boolean {
    return this.rowsFor(data).length === 0;
  }

  protected override renderEmpty(data: PayoutModel[]): TemplateResult {
    const { createdAfter, createdBefore, marketplaceIds } = this.query();
    const dates = this.dateContext(marketplaceIds);
    const after = createdAfter && formatDay(createdAfter, dates);
    const before = createdBefore && formatDay(createdBefore, dates);
    // "Between" reads both ends as included, so the exclusive createdBefore shows its last day.
    const last = createdBefore && formatLastIncludedDay(createdBefore, dates);
    const hint =
      after && last
        ? msg(str`There are no payouts created between ${after} and ${last} for these filters.`, {
            id: 'payouts.empty.hint.between',
          })
        : after
          ? msg(str`There are no payouts created since ${after} for these filters.`, {
              id: 'payouts.empty.hint.since',
            })
          : before
            ? msg(str`There are no payouts created before ${before} for these filters.`, {
                id: 'payouts.empty.hint.before',
              })
            : msg('There are no payouts for these filters.', { id: 'payouts.empty.hint' });
    const empty = emptyTemplate(msg('No payouts', { id: 'payouts.empty.title' }), hint);
    // Only empty pages so far, and a cap paused paging: "no payouts" may not be the answer.
    const pager = this.pagers.get(data);
    return pager?.capped ? html`${this.renderMore(pager)}${empty}` : empty;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const filters = [
      'marketplaceIds',
      'createdAfter',
      'createdBefore',
      'payoutId',
      'accountType',
      'dataSource',
      'baseUrl',
    ] as const;
    if (filters.some((name) => changed.has(name))) this.cancelLoadMore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelLoadMore();
    this.scrollObserver?.disconnect();
    this.scrollObserver = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.observeLoadMoreButton();
    this.restoreFocus();
  }

  /** "Load more" and the virtualizer, so hosts and tests can await the rows they bring. */
  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.loadMorePromise, this.virtualizerPending];
  }

  /** The rows shown for a first load: it plus whatever "Load more" added, newest first. */
  private rowsFor(data: PayoutModel[]): PayoutModel[] {
    return this.more?.base === data ? this.more.rows : data;
  }

  /** Loads the next non-empty page of the current query and adds its payouts. */
  loadMore(): Promise<void> {
    if (this.loadMorePromise) return this.loadMorePromise;
    const base = this.task.value;
    if (this.task.status !== TaskStatus.COMPLETE || !base) return Promise.resolve();
    const pager = this.pagers.get(base);
    if (!pager?.hasMore) return Promise.resolve();
    const abort = new AbortController();
    this.loadMoreAbort = abort;
    this.loadingMore = true;
    this.loadMoreError = undefined;
    const focused = this.shadowRoot?.activeElement;
    const from = focused?.matches('.load-more, .retry-more') ? focused : undefined;
    const run = async () => {
      try {
        const added = await pager.next(abort.signal);
        if (abort.signal.aborted || this.task.value !== base) return;
        const rows = newestFirst(pager.items);
        if (rows.length > this.virtualizeThreshold) {
          await loadVirtualize();
          if (abort.signal.aborted || this.task.value !== base) return;
        }
        this.more = { base, rows };
        if (from) this.focusAfterLoad = { from, firstAddedId: added[0]?.id };
        this.announcement = this.inLocale(() => loadedMoreText(added.length));
        this.emit('sp-load', rows);
      } catch (error) {
        if (abort.signal.aborted) return;
        this.loadMoreError = error;
      } finally {
        if (this.loadMoreAbort === abort) {
          this.loadingMore = false;
          this.loadMoreAbort = undefined;
          this.loadMorePromise = undefined;
        }
      }
    };
    this.loadMorePromise = run();
    return this.loadMorePromise;
  }

  /**
   * Keyboard users keep their place: when the button they pressed is gone (the last page came,
   * or Retry was replaced), focus moves to the first payout loaded, else to "Load more".
   */
  private restoreFocus() {
    const target = this.focusAfterLoad;
    if (!target || this.loadingMore) return;
    this.focusAfterLoad = undefined;
    if (target.from.isConnected) return;
    const firstAdded =
      target.firstAddedId === undefined
        ? undefined
        : this.renderRoot.querySelector<HTMLElement>(
            `#${domId('payout-toggle', target.firstAddedId)}`,
          );
    (firstAdded ?? this.renderRoot.querySelector<HTMLElement>('.load-more'))?.focus();
  }

  private cancelLoadMore() {
    this.loadMoreAbort?.abort();
    this.loadMoreAbort = undefined;
    this.loadMorePromise = undefined;
    this.loadingMore = false;
    this.loadMoreError = undefined;
  }

  private observeLoadMoreButton() {
    const button = this.loadOnScroll
      ? this.renderRoot.querySelector<HTMLElement>('.load-more')
      : null;
    if (!button || typeof IntersectionObserver === 'undefined') {
      this.scrollObserver?.disconnect();
      this.scrollObserver = undefined;
      return;
    }
    if (!this.scrollObserver) {
      this.scrollObserver = new IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !this.loadMoreError) {
          void this.loadMore();
        }
      });
    }
    this.scrollObserver.disconnect();
    this.scrollObserver.observe(button);
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
    const csv = payoutsToCsv(this.rowsFor(data));
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
    const rows = this.rowsFor(data);
    const pager = this.pagers.get(data);
    return html`${this.renderHeader(rows)} ${this.renderList(rows)} ${this.renderMore(pager)}`;
  }

  private renderHeader(rows: PayoutModel[]) {
    const number = formatCount(rows.length);
    const count = plural(rows.length, {
      zero: () => msg(str`${number} payouts`, { id: 'payouts.count.zero' }),
      one: () => msg(str`${number} payout`, { id: 'payouts.count.one' }),
      two: () => msg(str`${number} payouts`, { id: 'payouts.count.two' }),
      few: () => msg(str`${number} payouts`, { id: 'payouts.count.few' }),
      many: () => msg(str`${number} payouts`, { id: 'payouts.count.many' }),
      other: () => msg(str`${number} payouts`, { id: 'payouts.count.other' }),
    });
    return html`<div class="toolbar" part="header">
      <h2 class="title">${msg('Payouts', { id: 'payouts.title' })}</h2>
      <p class="count muted">${count}</p>
      <button class="sp-button export" part="export-button" type="button" @click=${this.exportCsv}>
        ${msg('Export CSV', { id: 'payouts.export' })}
      </button>
      ${this.showTotals ? this.renderTotals(rows) : nothing}
    </div>`;
  }

  private renderTotals(rows: PayoutModel[]) {
    const totals = paidTotals(rows);
    const invalid = invalidPaidTotals(rows);
    const locale = this.resolvedLocale;
    return html`<div class="totals" part="totals">
      <span class="totals-label" id="totals-label"
        >${msg('Paid in loaded payouts:', { id: 'payouts.totals' })}</span
      >
      ${
        totals.length + invalid.length === 0
          ? html`<span>${msg('none', { id: 'payouts.totals.none' })}</span>`
          : html`<ul class="totals-amounts" aria-labelledby="totals-label">
              ${totals.map(
                (money) =>
                  html`<li class="amount ${isNegative(money) ? 'negative' : ''}">
                    <bdi>${formatMoney(money, locale)}</bdi>
                  </li>`,
              )}
              ${invalid.map((one) => html`<li class="amount">${invalidAmountTemplate(one, this.words)}</li>`)}
            </ul>`
      }
    </div>`;
  }

  private renderList(rows: PayoutModel[]) {
    const renderItem = (payout: PayoutModel, index: number) =>
      this.renderRow(payout, index, rows.length);
    const label = msg('Payouts', { id: 'payouts.title' });
    if (rows.length > this.virtualizeThreshold && !virtualize) this.awaitVirtualizer();
    if (rows.length > this.virtualizeThreshold && virtualize) {
      return html`<ul class="rows virtual" part="list" aria-label=${label}>
        ${virtualize({ items: rows, keyFunction: (payout) => payout.id, renderItem })}
      </ul>`;
    }
    return html`<ul class="rows" part="list" aria-label=${label}>
      ${repeat(rows, (payout) => payout.id, renderItem)}
    </ul>`;
  }

  /** Loads the virtualizer (the threshold was lowered), then renders again with it. */
  private awaitVirtualizer() {
    if (this.virtualizerPending) return;
    const pending = loadVirtualize().then(() => {
      if (this.virtualizerPending === pending) this.virtualizerPending = undefined;
      // Without it (it could not load) the plain list stays; there is nothing to wait for.
      if (virtualize) this.requestUpdate();
    });
    this.virtualizerPending = pending;
  }

  private renderRow(payout: PayoutModel, index: number, count: number): TemplateResult {
    const locale = this.resolvedLocale;
    const status = statusView(payout.status);
    const open = this.expanded.has(payout.id);
    const detailsId = domId('payout-details', payout.id);
    const dates = this.dateContext([payout.account.marketplaceId]);
    const date = payout.creationDate ? formatDay(payout.creationDate, dates) : undefined;
    const type = typeLabel(payout.type);
    const method = paymentMethodLabel(payout.paymentMethod, payout.accountTail);
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
              : html`<span class="muted">${msg('No date', { id: 'payouts.no-date' })}</span>`
          }</span
        >
        <span
          class="amount ${payout.money && isNegative(payout.money) ? 'negative' : ''}"
          part="amount"
          >${amount ?? invalidAmountTemplate(payout.invalidAmount, this.words)}</span
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
          <span class="chevron" aria-hidden="true">${CHEVRON}</span>${msg('Details', {
            id: 'payouts.details',
          })}<span class="visually-hidden"> ${detailsOf(date, amount)}</span>
        </button>
      </div>
      ${isFailed(payout) ? this.renderFailure(payout) : nothing}
      <div class="details" part="details" id=${detailsId} ?hidden=${!open}>
        ${open ? this.renderDetails(payout) : nothing}
      </div>
    </li>`;
  }

  private renderFailure(payout: PayoutModel) {
    return html`<p class="failure" part="failure">
      ${
        payout.failureReason
          ? html`<span class="failure-label">${msg('Failed:', { id: 'payouts.failed-with' })} </span
              ><span class="failure-reason">${payout.failureReason}</span>`
          : html`<span class="failure-label"
              >${msg('This payout failed.', { id: 'payouts.failed' })}</span
            >`
      }
      <span class="failure-hint">${failureHint()}</span>
    </p>`;
  }

  private renderDetails(payout: PayoutModel) {
    const locale = this.resolvedLocale;
    const dates = this.dateContext([payout.account.marketplaceId]);
    const period = describePeriod(payout.period, dates);
    const accountType = accountTypeWords(payout.account.accountTypeRaw);
    const marketplace = marketplaceName(payout.account.marketplaceId);
    return html`<h3>${msg('Status history', { id: 'payouts.history' })}</h3>
      ${
        payout.history.length === 0
          ? html`<p class="muted">
              ${msg('Amazon sent no status history.', { id: 'payouts.history.none' })}
            </p>`
          : html`<ol class="timeline" part="timeline">
              ${payout.history.map((step, index) => {
                const view = statusView(step.status);
                const elapsed =
                  index > 0
                    ? elapsedPhrase(payout.history[index - 1]!.date, step.date, locale)
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
                            >${msg('Reason:', { id: 'payouts.history.reason' })} </span
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
            : html`<dt>${msg('Payout id', { id: 'payouts.field.payout-id' })}</dt>
                <dd>
                  <code class="payout-id">${payout.id}</code>
                  <sp-copy-button
                    .value=${payout.id}
                    .words=${this.words}
                    label=${msg('Copy payout id', { id: 'payouts.copy-payout-id' })}
                  ></sp-copy-button>
                </dd>`
        }
        ${
          payout.traceId
            ? html`<dt>${msg('Trace id', { id: 'payouts.field.trace-id' })}</dt>
                <dd>
                  <code class="trace-id">${payout.traceId}</code>
                  <sp-copy-button
                    .value=${payout.traceId}
                    .words=${this.words}
                    label=${msg('Copy trace id', { id: 'payouts.copy-trace-id' })}
                  ></sp-copy-button>
                  <span class="muted"
                    >${msg("Your bank's reference for this transfer.", {
                      id: 'payouts.field.trace-id.hint',
                    })}</span
                  >
                </dd>`
            : nothing
        }
        ${
          payout.paymentRail
            ? html`<dt>${msg('Payment rail', { id: 'payouts.field.payment-rail' })}</dt>
                <dd class="payment-rail">${payout.paymentRail}</dd>`
            : nothing
        }
        ${
          period
            ? html`<dt>${msg('Period', { id: 'field.period' })}</dt>
                <dd class="period">${period}</dd>`
            : nothing
        }
        ${
          accountType
            ? html`<dt>${msg('Account', { id: 'field.account' })}</dt>
                <dd>${accountType}</dd>`
            : nothing
        }
        ${
          marketplace
            ? html`<dt>${msg('Marketplace', { id: 'payouts.field.marketplace' })}</dt>
                <dd>${marketplace}</dd>`
            : nothing
        }
        ${
          payout.settlementIds.length > 0
            ? html`<dt>${msg('Settlements', { id: 'field.settlements' })}</dt>
                <dd>
                  <ul class="settlements">
                    ${payout.settlementIds.map(
                      (id) =>
                        html`<li>
                          <button
                            class="sp-link-button settlement"
                            part="settlement-button"
                            type="button"
                            @click=${() => this.selectSettlement(id, payout)}
                          >
                            <span class="visually-hidden"
                              >${msg('Show settlement', { id: 'payouts.show-settlement' })} </span
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

  private renderMore(pager: Pager<PayoutModel> | undefined) {
    const error = this.loadMoreError;
    const headline = error === undefined ? undefined : errorHeadline(error);
    const message =
      error instanceof Error ? error.message : error === undefined ? '' : String(error);
    return html`<div class="more">
      ${
        pager?.capped && error === undefined && !this.loadingMore
          ? pagingNoticeTemplate(pager.pagesFetched, this.words, () => {
              pager.resume();
              void this.loadMore();
            })
          : nothing
      }
      ${
        pager?.hasMore && error === undefined
          ? html`<button
              class="sp-button load-more"
              part="load-more-button"
              type="button"
              aria-disabled=${this.loadingMore ? 'true' : 'false'}
              @click=${() => void this.loadMore()}
            >
              ${
                this.loadingMore
                  ? msg('Loading more payouts…', { id: 'payouts.loading-more' })
                  : msg('Load more', { id: 'payouts.load-more' })
              }
            </button>`
          : nothing
      }
      ${
        headline
          ? html`<div class="load-more-error" part="load-more-error" role="alert">
              <p>
                <strong
                  >${msg('Could not load more payouts.', { id: 'payouts.load-more.failed' })}</strong
                >
                ${headline.title}.
                <span class="api-message">${message}</span>
              </p>
              <button
                class="sp-button retry-more"
                type="button"
                @click=${() => void this.loadMore()}
              >
                ${msg('Retry', { id: 'common.retry' })}
              </button>
            </div>`
          : nothing
      }
      ${
        pager?.stopReason === 'page-cap'
          ? html`<p class="muted page-cap">${stoppedText(pager.pagesFetched)}</p>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

/** What the hidden rest of a row's "Details" button says: which payout it opens. */
function detailsOf(date: string | undefined, amount: string | undefined): string {
  if (date && amount) {
    return msg(str`of the payout of ${date}, ${amount}`, { id: 'payouts.details.of-date-amount' });
  }
  if (date) return msg(str`of the payout of ${date}`, { id: 'payouts.details.of-date' });
  if (amount) return msg(str`of the payout, ${amount}`, { id: 'payouts.details.of-amount' });
  return msg('of the payout', { id: 'payouts.details.of' });
}

/** The announcement after "Load more": how many payouts came. */
function loadedMoreText(added: number): string {
  const count = formatCount(added);
  return plural(added, {
    zero: () => msg(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.zero' }),
    one: () => msg(str`Loaded ${count} more payout.`, { id: 'payouts.loaded-more.one' }),
    two: () => msg(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.two' }),
    few: () => msg(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.few' }),
    many: () => msg(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.many' }),
    other: () => msg(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.other' }),
  });
}

/** Why paging stopped at the page cap, and what to do. */
function stoppedText(fetched: number): string {
  const pages = formatCount(fetched);
  return plural(fetched, {
    zero: () =>
      msg(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
        id: 'payouts.page-cap.zero',
      }),
    one: () =>
      msg(str`Stopped after ${pages} page. Narrow the dates to see older payouts.`, {
        id: 'payouts.page-cap.one',
      }),
    two: () =>
      msg(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
        id: 'payouts.page-cap.two',
      }),
    few: () =>
      msg(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
        id: 'payouts.page-cap.few',
      }),
    many: () =>
      msg(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
        id: 'payouts.page-cap.many',
      }),
    other: () =>
      msg(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
        id: 'payouts.page-cap.other',
      }),
  });
}
