/** Tolerant reading shared by the four operations (CONTRACT.md, "Tolerant reader"). */
import { invalidAmountText, type Decimal } from '../money/decimal.js';
import { readMoney, type InvalidAmount, type MoneyReading } from '../money/money.js';
import { toCode } from './enums.js';
import type { AccountRef, BreakdownNode, PeriodModel } from './model.js';
import type { Breakdown, PartnerMetadata, Period, RelatedIdentifier } from './wire.js';

/** A string field, or `undefined` for null, non-strings and empty text. */
export function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** An array field, or `[]` for null, missing and non-arrays. */
export function list<T>(value: T[] | null | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

export function readAccount(meta: PartnerMetadata | null | undefined): AccountRef {
  if (!meta || typeof meta !== 'object') return {};
  const raw = text(meta.accountType);
  // No spec puts a `marketplaceIds` list in PartnerMetadata (it is the published query
  // parameter), but CONTRACT.md's tolerant reader names `marketplaceIds` for `marketplaceId`
  // among the drifts to read, so it is read as a fallback; `marketplaceId` wins when both come.
  const marketplaceId =
    text(meta.marketplaceId) ?? list(meta.marketplaceIds).map(text).find(Boolean);
  return {
    partnerId: text(meta.partnerId),
    accountType: raw === undefined ? undefined : toCode(raw),
    accountTypeRaw: raw,
    marketplaceId,
  };
}

export function accountKey(account: AccountRef): string {
  return [account.partnerId ?? '', account.accountType ?? '', account.marketplaceId ?? ''].join(
    '|',
  );
}

export function readPeriod(period: Period | null | undefined): PeriodModel | undefined {
  if (!period || typeof period !== 'object') return undefined;
  const startDate = text(period.startDate);
  const endDate = text(period.endDate);
  return startDate || endDate ? { startDate, endDate } : undefined;
}

export function settlementIds(ids: RelatedIdentifier[] | null | undefined): string[] {
  const found = new Set<string>();
  for (const id of list(ids)) {
    if (!id || toCode(id.relatedIdentifierName) !== 'SETTLEMENT_ID') continue;
    const value = text(id.relatedIdentifierValue);
    if (value !== undefined) found.add(value);
  }
  return [...found];
}

/**
 * How many levels of breakdowns are read (L1 is the first). Far beyond any real summary, yet a
 * bound on the recursion for hostile input; what lies deeper is counted, never dropped silently
 * (`BreakdownNode.deeperLevels`).
 */
export const MAX_BREAKDOWN_DEPTH = 256;

/**
 * Reads breakdowns recursively. The amount is `breakdownAmount`, else the published model's
 * `amount` (a bare number in `currency`, or a Currency object). Codes are canonicalised with
 * `canonical` (e.g. to map free-form names); unknown types are kept as sent.
 */
export function readBreakdowns(
  breakdowns: Breakdown[] | null | undefined,
  currency: string | undefined,
  canonical: (raw: string) => string = (raw) => raw,
  depth = 0,
): BreakdownNode[] {
  return list(breakdowns)
    .filter((b): b is Breakdown => b != null && typeof b === 'object')
    .map((b) => {
      const rawType = text(b.breakdownType) ?? '';
      const reading = firstAmount([b.breakdownAmount, b.amount], currency);
      const money = reading.money;
      const deepest = depth + 1 >= MAX_BREAKDOWN_DEPTH;
      const deeperLevels = deepest ? levelsBelow(list(b.breakdowns), (c) => c?.breakdowns) : 0;
      return {
        type: rawType === '' ? 'UNKNOWN' : canonical(rawType),
        rawType,
        money,
        ...invalidAmountOf(reading),
        children: deepest
          ? []
          : readBreakdowns(b.breakdowns, money?.currency ?? currency, canonical, depth + 1),
        ...(deeperLevels > 0 && { deeperLevels }),
      };
    });
}

/**
 * How many levels a forest holds (0 when it is empty), walked level by level without recursion;
 * a node met twice (a cyclic object from a host's data source) is counted once.
 */
export function levelsBelow<T>(
  nodes: readonly T[],
  children: (node: T) => T[] | null | undefined,
): number {
  const seen = new Set<T>();
  let level = nodes;
  let levels = 0;
  while (level.length > 0) {
    levels++;
    const next: T[] = [];
    for (const node of level) {
      if (node == null || typeof node !== 'object' || seen.has(node)) continue;
      seen.add(node);
      next.push(...list(children(node)));
    }
    level = next;
  }
  return levels;
}

/** The first of several fields that holds an amount, valid or not (`breakdownAmount`, else `amount`). */
export function firstAmount(values: readonly unknown[], currency?: string): MoneyReading {
  for (const value of values) {
    const reading = readMoney(value, currency);
    if (reading.money || reading.invalid || reading.bare) return reading;
  }
  return {};
}

/** `{ invalidAmount }` when the reading is an invalid amount, else nothing (no `undefined` key). */
export function invalidAmountOf(reading: MoneyReading): { invalidAmount?: InvalidAmount } {
  return reading.invalid ? { invalidAmount: reading.invalid } : {};
}

/** An amount sent without a currency, for the model to keep (see `MoneyReading.bare`). */
export function bareAmountOf(reading: MoneyReading): { bareAmount?: Decimal } {
  return reading.bare ? { bareAmount: reading.bare } : {};
}

/** An invalid amount where the response holds it, as a JSON path (`payouts[0].amount.currencyAmount`). */
export interface InvalidAmountAt {
  path: string;
  raw: string;
}

/** Fields whose primitive value is an amount, in every operation and both dialects. */
const AMOUNT_FIELDS = new Set(['currencyAmount', 'amount', 'breakdownAmount', 'netProceeds']);

/**
 * Every amount in a raw response that no money can be, with its path, breadth first. Elements
 * warn about these once per response (CHANGELOG): the rest of the data loaded and is
 * shown, so this is no error state, but the host should learn which field its source got wrong.
 */
export function invalidAmountsIn(response: unknown): InvalidAmountAt[] {
  const found: InvalidAmountAt[] = [];
  if (response === null || typeof response !== 'object') return found;
  // A path is spelled out only for an amount found: a 20,000-payout response has hundreds of
  // thousands of fields, and naming each one took longer than normalising the whole response.
  // For the same reason the walk keeps a stack and reads keys with `for…in`: no array per
  // object, and no recursion for a hostile response to overflow.
  const stack: FieldAt[] = [{ value: response, key: '' }];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    const value = at.value;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, key: index, parent: at });
      }
      continue;
    }
    const fields = value as Record<string, unknown>;
    const children: FieldAt[] = [];
    for (const key in fields) {
      if (!Object.hasOwn(fields, key)) continue;
      const child = fields[key];
      if (child !== null && typeof child === 'object')
        children.push({ value: child, key, parent: at });
      else if (AMOUNT_FIELDS.has(key)) {
        const raw = invalidAmountText(child);
        if (raw !== undefined) found.push({ path: pathOf({ value: child, key, parent: at }), raw });
      }
    }
    // Reversed onto the stack, so fields are met in the order the response has them.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found;
}

/** A value met while walking a response, with the way back to the root. */
interface FieldAt {
  value: unknown;
  /** Its key in its parent: an index in an array, a name in an object, '' for the root. */
  key: string | number;
  parent?: FieldAt;
}

/** `payouts[0].amount.currencyAmount`. */
function pathOf(at: FieldAt): string {
  let path = '';
  for (let node: FieldAt | undefined = at; node?.parent; node = node.parent) {
    path =
      typeof node.key === 'number'
        ? `[${node.key}]${path}`
        : `${node.parent.parent ? '.' : ''}${node.key}${path}`;
  }
  return path;
}
