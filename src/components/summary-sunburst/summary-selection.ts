/**
 * Choosing what the sunburst shows when the API returns several summaries (account types,
 * marketplaces, pages): one option per summary, grouped by currency, plus an "All" option per
 * currency that has more than one. Amounts in different currencies are never added together, so
 * there is no "all" across currencies. Pure.
 */
import { marketplaceName } from '../../api/marketplaces.js';
import type { AccountRef, BreakdownNode, SummaryModel } from '../../api/model.js';
import { accountTypeWords } from '../../l10n/enum-labels.js';
import { formatCount } from '../../l10n/plural.js';
import { str, type Words } from '../../l10n/runtime.js';
import { sumMoney, type InvalidAmount, type Money } from '../../money/money.js';

export interface SummaryOption {
  /** The summary's key, or `all:<currency>`. */
  readonly key: string;
  readonly label: string;
  /** The summaries this option shows (one, or all of a currency). */
  readonly summaries: readonly SummaryModel[];
}

export interface SummaryOptionGroup {
  /** The currency code, or `''` for summaries without any amount. */
  readonly currency: string;
  readonly label: string;
  readonly options: readonly SummaryOption[];
}

const ALL_PREFIX = 'all:';

/**
 * The options, grouped by currency in order of first appearance; within a group the "All"
 * option (when there are several summaries) comes first. Options that would read the same get
 * the period (`describePeriod`) and then a number to tell them apart.
 */
export function summaryOptions(
  summaries: readonly SummaryModel[],
  words: Words,
  describePeriod: (summary: SummaryModel) => string | undefined = () => undefined,
): SummaryOptionGroup[] {
  const byCurrency = new Map<string, SummaryModel[]>();
  for (const summary of summaries) {
    const currency = summary.currency ?? '';
    const group = byCurrency.get(currency) ?? [];
    group.push(summary);
    byCurrency.set(currency, group);
  }
  let ordinal = 0;
  return [...byCurrency].map(([currency, members]) => {
    const labels = disambiguate(
      members.map((summary) => {
        ordinal++;
        return (
          accountLabel(summary.account, words) ??
          words.msg(str`Summary ${formatCount(ordinal, words)}`, {
            id: 'summary.option.numbered',
          })
        );
      }),
      (i) => describePeriod(members[i]!),
    );
    const options: SummaryOption[] = members.map((summary, i) => ({
      key: summary.key,
      label: labels[i]!,
      summaries: [summary],
    }));
    if (currency !== '' && members.length > 1) {
      const count = formatCount(members.length, words);
      options.unshift({
        key: `${ALL_PREFIX}${currency}`,
        label: words.msg(str`All ${currency} summaries (${count})`, { id: 'summary.option.all' }),
        summaries: members,
      });
    }
    return {
      currency,
      label: currency || words.msg('No amounts', { id: 'summary.option.no-amounts' }),
      options,
    };
  });
}

/** The option shown first: the first currency's "All" when it has one, else the first summary. */
export function defaultOptionKey(groups: readonly SummaryOptionGroup[]): string | undefined {
  return groups[0]?.options[0]?.key;
}

/** The summary an option shows (for "All", the currency's summaries added up); `undefined` if unknown. */
export function resolveOption(
  groups: readonly SummaryOptionGroup[],
  key: string | undefined,
): SummaryModel | undefined {
  for (const group of groups) {
    for (const option of group.options) {
      if (option.key !== key) continue;
      const [first] = option.summaries;
      if (option.summaries.length === 1) return first;
      return mergeSummaries(option.summaries, group.currency, option.key);
    }
  }
  return undefined;
}

/** "Amazon.com · Standard Orders", or `undefined` when the summary names neither. */
export function accountLabel(account: AccountRef, words: Words): string | undefined {
  const parts = [
    marketplaceName(account.marketplaceId),
    accountTypeWords(account.accountTypeRaw ?? account.accountType, words),
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Labels told apart: by their period (`periodOf`, asked only where two read the same), then a number. */
function disambiguate(labels: string[], periodOf: (index: number) => string | undefined): string[] {
  const counts = count(labels);
  const withPeriods = labels.map((label, i) => {
    if ((counts.get(label) ?? 0) < 2) return label;
    const period = periodOf(i);
    return period ? `${label} · ${period}` : label;
  });
  const stillSame = count(withPeriods);
  const seen = new Map<string, number>();
  return withPeriods.map((label) => {
    if ((stillSame.get(label) ?? 0) < 2) return label;
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `${label} (${n})`;
  });
}

function count(labels: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return counts;
}

/**
 * Summaries of one currency added up exactly: net amounts summed, breakdowns merged by type at
 * every level (in order of first appearance) with their amounts summed. An amount in any other
 * currency is left out rather than added. A total that would include an amount no money can be
 * is that invalid amount, never the rest added up (which would read as a smaller, real total).
 * The period spans all of them; settlement ids are pooled; account fields are kept only where
 * all summaries agree.
 */
export function mergeSummaries(
  summaries: readonly SummaryModel[],
  currency: string,
  key = `${ALL_PREFIX}${currency}`,
): SummaryModel {
  const starts = summaries.map((s) => s.periodStart).filter((s): s is string => !!s);
  const ends = summaries.map((s) => s.periodEnd).filter((s): s is string => !!s);
  const net = sumIn(
    summaries.map((s) => ({ money: s.net, invalid: s.invalidNet })),
    currency,
  );
  return {
    key,
    account: commonAccount(summaries.map((s) => s.account)),
    // A net without a currency cannot be added in: then there is no total, rather than a smaller one.
    net: summaries.some((s) => s.bareNet) ? undefined : net.money,
    ...(net.invalid && { invalidNet: net.invalid }),
    currency,
    periodStart: starts.length === summaries.length ? starts.sort()[0] : undefined,
    periodEnd: ends.length === summaries.length ? ends.sort()[ends.length - 1] : undefined,
    settlementIds: [...new Set(summaries.flatMap((s) => s.settlementIds))],
    breakdowns: mergeBreakdowns(
      summaries.map((s) => s.breakdowns),
      currency,
    ),
  };
}

/** An amount as a breakdown or a summary holds it: money, or text no money can be. */
interface Amount {
  readonly money?: Money | undefined;
  readonly invalid?: InvalidAmount | undefined;
}

function mergeBreakdowns(lists: readonly BreakdownNode[][], currency: string): BreakdownNode[] {
  const merged = new Map<
    string,
    { rawType: string; amounts: Amount[]; children: BreakdownNode[][]; deeperLevels: number }
  >();
  for (const list of lists) {
    for (const node of list) {
      const entry = merged.get(node.type) ?? {
        rawType: node.rawType,
        amounts: [],
        children: [],
        deeperLevels: 0,
      };
      entry.amounts.push({ money: node.money, invalid: node.invalidAmount });
      entry.children.push(node.children);
      entry.deeperLevels = Math.max(entry.deeperLevels, node.deeperLevels ?? 0);
      merged.set(node.type, entry);
    }
  }
  return [...merged].map(([type, entry]) => {
    const total = sumIn(entry.amounts, currency);
    return {
      type,
      rawType: entry.rawType,
      money: total.money,
      ...(total.invalid && { invalidAmount: total.invalid }),
      children: mergeBreakdowns(entry.children, currency),
      ...(entry.deeperLevels > 0 && { deeperLevels: entry.deeperLevels }),
    };
  });
}

/** The total of the amounts in `currency`: the first invalid one among them, if any. */
function sumIn(amounts: readonly Amount[], currency: string): Amount {
  const invalid = amounts.find((a) => a.invalid && (a.invalid.currency ?? currency) === currency);
  if (invalid) return { invalid: invalid.invalid };
  const same = amounts
    .map((a) => a.money)
    .filter((m): m is Money => m !== undefined && m.currency === currency);
  return same.length > 0 ? { money: sumMoney(same, currency) } : {};
}

function commonAccount(accounts: readonly AccountRef[]): AccountRef {
  const agreed = (field: keyof AccountRef) => {
    const values = new Set(accounts.map((a) => a[field]));
    return values.size === 1 ? [...values][0] : undefined;
  };
  return {
    partnerId: agreed('partnerId'),
    accountType: agreed('accountType'),
    accountTypeRaw: agreed('accountTypeRaw'),
    marketplaceId: agreed('marketplaceId'),
  };
}
