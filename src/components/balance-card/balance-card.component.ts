import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { marketplaceName } from '../../api/marketplaces.js';
import type { BalanceGroup, BalanceNode, BreakdownNode } from '../../api/model.js';
import { canonicalBalanceType, normaliseBalances } from '../../api/normalise-balances.js';
import { list } from '../../api/normalise-common.js';
import { optional, splitList, type BalancesQuery } from '../../api/operations.js';
import type { Balance } from '../../api/wire.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { str } from '../../l10n/runtime.js';
import { fillSlots, SLOTS } from '../../l10n/slots.js';
import { emptyTemplate } from '../../internal/templates.js';
import { formatMoney, moneyToPlainString } from '../../money/format.js';
import { isNegative, type InvalidAmount, type Money } from '../../money/money.js';
import { invalidAmountTemplate, warnInvalidAmounts } from '../../internal/invalid-amount.js';
import { formatDateTime, formatDay, resolveTimeZone, writtenDate } from '../../l10n/dates.js';
import { loadDeferredTransactions, type DeferredTransactions } from './deferred-transactions.js';
import { releaseSchedules } from './release-schedule.js';
import { releasesTemplate, type ReleasesState } from './release-block.js';
import { DepositMethodsController, storesOf } from '../../internal/deposit-methods.js';
import { depositMethodsTemplate } from '../../internal/deposit-methods-block.js';
import { depositMethodsStyles } from '../../internal/deposit-methods.styles.js';
import { balanceCardStyles } from './balance-card.styles.js';
import {
  balanceTypeExplanation,
  balanceTypeLabel,
  breakdownLabel,
  computedTotalNote,
  emptyMessage,
  groupTitle,
} from './balance-view.js';

/**
 * The seller's balances from `GET /finances/2024-06-19/balances`: one group per account
 * (partner, account type, marketplace) and currency, TOTAL first and prominent, then AVAILABLE
 * and RESERVED, RESERVED split into DEFERRED and the account-level reserve, each with its
 * breakdowns. Several currencies are shown side by side, never added together. A TOTAL the API
 * did not send is shown as the sum of its parts, marked "computed". Each balance type has a
 * plain-language explanation behind a keyboard-operable toggle.
 *
 * @example
 * ```html
 * <sp-balance-card base-url="/sp-api" marketplace-id="ATVPDKIKX0DER" layout="compact"></sp-balance-card>
 * ```
 *
 * @tagname sp-balance-card
 * @summary An Amazon seller's balances, per account and currency.
 *
 * @fires sp-load - The balances are shown; `detail` is the `BalanceGroup[]` shown.
 * @fires sp-error - The error state is shown; `detail` is `{status, code, message, requestId}`.
 *
 * @csspart base - The element's content box.
 * @csspart card - The loaded content: title and groups.
 * @csspart groups - The container of the groups (a grid in the full layout).
 * @csspart group - One account in one currency.
 * @csspart group-title - The group's name: marketplace and account type.
 * @csspart currency - The group's currency code.
 * @csspart partner - The partner id line, with its copy button.
 * @csspart when - "As of" date or "Updated" time.
 * @csspart total - The TOTAL balance block.
 * @csspart total-amount - The TOTAL figure.
 * @csspart computed-badge - The "computed" mark on a TOTAL derived from its parts.
 * @csspart balance-row - A balance other than TOTAL (AVAILABLE, RESERVED, its parts, unknown types).
 * @csspart label - A balance's or breakdown's name.
 * @csspart amount - Every amount.
 * @csspart explain-button - The toggle that shows what a balance type means.
 * @csspart explanation - The explanation it shows.
 * @csspart breakdowns - A balance's breakdown list.
 * @csspart skeleton - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 *
 * @cssprop --sp-balance-total-size - Font size of the TOTAL figure (1.75em full, 1.35em compact).
 * @cssprop --sp-balance-gap - Space between groups and blocks (default 12px).
 * @cssprop --sp-balance-group-min-width - Narrowest group column in a wide full layout (default 240px).
 * @cssprop --sp-font-family - Font stack.
 * @cssprop --sp-font-size - Base font size (default 14px).
 * @cssprop --sp-color-text - Text colour.
 * @cssprop --sp-color-muted - Secondary text colour.
 * @cssprop --sp-color-surface - Background.
 * @cssprop --sp-color-border - Borders and dividers.
 * @cssprop --sp-color-accent - Focus rings and the open explanation toggle.
 * @cssprop --sp-color-negative - Negative amounts.
 * @cssprop --sp-color-subtle - Fill of the explanation toggles.
 * @cssprop --sp-skeleton-color - Loading skeleton.
 * @cssprop --sp-radius - Corner radius.
 * @cssprop --sp-padding - Padding inside the element's border (16px full, 12px compact).
 */
export class SpBalanceCard extends SpElement<BalancesQuery, BalanceGroup[]> {
  static override styles = [...SpElement.styles, depositMethodsStyles, balanceCardStyles];

  /** An on-demand payout moves this money: reload when one is made on the page. */
  protected override readonly refreshesOnPayout = true;

  /** Only this marketplace's balances (`marketplaceId`, the reference's filter); absent for all. */
  @property({ attribute: 'marketplace-id', reflect: true }) marketplaceId: string | undefined;

  /**
   * Comma-separated marketplace ids (`marketplaceIds`, the published model's filter), sent
   * comma-separated as the other elements send it. Either or both may be set; each is sent as
   * written.
   */
  @property({ attribute: 'marketplace-ids', reflect: true }) marketplaceIds: string | undefined;

  /**
   * Comma-separated balance types to request (`balanceType`), e.g. `TOTAL,AVAILABLE`; absent
   * for all types. Sent comma-separated (the reference's array), so one type is also the
   * published model's single value. Each type is sent as written: `ACCOUNT_LEVEL_RESERVE` (the
   * published spelling) and `ACCOUNT_LEVEL_RESERVES` (the reference's) both work.
   */
  @property({ attribute: 'balance-types', reflect: true }) balanceTypes: string | undefined;

  /** Only this account type's balances (`accountType`), e.g. `STANDARD_ORDERS`. */
  @property({ attribute: 'account-type', reflect: true }) accountType: string | undefined;

  /**
   * A past balance (`asOfDate`, `YYYY-MM-DD`, a marketplace-local date): the reference counts
   * transactions before, not on, this date. When Amazon answers with the date it calculated the
   * balance for, the card says "Balance at the end of" that date. Absent for the current balance.
   */
  @property({ attribute: 'as-of-date', reflect: true }) asOfDate: string | undefined;

  /**
   * Also load the DEFERRED transactions (`GET …/transactions?transactionStatus=DEFERRED`) and
   * show under the Deferred line when that money is released: the soonest days, a "later"
   * remainder, and the difference in words when they do not add up to the deferred balance.
   * Off by default: without it, no extra request is made.
   */
  @property({ type: Boolean, attribute: 'show-releases', reflect: true }) showReleases = false;

  /**
   * Also show each account's deposit methods (`getPaymentMethods`, one request per store): the
   * default one marked, type, tail, holder and country, and a card's expiry with a warning when
   * it has passed or falls within 30 days. Off by default.
   */
  @property({ type: Boolean, attribute: 'show-payment-methods', reflect: true })
  showPaymentMethods = false;

  private readonly depositMethods = new DepositMethodsController(this, () => [
    this.showPaymentMethods ? this.source : undefined,
    storesOf(this.task.value),
  ]);

  /** `full` (default) for a dashboard tile, `compact` for a narrow sidebar (320 px). */
  @property({ reflect: true }) layout: 'full' | 'compact' = 'full';

  /** The deferred transactions loaded with each load's groups (`show-releases`). */
  private readonly releases = new WeakMap<BalanceGroup[], DeferredTransactions>();

  /** Which explanations are open, by group key and balance path. */
  @state() private expanded: ReadonlySet<string> = new Set();

  /** Ids for ARIA references, unique within one render. */
  private idCounter = 0;

  protected query(): BalancesQuery {
    return {
      marketplaceId: optional(this.marketplaceId),
      marketplaceIds: splitList(this.marketplaceIds),
      balanceType: splitList(this.balanceTypes),
      accountType: optional(this.accountType),
      asOfDate: optional(this.asOfDate),
    };
  }

  /** The deposit methods on their way, so hosts and tests can await them. */
  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.depositMethods.pending];
  }

  protected override loadOptions(): readonly unknown[] {
    return [this.showReleases];
  }

  protected async load(
    query: BalancesQuery,
    { source, signal, fresh, pages }: LoadContext,
  ): Promise<BalanceGroup[]> {
    // Both at once: the release schedule should not make the balances wait.
    const deferred = this.showReleases
      ? loadDeferredTransactions(source, query, { signal, fresh })
      : undefined;
    const pager = pages<Balance>(async (nextToken, pageSignal) => {
      const page = await source.listBalances(nextToken ? { ...query, nextToken } : query, {
        signal: pageSignal,
        fresh,
      });
      warnInvalidAmounts(this, page);
      return { items: list(page?.balances), nextToken: page?.nextToken };
    });
    const balances = await pager.all(signal);
    const askedForTotal =
      !query.balanceType || query.balanceType.some((t) => canonicalBalanceType(t) === 'TOTAL');
    const groups = normaliseBalances(balances, { computeTotal: askedForTotal });
    if (deferred) this.releases.set(groups, await deferred);
    return groups;
  }

  protected isEmpty(groups: BalanceGroup[]): boolean {
    return groups.length === 0;
  }

  protected override renderEmpty(): TemplateResult {
    const { title, hint } = emptyMessage(this.query(), this.words);
    return emptyTemplate(title, hint);
  }

  protected renderData(groups: BalanceGroup[]): TemplateResult {
    this.idCounter = 0;
    const deferred = this.releases.get(groups);
    const schedules =
      deferred?.transactions &&
      releaseSchedules(groups, deferred.transactions, {
        zoneOf: (group) => resolveTimeZone(this.timeZone, [group.account.marketplaceId]),
      });
    const releasesOf = (group: BalanceGroup): ReleasesState | undefined =>
      deferred && {
        schedule: schedules?.byGroup.get(group.key),
        error: deferred.error,
        capped: deferred.capped,
      };
    return html`<div
      class=${classMap({ card: true, 'layout-compact': this.layout === 'compact', 'layout-full': this.layout !== 'compact' })}
      part="card"
    >
      <h2 class="title">${this.words.msg('Balances', { id: 'balance.title' })}</h2>
      <div class="groups" part="groups">
        ${groups.map((group) => this.renderGroup(group, releasesOf(group)))}
      </div>
      ${depositMethodsTemplate(this.depositMethods.stores, this.words, Date.now())}
    </div>`;
  }

  private renderGroup(group: BalanceGroup, releases: ReleasesState | undefined): TemplateResult {
    const titleId = this.nextId('group');
    const total = group.balances.find((node) => node.type === 'TOTAL');
    const rest = group.balances.filter((node) => node !== total);
    const partnerId = group.account.partnerId;
    return html`<section
      class="group"
      part="group"
      aria-labelledby=${titleId}
      data-key=${group.key}
      data-currency=${group.currency || nothing}
    >
      <header class="group-header">
        <h3 class="group-title" part="group-title" id=${titleId}>
          <span>${groupTitle(group, this.words)}</span>
          ${
            group.currency
              ? html`<span class="currency" part="currency">${group.currency}</span>`
              : nothing
          }
        </h3>
        ${
          partnerId
            ? html`<p class="partner muted" part="partner">
                <span>${this.words.msg('Partner', { id: 'balance.partner' })}</span>
                <code class="partner-id">${partnerId}</code>
                <sp-copy-button
                  .value=${partnerId}
                  .words=${this.words}
                  label=${this.words.msg('Copy partner id', { id: 'balance.copy-partner-id' })}
                ></sp-copy-button>
              </p>`
            : nothing
        }
        ${this.renderWhen(group)}
      </header>
      ${total ? this.renderTotal(group, total) : nothing}
      ${
        rest.length > 0
          ? html`<ul class="balances">
              ${rest.map((node) => this.renderRow(group, node, node.type, releases))}
            </ul>`
          : nothing
      }
    </section>`;
  }

  /**
   * Which balance this is. A returned `asOfDate` is the day the ending balance was calculated
   * for: "Balance at the end of <date>". A requested one the API did not echo is shown as the
   * reference defines the parameter: transactions before, not on, that marketplace-local date.
   * Without either, when Amazon last updated the balance.
   */
  private renderWhen(group: BalanceGroup): TemplateResult | typeof nothing {
    const dates = this.dateContext([group.account.marketplaceId]);
    const dayOf = (value: string) => {
      const day = writtenDate(value);
      return html`<time datetime=${day ?? nothing}>${day ? formatDay(day, dates) : value}</time>`;
    };
    const words = this.words;
    if (group.asOfDate) {
      const text = words.msg(str`Balance at the end of ${SLOTS[0]}`, { id: 'balance.end-of' });
      return html`<p class="when muted" part="when">
        <span>${fillSlots(text, dayOf(group.asOfDate))}</span>
      </p>`;
    }
    const asked = optional(this.asOfDate);
    if (asked) {
      const where = marketplaceName(group.account.marketplaceId);
      const text = where
        ? words.msg(
            str`Balance before ${SLOTS[0]}: transactions before, not on, that day, by the local date of ${where}`,
            {
              id: 'balance.before.where',
            },
          )
        : words.msg(
            str`Balance before ${SLOTS[0]}: transactions before, not on, that day, by the marketplace's local date`,
            {
              id: 'balance.before',
            },
          );
      return html`<p class="when muted" part="when">
        <span>${fillSlots(text, dayOf(asked))}</span>
      </p>`;
    }
    if (group.lastUpdatedTime) {
      const formatted = formatDateTime(group.lastUpdatedTime, dates);
      const time = html`<time datetime=${formatted ? group.lastUpdatedTime : nothing}
        >${formatted ?? group.lastUpdatedTime}</time
      >`;
      return html`<p class="when muted" part="when">
        <span
          >${fillSlots(this.words.msg(str`Updated ${SLOTS[0]}`, { id: 'balance.updated' }), time)}</span
        >
      </p>`;
    }
    return nothing;
  }

  private renderTotal(group: BalanceGroup, total: BalanceNode): TemplateResult {
    const label = balanceTypeLabel(total.type, total.rawType, this.words);
    const explanation = this.explanation(group, 'TOTAL', total.type, label);
    return html`<div class="total" part="total" data-type="TOTAL">
      <div class="row">
        <span class="label" part="label">${label}</span>
        ${
          total.computed
            ? html`<span class="badge" part="computed-badge"
                >${this.words.msg('computed', { id: 'balance.computed' })}</span
              >`
            : nothing
        }
        ${explanation.button}
      </div>
      <p class="total-amount" part="total-amount">
        ${this.renderAmount(total.money, total.invalidAmount)}
      </p>
      ${
        total.computed
          ? html`<p class="note muted">${computedTotalNote(group, this.words)}</p>`
          : nothing
      }
      ${explanation.text} ${this.renderBreakdowns(total.breakdowns, label)}
    </div>`;
  }

  private renderRow(
    group: BalanceGroup,
    node: BalanceNode,
    path: string,
    releases: ReleasesState | undefined,
  ): TemplateResult {
    const label = balanceTypeLabel(node.type, node.rawType, this.words);
    const explanation = this.explanation(group, path, node.type, label);
    return html`<li class="balance" part="balance-row" data-type=${node.type}>
      <div class="row">
        <span class="label" part="label">${label}</span>
        ${explanation.button} ${this.renderAmount(node.money, node.invalidAmount)}
      </div>
      ${explanation.text} ${this.renderBreakdowns(node.breakdowns, label)}
      ${
        node.type === 'DEFERRED' && releases
          ? releasesTemplate(releases, this.words, this.dateContext([group.account.marketplaceId]))
          : nothing
      }
      ${
        node.children.length > 0
          ? html`<ul class="balances">
              ${node.children.map((child) =>
                this.renderRow(group, child, `${path}/${child.type}`, releases),
              )}
            </ul>`
          : nothing
      }
    </li>`;
  }

  private renderBreakdowns(
    breakdowns: BreakdownNode[],
    of: string,
  ): TemplateResult | typeof nothing {
    if (breakdowns.length === 0) return nothing;
    return html`<ul
      class="breakdowns"
      part="breakdowns"
      aria-label=${this.words.msg(str`Breakdown of ${of}`, { id: 'balance.breakdown-of' })}
    >
      ${breakdowns.map((breakdown) => {
        const label = breakdownLabel(breakdown, this.words);
        return html`<li class="breakdown">
          <div class="row">
            <span class="label" part="label">${label}</span>
            ${this.renderAmount(breakdown.money, breakdown.invalidAmount)}
          </div>
          ${this.renderBreakdowns(breakdown.children, label)}
        </li>`;
      })}
    </ul>`;
  }

  /**
   * An exact amount, its sign in the text and its colour; "not given" when the API sent none;
   * "Invalid amount" when what it sent is no money.
   */
  private renderAmount(money: Money | undefined, invalid?: InvalidAmount): TemplateResult {
    if (invalid) {
      return html`<span class="amount" part="amount"
        >${invalidAmountTemplate(invalid, this.words)}</span
      >`;
    }
    if (!money) {
      return html`<span class="amount missing muted" part="amount"
        >${this.words.msg('not given', { id: 'balance.not-given' })}</span
      >`;
    }
    return html`<span
      class=${classMap({ amount: true, negative: isNegative(money) })}
      part="amount"
      data-amount=${moneyToPlainString(money)}
      data-currency=${money.currency}
      >${formatMoney(money, this.resolvedLocale)}</span
    >`;
  }

  /** The toggle and the text it shows: what a balance type means, on demand. */
  private explanation(group: BalanceGroup, path: string, type: string, label: string) {
    const key = `${group.key}/${path}`;
    const open = this.expanded.has(key);
    const id = this.nextId('explain');
    return {
      button: html`<button
        class="explain"
        part="explain-button"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${id}
        @click=${() => this.toggle(key)}
      >
        <span aria-hidden="true">?</span>
        <span class="visually-hidden"
          >${this.words.msg(str`What is ${label}?`, { id: 'balance.what-is' })}</span
        >
      </button>`,
      text: html`<p class="explanation" part="explanation" id=${id} ?hidden=${!open}>
        ${balanceTypeExplanation(type, this.words)}
      </p>`,
    };
  }

  private toggle(key: string) {
    const next = new Set(this.expanded);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    this.expanded = next;
  }

  private nextId(prefix: string): string {
    return `${prefix}-${++this.idCounter}`;
  }
}
