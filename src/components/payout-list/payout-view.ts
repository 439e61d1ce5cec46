/**
 * What `<sp-payout-list>` says about a payout, in words (pure, DOM-free): status labels, tones
 * and icons, type and payment-method labels, the time between two status steps, and the paid totals per currency, in the `Words` of the element rendering.
 */
import { humanize, toCode } from '../../api/enums.js';
import type { PayoutModel } from '../../api/model.js';
import { timeOf } from '../../api/normalise-payouts.js';
import { paymentMethodWords } from '../../l10n/enum-labels.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { str, type Words } from '../../l10n/runtime.js';
import { totalsByCurrency, type InvalidAmount, type Money } from '../../money/money.js';
import { listFormat, numberFormat } from '../../l10n/intl-cache.js';

export type StatusTone = 'positive' | 'negative' | 'progress' | 'neutral';

export interface StatusView {
  /** The status in words ("In transit"); unknown codes humanized. */
  label: string;
  /** Drives the badge colour; the label and icon carry the same meaning without colour. */
  tone: StatusTone;
  /** A glyph shown next to the label (hidden from screen readers, which read the label). */
  icon: string;
}

const STATUSES: Record<string, (words: Words) => StatusView> = {
  STARTED: (words) => ({
    label: words.msg('Started', { id: 'payout.status.STARTED' }),
    tone: 'progress',
    icon: '◔',
  }),
  IN_TRANSIT: (words) => ({
    label: words.msg('In transit', { id: 'payout.status.IN_TRANSIT' }),
    tone: 'progress',
    icon: '⇢',
  }),
  PAID: (words) => ({
    label: words.msg('Paid', { id: 'payout.status.PAID' }),
    tone: 'positive',
    icon: '✓',
  }),
  FAILED: (words) => ({
    label: words.msg('Failed', { id: 'payout.status.FAILED' }),
    tone: 'negative',
    icon: '✕',
  }),
  CANCELLED: (words) => ({
    label: words.msg('Cancelled', { id: 'payout.status.CANCELLED' }),
    tone: 'neutral',
    icon: '⊘',
  }),
  NO_PAYOUT: (words) => ({
    label: words.msg('No payout', { id: 'payout.status.NO_PAYOUT' }),
    tone: 'neutral',
    icon: '–',
  }),
};

export function statusView(status: string, words: Words): StatusView {
  return (
    STATUSES[toCode(status)]?.(words) ?? { label: humanize(status), tone: 'neutral', icon: '?' }
  );
}

export function isFailed(payout: PayoutModel): boolean {
  return toCode(payout.status) === 'FAILED';
}

const TYPES: Record<string, (words: Words) => string> = {
  SCHEDULED: (words) => words.msg('Scheduled', { id: 'payout.type.SCHEDULED' }),
  ON_DEMAND: (words) => words.msg('On demand', { id: 'payout.type.ON_DEMAND' }),
};

/** "Scheduled", "On demand", or the type humanized; `undefined` when the API sent none. */
export function typeLabel(type: string | undefined, words: Words): string | undefined {
  if (type === undefined) return undefined;
  return TYPES[toCode(type)]?.(words) ?? humanize(type);
}

/** "Bank account ••1234"; the tail is simply left out when missing. */
export function paymentMethodLabel(
  method: string | undefined,
  accountTail: string | undefined,
  words: Words,
): string | undefined {
  const name = paymentMethodWords(method, words);
  const tail = accountTail === undefined ? undefined : `••${accountTail}`;
  if (name && tail) return `${name} ${tail}`;
  return name ?? tail;
}

/** What a seller can do about a failed payout. */
export function failureHint(words: Words): string {
  return words.msg('Check your deposit method in Seller Central.', {
    id: 'payout.failure.check-deposit',
  });
}

const UNITS = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
] as const;

/**
 * How long after `from` the step at `to` came: "6 hours later", "1 day, 6 hours later",
 * "at the same time". At most two units, rounded down. `undefined` when either date is missing
 * or unreadable, or `to` is before `from`.
 */
export function elapsedPhrase(
  from: string | undefined,
  to: string | undefined,
  words: Words,
): string | undefined {
  const { locale } = words;
  const start = timeOf(from);
  const end = timeOf(to);
  if (start === undefined || end === undefined || end < start) return undefined;
  let remaining = end - start;
  if (remaining === 0) return words.msg('at the same time', { id: 'payout.elapsed.same-time' });
  const parts: string[] = [];
  for (const [unit, ms] of UNITS) {
    const count = Math.floor(remaining / ms);
    if (count > 0 && parts.length < 2) {
      parts.push(numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count));
      remaining -= count * ms;
    } else if (parts.length > 0) {
      break;
    }
  }
  if (parts.length === 0) {
    return words.msg('less than a minute later', { id: 'payout.elapsed.under-a-minute' });
  }
  const duration = listFormat(locale, { type: 'unit', style: 'long' }).format(parts);
  return words.msg(str`${duration} later`, { id: 'payout.elapsed.later' });
}

/**
 * Totals of the PAID payouts, one per currency, never added across currencies. A currency with
 * an invalid amount among them has no total (see `invalidPaidTotals`): a sum without that amount
 * would be silently too small.
 */
export function paidTotals(payouts: readonly PayoutModel[]): Money[] {
  const invalid = new Set(invalidPaidTotals(payouts).map((one) => one.currency));
  return totalsByCurrency(
    payouts
      .filter((payout) => toCode(payout.status) === 'PAID')
      .map((payout) => payout.money)
      .filter((money): money is Money => money !== undefined && !invalid.has(money.currency)),
  );
}

/** The first invalid amount of the PAID payouts in each currency: its total is "Invalid amount". */
export function invalidPaidTotals(payouts: readonly PayoutModel[]): InvalidAmount[] {
  const first = new Map<string | undefined, InvalidAmount>();
  for (const { status, invalidAmount } of payouts) {
    if (invalidAmount && toCode(status) === 'PAID' && !first.has(invalidAmount.currency)) {
      first.set(invalidAmount.currency, invalidAmount);
    }
  }
  return [...first.values()];
}

/** An id usable as an element id (and in `aria-controls`) for any payout id. */
export function domId(prefix: string, id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

/** "3 payouts": how many rows the list shows. */
export function countText(count: number, words: Words): string {
  const number = formatCount(count, words);
  const m = words.msg;
  return plural(
    count,
    {
      zero: () => m(str`${number} payouts`, { id: 'payouts.count.zero' }),
      one: () => m(str`${number} payout`, { id: 'payouts.count.one' }),
      two: () => m(str`${number} payouts`, { id: 'payouts.count.two' }),
      few: () => m(str`${number} payouts`, { id: 'payouts.count.few' }),
      many: () => m(str`${number} payouts`, { id: 'payouts.count.many' }),
      other: () => m(str`${number} payouts`, { id: 'payouts.count.other' }),
    },
    words,
  );
}

/** What the hidden rest of a row's "Details" button says: which payout it opens. */
export function detailsOf(
  date: string | undefined,
  amount: string | undefined,
  words: Words,
): string {
  if (date && amount) {
    return words.msg(str`of the payout of ${date}, ${amount}`, {
      id: 'payouts.details.of-date-amount',
    });
  }
  if (date) return words.msg(str`of the payout of ${date}`, { id: 'payouts.details.of-date' });
  if (amount) return words.msg(str`of the payout, ${amount}`, { id: 'payouts.details.of-amount' });
  return words.msg('of the payout', { id: 'payouts.details.of' });
}
