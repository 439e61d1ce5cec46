/**
 * What `<sp-balance-card>` says, in words: balance types and their explanations, account
 * names, dates and the empty state. Pure (no DOM), so every phrase is unit-tested.
 */
import { humanize, toCode } from '../../api/enums.js';
import { marketplaceName } from '../../api/marketplaces.js';
import type { AccountRef, BalanceGroup, BreakdownNode } from '../../api/model.js';
import {
  canonicalBalanceType,
  computedTotalParts,
  isKnownBalanceType,
  type KnownBalanceType,
} from '../../api/normalise-balances.js';
import type { BalancesQuery } from '../../api/operations.js';

const LABELS: Record<KnownBalanceType, string> = {
  TOTAL: 'Total',
  AVAILABLE: 'Available',
  RESERVED: 'Reserved',
  DEFERRED: 'Deferred',
  ACCOUNT_LEVEL_RESERVES: 'Account-level reserve',
};

const EXPLANATIONS: Record<KnownBalanceType, string> = {
  TOTAL: 'Everything in this account: what is available plus what is reserved.',
  AVAILABLE: 'Money you can be paid. Not all of it may be ready for payout yet.',
  RESERVED: 'Money Amazon is holding for now: deferred funds plus the account-level reserve.',
  DEFERRED:
    'Sales held until the order is delivered plus a few days (the Delivery Date Policy), then released to Available.',
  ACCOUNT_LEVEL_RESERVES:
    'Held to cover possible refunds, chargebacks and claims. Amazon sets it from your sales volume, product categories and account history.',
};

const UNKNOWN_EXPLANATION =
  'A balance type this card does not describe yet, shown with the name and amount Amazon sent.';

/** Account type codes whose words are not simply the code humanized. */
const ACCOUNT_TYPE_WORDS: Record<string, string> = {
  COD_FEES: 'Cash on delivery fees',
  AMEX: 'American Express',
  ELO: 'Elo',
  DINERS_CLUB: 'Diners Club',
  VISA_CREDIT: 'Visa credit',
  VISA_DEBIT: 'Visa debit',
  MASTERCARD_CREDIT: 'Mastercard credit',
  MASTERCARD_DEBIT: 'Mastercard debit',
  AMAZON_PAY_FEES: 'Amazon Pay fees',
  AMAZON_PAY_TRANSACTIONS: 'Amazon Pay transactions',
};

/** A balance type in words: "Available", "Account-level reserve"; unknown types humanized. */
export function balanceTypeLabel(type: string, rawType?: string): string {
  if (isKnownBalanceType(type)) return LABELS[type];
  return humanize(rawType || type) || 'Unnamed balance';
}

/** What a balance type means, in plain language. */
export function balanceTypeExplanation(type: string): string {
  return isKnownBalanceType(type) ? EXPLANATIONS[type] : UNKNOWN_EXPLANATION;
}

/** A breakdown's name: balance types in their words, other categories humanized as sent. */
export function breakdownLabel(node: BreakdownNode): string {
  const canonical = canonicalBalanceType(node.rawType || node.type);
  if (isKnownBalanceType(canonical)) return LABELS[canonical];
  return humanize(node.rawType || node.type) || 'Other';
}

/** What a computed TOTAL is the sum of, e.g. "Available + Reserved". */
export function computedTotalNote(group: BalanceGroup): string {
  return computedTotalParts(group)
    .map((type) => LABELS[type])
    .join(' + ');
}

/**
 * The account type in words: a code ("STANDARD_ORDERS") as words ("Standard orders"), a label
 * the API sent ("Standard Orders") as given.
 */
export function accountTypeLabel(account: AccountRef): string | undefined {
  const raw = account.accountTypeRaw ?? account.accountType;
  if (raw === undefined || raw.trim() === '') return undefined;
  const words = raw === toCode(raw) ? ACCOUNT_TYPE_WORDS[raw] : undefined;
  return words ?? humanize(raw);
}

/** A group's name: marketplace name and account type, e.g. "Amazon.com · Standard orders". */
export function groupTitle(group: BalanceGroup): string {
  const parts = [marketplaceName(group.account.marketplaceId), accountTypeLabel(group.account)];
  const named = parts.filter((part): part is string => part !== undefined && part !== '');
  return named.length > 0 ? named.join(' · ') : 'Account';
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * A calendar date ("2025-01-12") formatted in the locale, exactly as that day: the parts are
 * read as written and formatted in UTC, so no time zone can move it to the day before.
 */
export function formatCalendarDate(date: string, locale: string): string | undefined {
  const match = DATE_ONLY.exec(date.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(utc.getTime()) || utc.getUTCDate() !== Number(day)) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}

/** The calendar-date part of a date or date-time ("2025-01-12"), for `<time datetime>`. */
export function calendarDatePart(date: string): string | undefined {
  const match = DATE_ONLY.exec(date.trim());
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/** A date-time (an instant with its offset) in the reader's locale and time zone. */
export function formatDateTime(value: string, locale: string): string | undefined {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return undefined;
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(time));
}

/** The empty state: that nothing matched, and what was asked for. */
export function emptyMessage(
  query: BalancesQuery,
  locale: string,
): { title: string; hint: string } {
  const asked: string[] = [];
  if (query.balanceType?.length) {
    const types = query.balanceType.map((t) => balanceTypeLabel(canonicalBalanceType(t), t));
    asked.push(`${types.length > 1 ? 'balance types' : 'balance type'} ${types.join(', ')}`);
  }
  if (query.marketplaceId) asked.push(`marketplace ${marketplaceName(query.marketplaceId)}`);
  if (query.accountType) {
    asked.push(`account type ${accountTypeLabel({ accountTypeRaw: query.accountType })}`);
  }
  if (query.asOfDate) {
    asked.push(`as of ${formatCalendarDate(query.asOfDate, locale) ?? query.asOfDate}`);
  }
  return {
    title: 'No balances',
    hint:
      asked.length > 0
        ? `Amazon returned no balances for ${asked.join('; ')}.`
        : 'Amazon returned no balances for this seller.',
  };
}
