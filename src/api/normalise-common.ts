/** Tolerant reading shared by the four operations (CONTRACT.md, "Tolerant reader"). */
import { moneyFrom, type Money } from '../money/money.js';
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
  const found = list(ids)
    .filter((id) => id && toCode(id.relatedIdentifierName) === 'SETTLEMENT_ID')
    .map((id) => text(id.relatedIdentifierValue))
    .filter((id): id is string => id !== undefined);
  return [...new Set(found)];
}

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
  if (depth > 32) return [];
  return list(breakdowns)
    .filter((b): b is Breakdown => b != null && typeof b === 'object')
    .map((b) => {
      const rawType = text(b.breakdownType) ?? '';
      const money: Money | undefined =
        moneyFrom(b.breakdownAmount, currency) ?? moneyFrom(b.amount, currency);
      return {
        type: rawType === '' ? 'UNKNOWN' : canonical(rawType),
        rawType,
        money,
        children: readBreakdowns(b.breakdowns, money?.currency ?? currency, canonical, depth + 1),
      };
    });
}
