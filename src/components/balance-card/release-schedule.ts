/**
 * When a balance card's deferred money is released (`show-releases`): the DEFERRED transactions
 * (`listTransactions?transactionStatus=DEFERRED`) grouped by the day their deferred context
 * says they mature, per balance group (account and currency). Pure: no DOM, no network.
 *
 * Amounts are summed in decimal, only within one currency (a group has one), and compared with
 * the group's DEFERRED balance: when they do not add up, the difference is kept so the card
 * can say so, rather than hiding it.
 *
 * @example
 * ```ts
 * const { byGroup } = releaseSchedules(groups, transactions, { zoneOf: () => 'America/Los_Angeles' });
 * byGroup.get(groups[0].key)?.days; // [{ day: '2026-12-09', money: { amount: 120.5, currency: 'USD' } }, …]
 * ```
 */
import { toCode } from '../../api/enums.js';
import type { BalanceGroup } from '../../api/model.js';
import type { ContextModel, TransactionModel } from '../../api/transactions-model.js';
import { parseApiDate, sellerDate } from '../../l10n/dates.js';
import { isNegative, sumMoney, type Money } from '../../money/money.js';

/** How many release days are listed before the rest is "later". */
export const RELEASE_DAYS = 3;

export interface ReleaseDay {
  /** The calendar day (`YYYY-MM-DD`) in the zone the card shows dates in. */
  day: string;
  money: Money;
}

export interface ReleaseSchedule {
  /** The soonest release days, each with what is released that day. */
  days: ReleaseDay[];
  /** Everything dated after those days, summed; absent when nothing is. */
  later?: Money;
  /** Transactions whose release date Amazon did not give, summed; absent when none. */
  undated?: Money;
  /** All the group's deferred transactions, summed. */
  total: Money;
  /** The group's DEFERRED balance minus `total`, when they differ (and the balance was sent). */
  difference?: Money;
  /** Deferred transactions whose amount is no money (`1e400`): counted, never summed. */
  invalid: number;
}

export interface ReleaseSchedules {
  /** By `BalanceGroup.key`; only groups that have deferred transactions or a deferred balance. */
  byGroup: Map<string, ReleaseSchedule>;
  /** Deferred transactions that belong to no group the card shows (another account or currency). */
  unmatched: number;
}

export interface ReleaseOptions {
  /** The zone a group's release days are counted in (its marketplace's, or the host's). */
  zoneOf(group: BalanceGroup): string | undefined;
  days?: number;
}

/** The release schedule of each group, from the DEFERRED transactions Amazon sent. */
export function releaseSchedules(
  groups: readonly BalanceGroup[],
  transactions: readonly TransactionModel[],
  { zoneOf, days = RELEASE_DAYS }: ReleaseOptions,
): ReleaseSchedules {
  const matched = new Map<BalanceGroup, TransactionModel[]>();
  let unmatched = 0;
  for (const transaction of transactions) {
    const group = groups.find((candidate) => belongsTo(transaction, candidate));
    if (!group) {
      unmatched++;
      continue;
    }
    matched.set(group, [...(matched.get(group) ?? []), transaction]);
  }
  const byGroup = new Map<string, ReleaseSchedule>();
  for (const group of groups) {
    const deferred = deferredBalance(group);
    const mine = matched.get(group) ?? [];
    if (mine.length === 0 && !deferred) continue;
    byGroup.set(group.key, schedule(group, mine, deferred, zoneOf(group), days));
  }
  return { byGroup, unmatched };
}

/** Same currency; same marketplace and account type wherever both sides name one. */
function belongsTo(transaction: TransactionModel, group: BalanceGroup): boolean {
  const currency = transaction.money?.currency ?? transaction.invalidAmount?.currency;
  if (currency !== group.currency) return false;
  const same = (a: string | undefined, b: string | undefined) =>
    a === undefined || b === undefined || toCode(a) === toCode(b);
  return (
    same(transaction.account.marketplaceId, group.account.marketplaceId) &&
    same(transaction.account.accountType, group.account.accountType)
  );
}

function deferredBalance(group: BalanceGroup): Money | undefined {
  const find = (nodes: BalanceGroup['balances']): Money | undefined => {
    for (const node of nodes) {
      if (node.type === 'DEFERRED') return node.money;
      const inner = find(node.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(group.balances);
}

function schedule(
  group: BalanceGroup,
  transactions: readonly TransactionModel[],
  deferred: Money | undefined,
  zone: string | undefined,
  shown: number,
): ReleaseSchedule {
  const currency = group.currency;
  const byDay = new Map<string, Money[]>();
  const undated: Money[] = [];
  let invalid = 0;
  for (const transaction of transactions) {
    if (!transaction.money) {
      invalid++;
      continue;
    }
    const day = releaseDay(transaction, zone);
    if (day === undefined) undated.push(transaction.money);
    else byDay.set(day, [...(byDay.get(day) ?? []), transaction.money]);
  }
  const days = [...byDay.keys()].sort().map((day) => ({
    day,
    money: sumMoney(byDay.get(day)!, currency),
  }));
  const valid = transactions.flatMap((t) => (t.money ? [t.money] : []));
  const total = sumMoney(valid, currency);
  const result: ReleaseSchedule = { days: days.slice(0, shown), total, invalid };
  const rest = days.slice(shown);
  if (rest.length > 0) {
    result.later = sumMoney(
      rest.map((day) => day.money),
      currency,
    );
  }
  if (undated.length > 0) result.undated = sumMoney(undated, currency);
  if (deferred && deferred.currency === currency && invalid === 0) {
    const difference = sumMoney([deferred, { ...total, amount: total.amount.negated() }], currency);
    if (!difference.amount.isZero()) result.difference = difference;
  }
  return result;
}

/** The day a deferred transaction matures: its own deferred context, else one of its items'. */
function releaseDay(transaction: TransactionModel, zone: string | undefined): string | undefined {
  const contexts: ContextModel[] = [
    ...transaction.contexts,
    ...transaction.items.flatMap((item) => item.contexts),
  ];
  for (const context of contexts) {
    if (context.kind !== 'deferred' || !context.maturityDate) continue;
    const date = parseApiDate(context.maturityDate);
    if (!date) continue;
    const { year, month, day } = sellerDate(date, zone);
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return undefined;
}

/** Whether a difference means the transactions hold more than the balance (`true`) or less. */
export function transactionsExceed(schedule: ReleaseSchedule): boolean {
  return schedule.difference !== undefined && isNegative(schedule.difference);
}
