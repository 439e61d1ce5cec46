import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TaskStatus } from '@lit/task';
import { SpApiError, toErrorDetail } from '../../api/errors.js';
import { marketplaceName } from '../../api/marketplaces.js';
import {
  identifierValue,
  newestFirst,
  readTransactionsPage,
} from '../../api/normalise-transactions.js';
import { optional, type TransactionsQuery } from '../../api/operations.js';
import type { TransactionModel } from '../../api/transactions-model.js';
import { Pager } from '../../data/paging.js';
import type { SpSettlementSelectDetail } from '../../events/sp-settlement-select.js';
import '../../events/sp-transaction-select.js';
import { invalidAmountTemplate, warnInvalidAmounts } from '../../internal/invalid-amount.js';
import { LoadMore } from '../../internal/load-more.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { baseStyles } from '../../internal/styles.js';
import { emptyTemplate } from '../../internal/templates.js';
import { VirtualRows } from '../../internal/virtualize-on-demand.js';
import { formatDay } from '../../l10n/dates.js';
import { accountTypeWords, listWords } from '../../l10n/enum-labels.js';
import { formatMoney } from '../../money/format.js';
import { isNegative } from '../../money/money.js';
import { domId } from '../payout-list/payout-view.js';
import { transactionDetailsTemplate } from './transaction-details.js';
import { disclosureStyles } from '../../internal/disclosure.styles.js';
import { transactionListStyles } from './transaction-list.styles.js';
import { rangeNotes, settlementNote } from './transaction-text.js';
import {
  countText,
  statusView,
  transactionsLoadMoreWords,
  transactionTypeLabel,
} from './transaction-view.js';
import { planWindows, type WindowPlan } from './transaction-window-state.js';
import { transactionsCsvFileName, transactionsToCsv } from './transactions-csv.js';

const TAG = 'sp-transaction-list';
const CHEVRON = '\u25B8';

/** At most this many requests per filter set: a backend that never ends paging cannot loop us. */
const MAX_PAGES = 100;

/** The element's query: the API's, plus the settlement the rows are filtered by here. */
export type TransactionListQuery = TransactionsQuery & { settlementId?: string };

/**
 * A seller's transactions (`GET /finances/2024-06-19/transactions`), newest first: what a
 * payout is made of and which money is held back. Each row shows the posted date, type and
 * description, status, signed amount, marketplace and account type, and the order id
 * (copyable); its details show the items, the breakdowns (with a note when they do not add up),
 * every context (a deferral's reason and release date) and every related identifier.
 *
 * The API's hazards get words: a range over 180 days is split into windows the API answers and
 * merged; `posted-before` within two minutes of now is clamped; the last 48 hours may be
 * incomplete. `settlement-id` filters the rows of the settlement's period by their
 * `SETTLEMENT_ID`, which the API cannot; `showSettlement()` takes the period from the payout
 * of an `sp-settlement-select`.
 *
 * @example
 * ```html
 * <sp-transaction-list base-url="/sp-api" posted-after="2026-10-01" marketplace-id="ATVPDKIKX0DER"></sp-transaction-list>
 * ```
 *
 * @tagname sp-transaction-list
 * @summary Transactions with their items, breakdowns, deferrals and related identifiers.
 *
 * @fires sp-load - The list shows transactions (after the first load and after each "Load
 *   more"); `detail` is the `TransactionModel[]` shown, newest first.
 * @fires sp-error - The first load failed; `detail` is `{status, code, message, requestId}`.
 * @fires sp-transaction-select - A transaction's details were opened; `detail` is the transaction.
 *
 * @csspart header - The title, count and export button above the list.
 * @csspart notes - What the range means: settlement filter, split, clamp, recent days.
 * @csspart export-button - The "Export CSV" button.
 * @csspart list - The list of transactions.
 * @csspart row - One transaction.
 * @csspart row-summary - The always-visible line of a transaction.
 * @csspart date - A transaction's posted date.
 * @csspart type - Its type and description.
 * @csspart status-badge - Its status in words.
 * @csspart amount - Every amount.
 * @csspart account - Marketplace and account type.
 * @csspart order-id - The order id, with its copy button.
 * @csspart toggle-button - The button that opens a transaction's details.
 * @csspart details - A transaction's details.
 * @csspart item - One item of a transaction.
 * @csspart breakdowns - A nested breakdown list.
 * @csspart breakdown-mismatch - The note when breakdowns do not add up.
 * @csspart context - One context (product, deferral, payment, time range, store…).
 * @csspart identifiers - The related identifiers.
 * @csspart load-more-button - The "Load more" button.
 * @csspart load-more-error - Why "Load more" failed, with a Retry button.
 *
 * @cssprop --sp-transaction-row-gap - Vertical padding of each row (default 8px).
 */
export class SpTransactionList extends SpElement<TransactionListQuery, TransactionModel[]> {
  static override styles = [baseStyles, disclosureStyles, transactionListStyles];

  /** Transactions posted on or after this ISO 8601 date-time (`postedAfter`). */
  @property({ attribute: 'posted-after', reflect: true }) postedAfter: string | undefined;

  /** Posted before (not on) this ISO 8601 date-time (`postedBefore`); clamped to 2 minutes ago. */
  @property({ attribute: 'posted-before', reflect: true }) postedBefore: string | undefined;

  /** Only this marketplace (`marketplaceId`). */
  @property({ attribute: 'marketplace-id', reflect: true }) marketplaceId: string | undefined;

  /** `DEFERRED`, `RELEASED` or `DEFERRED_RELEASED` (`transactionStatus`). */
  @property({ attribute: 'transaction-status', reflect: true }) transactionStatus:
    string | undefined;

  /** Only this order's transactions (`relatedIdentifierName=ORDER_ID`). */
  @property({ attribute: 'order-id', reflect: true }) orderId: string | undefined;

  /** Only this financial event group (`relatedIdentifierName=FINANCIAL_EVENT_GROUP_ID`). */
  @property({ attribute: 'financial-event-group-id', reflect: true }) financialEventGroupId:
    string | undefined;

  /** Only the transactions of this settlement (filtered here over the posted range). */
  @property({ attribute: 'settlement-id', reflect: true }) settlementId: string | undefined;

  /** Also load the next page when "Load more" scrolls into view (the button stays for keyboards). */
  @property({ type: Boolean, attribute: 'load-on-scroll' }) loadOnScroll = false;

  /** Virtualise the list once it has more rows than this, keeping the page's DOM small. */
  @property({ type: Number, attribute: 'virtualize-threshold' }) virtualizeThreshold = 200;

  /** Ids of the transactions whose details are open; kept across re-renders and paging. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** What each first load asked for: its windows and what they mean. */
  private readonly plans = new WeakMap<object, WindowPlan>();
  /** The rows, virtualised past `virtualize-threshold`. */
  private readonly virtualRows = new VirtualRows<TransactionModel>(
    this,
    TAG,
    () => this.virtualizeThreshold,
  );

  private readonly more = new LoadMore<TransactionModel>(this, {
    current: () => (this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined),
    order: (added) => this.shownRows(added),
    beforeShow: (rows) => this.virtualRows.ready(rows.length),
    onLoaded: (rows) => this.emit('sp-load', rows),
    onError: (error) => this.emit('sp-error', toErrorDetail(error)),
    onScroll: () => this.loadOnScroll,
    focusTarget: (t) => this.renderRoot.querySelector<HTMLElement>(`#${domId('tx-toggle', t.id)}`),
    words: () => this.words,
    text: transactionsLoadMoreWords,
  });

  protected query(): TransactionListQuery {
    const order = optional(this.orderId);
    const group = optional(this.financialEventGroupId);
    const identifier = order
      ? { relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: order }
      : group
        ? { relatedIdentifierName: 'FINANCIAL_EVENT_GROUP_ID', relatedIdentifierValue: group }
        : {};
    return {
      postedAfter: optional(this.postedAfter),
      postedBefore: optional(this.postedBefore),
      marketplaceId: optional(this.marketplaceId),
      transactionStatus: optional(this.transactionStatus),
      ...identifier,
      settlementId: optional(this.settlementId),
    };
  }

  /**
   * Shows the transactions of the settlement a payout list (or expected payout) picked: its id,
   * over its payout's period. Call it from an `sp-settlement-select` listener.
   */
  showSettlement({ settlementId, payout }: SpSettlementSelectDetail): void {
    this.settlementId = settlementId;
    this.postedAfter = payout.period?.startDate;
    this.postedBefore = payout.period?.endDate;
  }

  protected async load(
    { settlementId, ...query }: TransactionListQuery,
    { source, signal, fresh }: LoadContext,
  ): Promise<TransactionModel[]> {
    this.more.cancel();
    const list = source.listTransactions?.bind(source);
    if (!list) {
      throw new SpApiError({
        kind: 'data',
        code: 'UnsupportedOperation',
        message: 'This data source has no listTransactions method.',
      });
    }
    // Without a period there is nothing to pick the settlement's rows from: the note says so.
    const plan =
      settlementId && !query.postedAfter && !query.relatedIdentifierName
        ? { windows: [], recent: false, backwards: false }
        : planWindows(query.postedAfter, query.postedBefore, Date.now());
    const ids = new Set<string>();
    let firstRequest = true;
    // Each window is a query of its own; the pager's token says which window and where in it.
    const pager = new Pager<TransactionModel>(
      async (token, pageSignal) => {
        const at = token === undefined ? 0 : Number(token.slice(0, token.indexOf(' ')));
        const apiToken = token?.slice(token.indexOf(' ') + 1) || undefined;
        const window = plan.windows[at]!;
        // A window names only the bounds it has: the range's others stay as they are.
        const windowQuery = { ...query, ...window, ...(apiToken ? { nextToken: apiToken } : {}) };
        const response = await list(windowQuery, {
          signal: pageSignal,
          fresh: fresh && firstRequest,
        });
        firstRequest = false;
        warnInvalidAmounts(this, response);
        const page = readTransactionsPage(response, ids);
        const next = page.nextToken
          ? `${at} ${page.nextToken}`
          : at + 1 < plan.windows.length
            ? `${at + 1} `
            : undefined;
        return { items: page.transactions, nextToken: next };
      },
      {
        maxPages: MAX_PAGES,
        // The end of a window answers no rows by design: that is no sign of a looping backend.
        maxEmptyPages: 3 + plan.windows.length,
        idOf: (t) => (t.syntheticId ? undefined : t.id),
      },
    );
    if (plan.windows.length > 0) {
      // A settlement's rows are scattered through its period's pages: load them all.
      if (settlementId) await pager.all(signal);
      else await pager.next(signal);
    }
    const rows = this.shownRows(pager.items, settlementId);
    this.more.track(rows, pager);
    this.plans.set(rows, plan);
    await this.virtualRows.ready(rows.length);
    return rows;
  }

  /** The rows to show for the items loaded: newest first, of the settlement when one is set. */
  private shownRows(
    items: readonly TransactionModel[],
    settlementId = optional(this.settlementId),
  ): TransactionModel[] {
    const sorted = newestFirst(items);
    return settlementId
      ? sorted.filter((t) => identifierValue(t, 'SETTLEMENT_ID') === settlementId)
      : sorted;
  }

  protected isEmpty(data: TransactionModel[]): boolean {
    return this.more.rowsFor(data).length === 0;
  }

  protected override renderEmpty(data: TransactionModel[]): TemplateResult {
    const { words } = this;
    const empty = emptyTemplate(
      words.msg('No transactions', { id: 'transactions.empty.title' }),
      words.msg('There are no transactions for these filters.', { id: 'transactions.empty.hint' }),
    );
    return html`${this.renderNotes(data)}${this.more.pagerFor(data)?.capped ? this.more.render(data) : nothing}${empty}`;
  }

  /** "Load more" and the virtualizer, so hosts and tests can await the rows they bring. */
  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.more.pending, this.virtualRows.pending];
  }

  /** Loads the next non-empty page of the current query and adds its transactions. */
  loadMore(): Promise<void> {
    return this.more.load();
  }

  /** Downloads the loaded transactions as CSV. */
  exportCsv(): void {
    const data = this.task.value;
    if (!data) return;
    const csv = transactionsToCsv(this.more.rowsFor(data));
    // The byte-order mark makes spreadsheet apps read the file as UTF-8.
    const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = transactionsCsvFileName(
      optional(this.postedAfter),
      optional(this.postedBefore),
    );
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private toggle(transaction: TransactionModel) {
    const next = new Set(this.expanded);
    if (next.delete(transaction.id)) {
      this.expanded = next;
      return;
    }
    next.add(transaction.id);
    this.expanded = next;
    this.emit('sp-transaction-select', transaction);
  }

  private renderNotes(data: TransactionModel[]) {
    const plan = this.plans.get(data);
    const dates = this.dateContext([optional(this.marketplaceId)]);
    const settlement = optional(this.settlementId);
    const notes = [
      ...(settlement ? [settlementNote(settlement, this.query(), dates, this.words)] : []),
      ...(plan ? rangeNotes(plan, dates, this.words) : []),
    ];
    if (notes.length === 0) return nothing;
    return html`<ul class="notes" part="notes">
      ${notes.map((note) => html`<li>${note}</li>`)}
    </ul>`;
  }

  protected renderData(data: TransactionModel[]): TemplateResult {
    const rows = this.more.rowsFor(data);
    const { words } = this;
    return html`<div class="toolbar" part="header">
        <h2 class="title">${words.msg('Transactions', { id: 'transactions.title' })}</h2>
        <p class="count muted">${countText(rows.length, words)}</p>
        <button
          class="sp-button export"
          part="export-button"
          type="button"
          @click=${this.exportCsv}
        >
          ${words.msg('Export CSV', { id: 'payouts.export' })}
        </button>
      </div>
      ${this.renderNotes(data)} ${this.renderList(rows)} ${this.more.render(data)}`;
  }

  private renderList(rows: TransactionModel[]) {
    const label = this.words.msg('Transactions', { id: 'transactions.title' });
    const renderItem = (t: TransactionModel, index: number) =>
      this.renderRow(t, index, rows.length);
    return this.virtualRows.render(rows, label, (t) => t.id, renderItem);
  }

  private renderRow(t: TransactionModel, index: number, count: number): TemplateResult {
    const { words } = this;
    const locale = this.resolvedLocale;
    const dates = this.dateContext([t.account.marketplaceId]);
    const open = this.expanded.has(t.id);
    const detailsId = domId('tx-details', t.id);
    const date = t.postedDate ? formatDay(t.postedDate, dates) : undefined;
    const type = transactionTypeLabel(t.type, words);
    const status = statusView(t.status, words);
    const amount = t.money ? formatMoney(t.money, locale) : undefined;
    const market = t.marketplaceName ?? marketplaceName(t.account.marketplaceId);
    const account = [market, accountTypeWords(t.account.accountTypeRaw, words)].filter(Boolean);
    const orderId = identifierValue(t, 'ORDER_ID');
    // What the hidden rest of "Details" says: which transaction it opens.
    const named = [date, type, amount].filter((part): part is string => part !== undefined);
    // No whitespace between the tags: each text node would be DOM in every one of the rows,
    // and prettier would put it back where a tag's inside does not render it.
    // prettier-ignore
    const toggle = html`<button
      class="sp-button toggle"
      part="toggle-button"
      type="button"
      id=${domId('tx-toggle', t.id)}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${detailsId}
      @click=${() => this.toggle(t)}
    ><span class="chevron" aria-hidden="true">${CHEVRON}</span>${words.msg('Details', {
      id: 'payouts.details',
    })}<span class="visually-hidden"> ${listWords(named, locale, 'unit')}</span></button>`;
    const summary = html`<span class="date" part="date"
        >${date ? html`<time datetime=${t.postedDate!}>${date}</time>` : nothing}</span
      ><span class="type" part="type"
        ><span class="type-label">${type ?? nothing}</span>${
          t.description ? html`<span class="description muted">${t.description}</span>` : nothing
        }</span
      >${
        status
          ? html`<span class="badge tone-${status.tone}" part="status-badge">${status.label}</span>`
          : html`<span></span>`
      }<span class="amount ${t.money && isNegative(t.money) ? 'negative' : ''}" part="amount"
        >${amount ?? invalidAmountTemplate(t.invalidAmount, words)}</span
      ><span class="account muted" part="account">${account.join(' · ')}</span
      ><span class="order" part="order-id"
        >${
          orderId
            ? html`<code>${orderId}</code
                ><sp-copy-button
                  .value=${orderId}
                  .words=${words}
                  label=${words.msg('Copy order id', { id: 'transaction.copy-order-id' })}
                ></sp-copy-button>`
            : nothing
        }</span
      >${toggle}`;
    // prettier-ignore
    return html`<li
      class="row"
      part="row"
      aria-posinset=${index + 1}
      aria-setsize=${count}
      data-transaction-id=${t.id}
    ><div class="summary" part="row-summary">${summary}</div><div
      class="details"
      part="details"
      id=${detailsId}
      ?hidden=${!open}
    >${open ? transactionDetailsTemplate(t, { words, dates }) : nothing}</div></li>`;
  }
}
