/**
 * Reading the API's dates: one ISO 8601 reader for every module, shown or not. `parseApiDate`
 * reads a value as the elements show it (a calendar date when it is one, else an instant);
 * `instantOf` reads it as a moment, for time between two events; `scheduleTime` is a sort key.
 * Showing dates is `src/l10n/dates.ts`'s job. Pure: no DOM, no Intl.
 */

/** A day on the calendar, independent of any zone. `month` is 1–12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** An API date-time read for display: a calendar date as written, or an instant. */
export type ApiDate = { kind: 'date'; date: CalendarDate } | { kind: 'instant'; instant: Date };

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** The API's own form, with a seconds field and an explicit offset: the fast path of `instantOf`. */
const API_FORM = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,3})?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * Reads an API date-time. A value with no time, or whose time is exactly the start of its day
 * (00:00:00) or its last second (23:59:59, any fraction), is the calendar date it names. Other
 * times are instants; a time without an offset is UTC, as the SP-API sends UTC. `undefined`
 * when the text is not an ISO 8601 date.
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
  const lastSecond = Number(h) === 23 && Number(mi) === 59 && Number(s ?? 0) === 59;
  if (midnight || lastSecond) return { kind: 'date', date };
  const zone = offset === undefined || offset.toUpperCase() === 'Z' ? 'Z' : withColon(offset);
  const instant = new Date(
    `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${fraction ? `.${fraction.slice(0, 3)}` : ''}${zone}`,
  );
  return Number.isNaN(instant.getTime()) ? undefined : { kind: 'instant', instant };
}

/**
 * An API date-time as milliseconds since the epoch, read strictly as ISO 8601 (a date alone is
 * its UTC midnight; no offset means UTC, as the SP-API sends). `undefined` for anything else.
 */
export function instantOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // What the API sends (`2024-06-01T10:00:00Z`, `…T10:00:00.000+05:30`) is read by one test and
  // Date.parse, which reads that form exactly: lists sort on it by the ten thousand. Date.parse
  // rolls 30 February over to March, so a day past the 28th is checked against its month.
  if (API_FORM.test(value)) {
    const day = Number(value.slice(8, 10));
    const month = Number(value.slice(5, 7));
    if (day > 28 && !isRealDate({ year: Number(value.slice(0, 4)), month, day })) return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  const match = ISO.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  if (!isRealDate({ year: Number(y), month: Number(mo), day: Number(d) })) return undefined;
  // Built by hand: without an offset Date.parse would read local time, not the API's UTC.
  const zone = offset === undefined || offset.toUpperCase() === 'Z' ? 'Z' : withColon(offset);
  const time = `${h ?? '00'}:${mi ?? '00'}:${s ?? '00'}${fraction ? `.${fraction.slice(0, 3)}` : ''}`;
  const ms = new Date(`${y}-${mo}-${d}T${time}${zone}`).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

/** A sort key: the scheduled moment in ms (a calendar date at UTC midnight); `undefined` if none. */
export function scheduleTime(value: string | undefined): number | undefined {
  const date = parseApiDate(value);
  if (!date) return undefined;
  return date.kind === 'date' ? utcMidnight(date.date).getTime() : date.instant.getTime();
}

export function utcMidnight({ year, month, day }: CalendarDate): Date {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; set the year separately to keep it as written.
  date.setUTCFullYear(year);
  return date;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether the date exists on the (proleptic Gregorian) calendar: no 30 February. */
function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** `2026-11-18` for a calendar date. */
export function isoDate({ year, month, day }: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function withColon(offset: string): string {
  const digits = offset.slice(1).replace(':', '');
  return `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}
