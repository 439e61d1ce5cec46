/**
 * When an expected payout is scheduled, in the seller's words, locale and time zone. Pure (Intl
 * only, no DOM).
 *
 * The API sends date-times, but a scheduled date is often a calendar date sent as midnight UTC
 * (`2026-11-18T00:00:00Z`). Read as an instant, that midnight is 17 Nov west of Greenwich, so
 * such a value is treated as the date it names and formatted in UTC: every seller sees 18 Nov.
 * Any other time is a real instant: it is shown as a local date and time, with the zone named
 * when the local date differs from the UTC date (the case where two readers could disagree).
 */
import type { PeriodModel } from '../../api/model.js';
import { msg, str } from '../../l10n/runtime.js';

/** A day on the calendar, independent of any zone. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** An API date-time read for display: a calendar date as written, or an instant. */
export type ApiDate = { kind: 'date'; date: CalendarDate } | { kind: 'instant'; instant: Date };

/** Where and when the display is computed. */
export interface DateContext {
  locale: string;
  /** The current time; "today" is its calendar date in `timeZone`. */
  now: Date;
  /** IANA zone; the browser's own when absent (the seller's zone). */
  timeZone?: string;
}

export interface ScheduleDisplay {
  /** For `<time datetime>`: `2026-11-18` for a calendar date, an ISO instant otherwise. */
  datetime: string;
  /** The date (and, for an instant, the time) in the seller's locale. */
  text: string;
  /** "tomorrow", "in 3 days", "2 days ago", from `Intl.RelativeTimeFormat`. */
  relative?: string;
  /** Calendar days from today (in the seller's zone) to the scheduled day. */
  days?: number;
  /** Whether the text names the time zone (a local date that differs from the UTC date). */
  zoneStated: boolean;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Reads an API date-time. A value with no time, or whose time is exactly midnight, is the
 * calendar date it names. Other times are instants; a time without an offset is UTC, as the
 * SP-API sends UTC. `undefined` when the text is not an ISO 8601 date.
 */
export function parseApiDate(value: string | undefined): ApiDate | undefined {
  if (value === undefined) return undefined;
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const date = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!isRealDate(date)) return undefined;
  const midnight =
    Number(h ?? 0) === 0 &&
    Number(mi ?? 0) === 0 &&
    Number(s ?? 0) === 0 &&
    Number(fraction ?? 0) === 0;
  if (midnight) return { kind: 'date', date };
  const zone = offset === undefined || offset.toUpperCase() === 'Z' ? 'Z' : withColon(offset);
  const instant = new Date(
    `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? `.${fraction.slice(0, 3)}` : ''}${zone}`,
  );
  return Number.isNaN(instant.getTime()) ? undefined : { kind: 'instant', instant };
}

/** The calendar date of an instant in a zone (the browser's own when absent). */
export function calendarDateIn(instant: Date, timeZone?: string): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * Whole calendar days from one date to another. Both are taken at UTC midnight, where every
 * day has 86 400 000 ms (no daylight-saving days), so the difference is exact.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMidnight(to).getTime() - utcMidnight(from).getTime()) / 86_400_000);
}

/** The day a value means to the seller: the written date, or the instant's local date. */
export function sellerDate(date: ApiDate, timeZone?: string): CalendarDate {
  return date.kind === 'date' ? date.date : calendarDateIn(date.instant, timeZone);
}

/** Whether an instant falls on a different day locally than in UTC. */
export function isAmbiguous(date: ApiDate, timeZone?: string): boolean {
  if (date.kind === 'date') return false;
  return !sameDate(calendarDateIn(date.instant, timeZone), calendarDateIn(date.instant, 'UTC'));
}

/**
 * A scheduled date for display, with a relative phrase counted in calendar days from today in
 * the seller's zone. Text that is not a date is shown as sent, with no phrase.
 */
export function describeSchedule(
  value: string | undefined,
  context: DateContext,
): ScheduleDisplay | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const date = parseApiDate(value);
  if (!date) return { datetime: '', text: value, zoneStated: false };
  const today = calendarDateIn(context.now, context.timeZone);
  const day = sellerDate(date, context.timeZone);
  const days = daysBetween(today, day);
  const relative = relativePhrase(today, day, context.locale);
  const dayFields = {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  } as const;
  if (date.kind === 'date') {
    return {
      datetime: isoDate(date.date),
      text: formatCalendarDate(date.date, context.locale, dayFields),
      relative,
      days,
      zoneStated: false,
    };
  }
  const zoneStated = isAmbiguous(date, context.timeZone);
  return {
    datetime: date.instant.toISOString(),
    text: new Intl.DateTimeFormat(context.locale, {
      ...dayFields,
      hour: 'numeric',
      minute: '2-digit',
      timeZone: context.timeZone,
      ...(zoneStated ? { timeZoneName: 'short' } : {}),
    }).format(date.instant),
    relative,
    days,
    zoneStated,
  };
}

/**
 * The period a payout covers, as a date range ("8–22 Mar 2024"). Ends are read like scheduled
 * dates; when an end is an instant whose local day differs from its UTC day, both ends are
 * shown with their time and zone so the range cannot be misread. A missing end gives "From …"
 * or "Until …"; text that is not a date is shown as sent.
 */
export function describePeriod(
  period: PeriodModel | undefined,
  context: DateContext,
): string | undefined {
  if (!period) return undefined;
  const { startDate, endDate } = period;
  const start = parseApiDate(startDate);
  const end = parseApiDate(endDate);
  const dayFields = { year: 'numeric', month: 'short', day: 'numeric' } as const;
  const one = (value: string | undefined, date: ApiDate | undefined) => {
    if (!date) return value;
    if (date.kind === 'instant' && isAmbiguous(date, context.timeZone)) {
      return new Intl.DateTimeFormat(context.locale, {
        ...dayFields,
        hour: 'numeric',
        minute: '2-digit',
        timeZone: context.timeZone,
        timeZoneName: 'short',
      }).format(date.instant);
    }
    return formatCalendarDate(sellerDate(date, context.timeZone), context.locale, dayFields);
  };
  if (startDate !== undefined && endDate !== undefined) {
    if (
      start &&
      end &&
      !isAmbiguous(start, context.timeZone) &&
      !isAmbiguous(end, context.timeZone)
    ) {
      return new Intl.DateTimeFormat(context.locale, { ...dayFields, timeZone: 'UTC' }).formatRange(
        utcMidnight(sellerDate(start, context.timeZone)),
        utcMidnight(sellerDate(end, context.timeZone)),
      );
    }
    return `${one(startDate, start)} – ${one(endDate, end)}`;
  }
  if (startDate !== undefined) {
    const from = one(startDate, start);
    return msg(str`From ${from}`, { id: 'period.from' });
  }
  if (endDate !== undefined) {
    const until = one(endDate, end);
    return msg(str`Until ${until}`, { id: 'period.until' });
  }
  return undefined;
}

/**
 * "today", "tomorrow", "in 3 days"; a date further away is counted in weeks, then calendar
 * months, then years ("in 3 weeks", "2 years ago"), as nobody counts 970 days.
 */
export function relativePhrase(today: CalendarDate, day: CalendarDate, locale: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const days = daysBetween(today, day);
  if (Math.abs(days) < 14) return format.format(days, 'day');
  if (Math.abs(days) < 60) return format.format(Math.trunc(days / 7), 'week');
  let months = (day.year - today.year) * 12 + (day.month - today.month);
  // A month is only complete once its day of the month is reached.
  if (months > 0 && day.day < today.day) months--;
  if (months < 0 && day.day > today.day) months++;
  if (Math.abs(months) < 12) return format.format(months, 'month');
  return format.format(Math.trunc(months / 12), 'year');
}

/** A sort key: the scheduled moment in ms (a calendar date at UTC midnight); `undefined` if none. */
export function scheduleTime(value: string | undefined): number | undefined {
  const date = parseApiDate(value);
  if (!date) return undefined;
  return date.kind === 'date' ? utcMidnight(date.date).getTime() : date.instant.getTime();
}

function formatCalendarDate(
  date: CalendarDate,
  locale: string,
  fields: Intl.DateTimeFormatOptions,
): string {
  return new Intl.DateTimeFormat(locale, { ...fields, timeZone: 'UTC' }).format(utcMidnight(date));
}

function utcMidnight({ year, month, day }: CalendarDate): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year separately to keep it as written.
  date.setUTCFullYear(year);
  return date;
}

function isRealDate(date: CalendarDate): boolean {
  const utc = utcMidnight(date);
  return (
    utc.getUTCFullYear() === date.year &&
    utc.getUTCMonth() === date.month - 1 &&
    utc.getUTCDate() === date.day
  );
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function isoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function withColon(offset: string): string {
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}
