/**
 * The one place that shows the API's dates, for every element (reading them is
 * `src/api/api-dates.ts`, shared with the normalisers). Pure (Intl only, no DOM). The rule
 * (README, "Dates and time zones"):
 *
 * - A date-only value (`2025-01-12`) is a calendar date and shows as written, in every zone.
 *   So does a date-time at the very start or end of its day (`2026-11-18T00:00:00Z`,
 *   `2026-01-31T23:59:59Z`): the API sends calendar dates and period bounds that way, and read
 *   as instants they would show as the day before (or after) west (or east) of the offset.
 * - Any other time is an instant. It shows in the element's zone: the marketplace's own, as
 *   Seller Central shows it, or the host's `time-zone`. The zone is named whenever the day
 *   there differs from the UTC day the API wrote, the case where two readers could disagree,
 *   and always when a time of day is shown on its own terms (`formatDateTime`).
 * - An exclusive end bound ("before, but not on": `createdBefore`) shows as the last included
 *   day (`lastIncludedDay`).
 */
import {
  isoDate,
  parseApiDate,
  utcMidnight,
  type ApiDate,
  type CalendarDate,
} from '../api/api-dates.js';
import type { PeriodModel } from '../api/model.js';
import { str, wordsFor, type Words } from './runtime.js';
import { dateTimeFormat, relativeTimeFormat } from './intl-cache.js';

// Reading the API's dates lives with the API (src/api/api-dates.ts), so its normalisers sort by
// the same rule; everything that shows a date is here.
export { parseApiDate, scheduleTime, type ApiDate, type CalendarDate } from '../api/api-dates.js';

/** Where and when the display is computed. */
export interface DateContext {
  locale: string;
  /** The current time; "today" is its calendar date in `timeZone`. */
  now?: Date;
  /** IANA zone (valid: see `resolveTimeZone`); the browser's own when absent. */
  timeZone?: string;
  /** The words for "From …" and "Until …": the element's (default: the locale's, no host words). */
  words?: Words;
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

/** The calendar date of an instant in a zone (the browser's own when absent). */
export function calendarDateIn(instant: Date, timeZone?: string): CalendarDate {
  const parts = dateTimeFormat('en-US', {
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
  const today = calendarDateIn(context.now ?? new Date(), context.timeZone);
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
    text: dateTimeFormat(context.locale, {
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
 * A period as a date range ("8–22 Mar 2024"), one date when both ends fall on the same day.
 * Ends are read as `parseApiDate` reads them; when an end is an instant whose local day differs
 * from its UTC day, both ends are shown with their time and zone so the range cannot be
 * misread. A missing end gives "From …" or "Until …"; text that is not a date is shown as sent.
 * With `exclusiveEnd`, the end is a "before, but not on" bound, shown as its last included day.
 * With `exclusiveEnd: 'timestamps'` only an end with a time is exclusive (the reference
 * summary's `periodEnd` date-time), while a date alone is inclusive (the published model's).
 */
export function formatPeriod(
  startDate: string | undefined,
  endDate: string | undefined,
  context: DateContext,
  { exclusiveEnd = false }: { exclusiveEnd?: boolean | 'timestamps' } = {},
): string | undefined {
  const words = context.words ?? wordsFor(context.locale);
  const start = parseApiDate(startDate);
  const end =
    exclusiveEnd === 'timestamps'
      ? lastIncludedDayOfEnd(endDate)
      : exclusiveEnd
        ? lastIncludedDay(parseApiDate(endDate))
        : parseApiDate(endDate);
  const one = (value: string | undefined, date: ApiDate | undefined) =>
    date ? formatApiDate(date, context) : value;
  if (startDate !== undefined && endDate !== undefined) {
    const zone = context.timeZone;
    if (start && end && !isAmbiguous(start, zone) && !isAmbiguous(end, zone)) {
      const from = utcMidnight(sellerDate(start, zone));
      const to = utcMidnight(sellerDate(end, zone));
      if (from <= to) return dayFormat(context.locale, 'UTC').formatRange(from, to);
    }
    const a = one(startDate, start);
    const b = one(endDate, end);
    return a === b ? a : `${a} – ${b}`;
  }
  if (startDate !== undefined) {
    const from = one(startDate, start);
    return words.msg(str`From ${from}`, { id: 'period.from' });
  }
  if (endDate !== undefined) {
    const until = one(endDate, end);
    return words.msg(str`Until ${until}`, { id: 'period.until' });
  }
  return undefined;
}

/** A payout's period (`formatPeriod` of its ends). */
export function describePeriod(
  period: PeriodModel | undefined,
  context: DateContext,
): string | undefined {
  return period && formatPeriod(period.startDate, period.endDate, context);
}

/**
 * A day as the reader should see it: a calendar date as written; an instant as its day in the
 * zone, or, when that day differs from the UTC day, its day, time and zone. Text that is not a
 * date is returned as sent.
 */
export function formatDay(value: string, context: DateContext): string {
  const date = parseApiDate(value);
  return date ? formatApiDate(date, context) : value;
}

/**
 * The calendar date written at the start of a date or date-time (`2025-01-12T10:30:00+09:00`
 * → `2025-01-12`), for values that are dates by definition, such as `asOfDate`: they show as
 * written, whatever the time after them. `undefined` when no real date is written.
 */
export function writtenDate(value: string | undefined): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(value?.trim() ?? '');
  return match && parseApiDate(match[1]) ? match[1] : undefined;
}

/** An exclusive end bound ("before, but not on") as the last day it includes. */
export function formatLastIncludedDay(value: string, context: DateContext): string {
  const date = lastIncludedDay(parseApiDate(value));
  return date ? formatApiDate(date, context) : value;
}

/**
 * A moment with its time of day and zone named ("Jun 1, 2024, 6:00 AM UTC"); a calendar date
 * alone as that day. `undefined` for text that is not a date.
 */
export function formatDateTime(value: string, context: DateContext): string | undefined {
  const date = parseApiDate(value);
  if (!date) return undefined;
  if (date.kind === 'date') return formatCalendarDate(date.date, context.locale, DAY_FIELDS);
  return zonedDayTime(date.instant, context);
}

/** For `<time datetime>`: `2026-11-18` for a calendar date, an ISO instant otherwise. */
export function machineDate(value: string | undefined): string | undefined {
  const date = parseApiDate(value);
  if (!date) return undefined;
  return date.kind === 'date' ? isoDate(date.date) : date.instant.toISOString();
}

/**
 * An end that is exclusive when it has a time and inclusive when it is a date alone: a date
 * shows as written; midnight (`2026-02-01T00:00:00Z`) shows as the day before; the last second
 * of a day (`2026-01-31T23:59:59-08:00`) as that day; any other time as the moment before it,
 * in the zone. `undefined` for text that is not a date.
 */
export function lastIncludedDayOfEnd(value: string | undefined): ApiDate | undefined {
  const date = parseApiDate(value);
  if (!date || value === undefined) return date;
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(value);
  if (!time) return date;
  const lastSecond = time[1] === '23' && time[2] === '59' && (time[3] ?? '00') === '59';
  return date.kind === 'date' && lastSecond ? date : lastIncludedDay(date);
}

/**
 * The last day an exclusive end bound ("before, but not on") includes: the day before a
 * calendar date, the moment before an instant.
 */
export function lastIncludedDay(date: ApiDate | undefined): ApiDate | undefined {
  if (!date) return undefined;
  if (date.kind === 'instant')
    return { kind: 'instant', instant: new Date(date.instant.getTime() - 1) };
  const previous = utcMidnight(date.date);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return {
    kind: 'date',
    date: {
      year: previous.getUTCFullYear(),
      month: previous.getUTCMonth() + 1,
      day: previous.getUTCDate(),
    },
  };
}

/**
 * The zone an element shows instants in: the host's `time-zone` when it is a zone Intl knows
 * (`local` is the viewer's own),
 * else the marketplace's own (when the element's marketplaces share one), else UTC, the zone
 * the API writes in. Never throws: an unknown zone name falls through to the next choice.
 */
export function resolveTimeZone(
  override: string | null | undefined,
  marketplaceIds: readonly (string | undefined)[] = [],
): string {
  const own = override?.trim();
  if (own?.toLowerCase() === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (own && isTimeZone(own)) return own;
  const zones = new Set(marketplaceIds.map(marketplaceTimeZone));
  const [only] = zones;
  return zones.size === 1 && only !== undefined ? only : 'UTC';
}

/** Whether Intl knows `zone` (`UTC`, `America/Los_Angeles`). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone Seller Central shows each marketplace's dates in (Amazon's "local marketplace
 * date"): the North American stores in Pacific time, the others in their country's zone.
 */
const MARKETPLACE_ZONES: Readonly<Record<string, string>> = {
  ATVPDKIKX0DER: 'America/Los_Angeles',
  A2EUQ1WTGCTBG2: 'America/Los_Angeles',
  A1AM78C64UM0Y8: 'America/Mexico_City',
  A2Q3Y263D00KWC: 'America/Sao_Paulo',
  A1F83G8C2ARO7P: 'Europe/London',
  A1PA6795UKMFR9: 'Europe/Berlin',
  A13V1IB3VIYZZH: 'Europe/Paris',
  APJ6JRA9NG5V4: 'Europe/Rome',
  A1RKKUPIHCS9HS: 'Europe/Madrid',
  A1805IZSGTT6HS: 'Europe/Amsterdam',
  A2NODRKZP88ZB9: 'Europe/Stockholm',
  A1C3SOZRARQ6R3: 'Europe/Warsaw',
  AMEN7PMS3EDWL: 'Europe/Brussels',
  A33AVAJ2PDY3EV: 'Europe/Istanbul',
  ARBP9OOSHTCHU: 'Africa/Cairo',
  A17E79C6D8DWNP: 'Asia/Riyadh',
  A2VIGQ35RCS4UG: 'Asia/Dubai',
  A21TJRUUN4KGV: 'Asia/Kolkata',
  A1VC38T7YXB528: 'Asia/Tokyo',
  A39IBJ37TRP1C6: 'Australia/Sydney',
  A19VAU5U5O7RUS: 'Asia/Singapore',
  AE08WJ6YKNBMC: 'Africa/Johannesburg',
  A28R8C7NBKEWEA: 'Europe/Dublin',
};

/** A marketplace's own zone; `undefined` for a marketplace we do not know. */
export function marketplaceTimeZone(marketplaceId: string | undefined): string | undefined {
  return marketplaceId === undefined ? undefined : MARKETPLACE_ZONES[marketplaceId];
}

const DAY_FIELDS = { year: 'numeric', month: 'short', day: 'numeric' } as const;

/** One parsed date for reading: the day, with time and zone when the day is in doubt. */
function formatApiDate(date: ApiDate, context: DateContext): string {
  if (date.kind === 'instant' && isAmbiguous(date, context.timeZone)) {
    return zonedDayTime(date.instant, context);
  }
  return formatCalendarDate(sellerDate(date, context.timeZone), context.locale, DAY_FIELDS);
}

/** An instant's day, time and zone name in the context's zone: "May 31, 2024, 5:30 PM PDT". */
function zonedDayTime(instant: Date, { locale, timeZone }: DateContext): string {
  return dateTimeFormat(locale, {
    ...DAY_FIELDS,
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(instant);
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  let format = dayFormats.get(key);
  if (!format)
    dayFormats.set(key, (format = new Intl.DateTimeFormat(locale, { ...DAY_FIELDS, timeZone })));
  return format;
}

/**
 * "today", "tomorrow", "in 3 days"; a date further away is counted in weeks, then calendar
 * months, then years ("in 3 weeks", "2 years ago"), as nobody counts 970 days.
 */
export function relativePhrase(today: CalendarDate, day: CalendarDate, locale: string): string {
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
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

function formatCalendarDate(
  date: CalendarDate,
  locale: string,
  fields: Intl.DateTimeFormatOptions,
): string {
  const format =
    fields === DAY_FIELDS
      ? dayFormat(locale, 'UTC')
      : dateTimeFormat(locale, { ...fields, timeZone: 'UTC' });
  return format.format(utcMidnight(date));
}

function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}
