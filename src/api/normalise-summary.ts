/**
 * `GET /finances/2024-06-19/summary` → `SummaryModel[]`, reading both shapes of the API
 * (CONTRACT.md, "Tolerant reader"):
 *
 * - the reference: the net amount in `amount`, breakdown amounts in `breakdownAmount`, taxonomy
 *   codes (`EARNINGS`, `FULFILLED_BY_AMAZON`) as breakdown types;
 * - Amazon's published model: the net in `netProceeds`, a breakdown amount as a bare number under
 *   `amount` (in the summary's currency), free-form names ("Product Charges", "FBA fees"),
 *   `breakdowns: null` or `[]`, settlement ids in `relatedIdentifiers`.
 *
 * Names that spell a taxonomy code ("Sales", "Fulfilled by Amazon") are canonicalised to it; any
 * other name is kept exactly as sent. Pure: no DOM, no network.
 */
import { moneyFrom, type Money } from '../money/money.js';
import { toCode } from './enums.js';
import type { BreakdownNode, SummaryModel } from './model.js';
import {
  accountKey,
  list,
  readAccount,
  firstAmount,
  readBreakdowns,
  settlementIds,
  text,
} from './normalise-common.js';
import type { Summary, SummaryResponse } from './wire.js';

/**
 * The Standardized Financial Summary Taxonomy (spec/finance-api-reference.txt): each L1 category
 * and the L2 sub-categories the reference names. New L2 codes may appear at any time; they are
 * kept as sent.
 */
export const SUMMARY_TAXONOMY = {
  EARNINGS: ['SALES', 'REFUNDS', 'CHARGEBACKS'],
  AMAZON_SERVICE_CHARGES_AND_FEES: [
    'FULFILLED_BY_AMAZON',
    'AMAZON_WAREHOUSING',
    'MULTI_CHANNEL_FULFILLMENT',
    'ADVERTISING',
  ],
  DEDUCTIONS_AND_WITHHOLDINGS: ['LOAN_REPAYMENT', 'CHEMICAL_TAX', 'EPR_WITHHOLDING'],
  OTHERS: [],
} as const satisfies Record<string, readonly string[]>;

export type SummaryL1Code = keyof typeof SUMMARY_TAXONOMY;

/** The L1 categories in the reference's order. */
export const SUMMARY_L1_CODES = Object.keys(SUMMARY_TAXONOMY) as SummaryL1Code[];

const KNOWN_CODES: ReadonlySet<string> = new Set([
  ...SUMMARY_L1_CODES,
  ...Object.values(SUMMARY_TAXONOMY).flat(),
]);

/**
 * The taxonomy code a breakdown type spells, whatever its case or separators ("Sales",
 * "fulfilled-by-amazon" → `SALES`, `FULFILLED_BY_AMAZON`); anything else is returned as sent.
 */
export function canonicalSummaryType(raw: string): string {
  const code = toCode(raw);
  return KNOWN_CODES.has(code) ? code : raw;
}

/** Whether a (canonical) breakdown type is one of the taxonomy's codes. */
export function isTaxonomyCode(type: string): boolean {
  return KNOWN_CODES.has(type);
}

/** One summary, in either shape. */
export function normaliseSummary(summary: Summary): SummaryModel {
  const source: Summary = summary && typeof summary === 'object' ? summary : {};
  const reading = firstAmount([source.amount, source.netProceeds]);
  const net = reading.money;
  const currency = net?.currency ?? reading.invalid?.currency ?? firstCurrency(source);
  const breakdowns = readBreakdowns(source.breakdowns, currency, canonicalSummaryType);
  const model: SummaryModel = {
    key: '',
    account: readAccount(source.partnerMetadata),
    net,
    ...(reading.invalid && { invalidNet: reading.invalid }),
    ...(reading.bare && { bareNet: reading.bare }),
    currency,
    periodStart: text(source.periodStart),
    periodEnd: text(source.periodEnd),
    settlementIds: settlementIds(source.relatedIdentifiers),
    breakdowns,
  };
  return { ...model, key: summaryIdentity(model) };
}

/**
 * Every summary of one response. Keys are unique within the result (see `withUniqueKeys`);
 * null, missing and non-object entries are skipped.
 */
export function normaliseSummaries(response: SummaryResponse | null | undefined): SummaryModel[] {
  const summaries = response && typeof response === 'object' ? list(response.summaries) : [];
  return withUniqueKeys(
    summaries.filter((s): s is Summary => s != null && typeof s === 'object').map(normaliseSummary),
  );
}

/**
 * Who, where, which currency and which period or settlement a summary is about. Two summaries
 * with the same identity are told apart by `withUniqueKeys`.
 */
export function summaryIdentity(model: SummaryModel): string {
  return [
    accountKey(model.account),
    model.currency ?? '',
    model.periodStart ?? '',
    model.periodEnd ?? '',
    model.settlementIds.join(','),
  ].join('|');
}

/**
 * A summary's whole content (identity, net and every breakdown with its amount), for dropping a
 * page the API sent twice: only an exact repeat has the same fingerprint.
 */
export function summaryFingerprint(model: SummaryModel): string {
  const parts = [summaryIdentity(model), moneyText(model.net)];
  const walk = (nodes: BreakdownNode[]) => {
    parts.push('[');
    for (const node of nodes) {
      parts.push(node.rawType, moneyText(node.money));
      walk(node.children);
    }
    parts.push(']');
  };
  walk(model.breakdowns);
  return JSON.stringify(parts);
}

/**
 * The summaries less exact repeats (a page the API sent twice), in order of arrival. Only
 * summaries with the same identity can be repeats, so only those have their whole tree
 * fingerprinted: one page of distinct summaries costs nothing here.
 */
export function withoutRepeats(models: readonly SummaryModel[]): SummaryModel[] {
  const identities = new Map<string, number>();
  for (const model of models) {
    const identity = summaryIdentity(model);
    identities.set(identity, (identities.get(identity) ?? 0) + 1);
  }
  const seen = new Set<string>();
  return models.filter((model) => {
    if (identities.get(summaryIdentity(model)) === 1) return true;
    const print = summaryFingerprint(model);
    if (seen.has(print)) return false;
    seen.add(print);
    return true;
  });
}

/** Makes keys unique across pages: a repeated identity gets `#2`, `#3`… in order of arrival. */
export function withUniqueKeys(models: SummaryModel[]): SummaryModel[] {
  const seen = new Map<string, number>();
  return models.map((model) => {
    const identity = summaryIdentity(model);
    const count = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, count);
    const key = count === 1 ? identity : `${identity}#${count}`;
    return key === model.key ? model : { ...model, key };
  });
}

function moneyText(money: Money | undefined): string {
  return money ? `${money.amount.toString()} ${money.currency}` : '';
}

/** The first currency code any breakdown states, when the summary has no net amount. */
function firstCurrency(summary: Summary): string | undefined {
  const queue = [...list(summary.breakdowns)];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i];
    if (!node || typeof node !== 'object') continue;
    const code =
      moneyFrom(node.breakdownAmount)?.currency ??
      (node.amount && typeof node.amount === 'object'
        ? moneyFrom(node.amount)?.currency
        : undefined);
    if (code) return code;
    queue.push(...list(node.breakdowns));
  }
  return undefined;
}
