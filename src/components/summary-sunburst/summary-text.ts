/** Dates, periods and shares in words, for the sunburst. Pure. */
import { msg, str } from '../../l10n/runtime.js';
import type { Decimal } from '../../money/decimal.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date the API sent, as a `Date`, or `undefined` when it is not ISO 8601. Date-only values
 * (`2025-01-12`) are midnight UTC.
 */
export function parseApiDate(value: string | undefined): Date | undefined {
  if (!value || !ISO_DATE.test(value.trim())) return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date in UTC, as the API's periods are UTC (`2026-01-31T23:59:59Z` is 31 January
 * wherever the seller is).
 */
function dateFormat(locale: string): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

/** A date in the locale's words, or the text as sent when it is not a date. */
export function formatApiDate(value: string, locale: string): string {
  const date = parseApiDate(value);
  return date ? dateFormat(locale).format(date) : value;
}

/**
 * A period in words ("Jan 1 – 31, 2026"); one date when start and end fall on the same day;
 * "From …" or "Until …" when only one end is known; `undefined` when neither is.
 */
export function formatPeriod(
  start: string | undefined,
  end: string | undefined,
  locale: string,
): string | undefined {
  if (start && end) {
    const from = parseApiDate(start);
    const to = parseApiDate(end);
    if (from && to && from.getTime() <= to.getTime()) {
      return dateFormat(locale).formatRange(from, to);
    }
    const a = formatApiDate(start, locale);
    const b = formatApiDate(end, locale);
    return a === b ? a : `${a} – ${b}`;
  }
  if (start) {
    const from = formatApiDate(start, locale);
    return msg(str`From ${from}`, { id: 'period.from' });
  }
  if (end) {
    const until = formatApiDate(end, locale);
    return msg(str`Until ${until}`, { id: 'period.until' });
  }
  return undefined;
}

const percentFormats = new Map<string, { format: Intl.NumberFormat; shown: Map<string, string> }>();

/**
 * A share as a percentage with at most one decimal ("12.5%"), formatted from the exact decimal.
 * It is first rounded half up to the thousandths shown, as Intl would round it: thousands of
 * shares take a few hundred values, each put in words once per locale.
 */
export function formatShare(share: Decimal, locale: string): string {
  let percent = percentFormats.get(locale);
  if (!percent) {
    const format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    percent = { format, shown: new Map() };
    percentFormats.set(locale, percent);
  }
  const value = share.toDecimalPlaces(3).toString();
  let text = percent.shown.get(value);
  if (text === undefined) {
    text = percent.format.format(value as Intl.StringNumericLiteral);
    if (percent.shown.size >= 10_000) percent.shown.clear();
    percent.shown.set(value, text);
  }
  return text;
}
