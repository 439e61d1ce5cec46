/**
 * The sandbox keeps every amount as an exact decimal string (`"9007199254740993.07"`). This
 * module turns those strings into what each side of the contract expects: raw JSON numbers on
 * the wire (so the HTTP client's lossless parser is really exercised), and `ApiDecimal`
 * (a number when a double holds it exactly, else the string) for the in-browser data source.
 */
import { Decimal } from '../../money/decimal.js';

/** JSON's number grammar: only text that matches is written raw. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Fields that carry amounts: `currencyAmount`, and the published model's bare breakdown `amount`. */
const AMOUNT_KEYS = new Set(['currencyAmount', 'amount']);

function isAmount(key: string | undefined, value: string): boolean {
  return key !== undefined && AMOUNT_KEYS.has(key) && JSON_NUMBER.test(value);
}

/**
 * `JSON.stringify`, except that decimal strings in amount fields are written as raw JSON
 * numbers, digit for digit: `{"currencyAmount":"1250.70"}` becomes `{"currencyAmount":1250.70}`.
 */
export function stringifyExact(value: unknown): string {
  return write(value, undefined) ?? 'null';
}

function write(value: unknown, key: string | undefined): string | undefined {
  if (typeof value === 'string') return isAmount(key, value) ? value : JSON.stringify(value);
  if (Array.isArray(value))
    return `[${value.map((item) => write(item, undefined) ?? 'null').join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members: string[] = [];
    for (const [name, member] of Object.entries(value)) {
      const text = write(member, name);
      if (text !== undefined) members.push(`${JSON.stringify(name)}:${text}`);
    }
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A deep copy in which amount strings become `ApiDecimal`s: a JS number when the number's
 * shortest text is the same value (`"1250.70"` → `1250.7`), else the exact string, as
 * `HttpDataSource`'s lossless parser delivers it.
 */
export function toApiDecimals<T>(value: T): T {
  return convert(value, undefined) as T;
}

function convert(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') return isAmount(key, value) ? apiDecimal(value) : value;
  if (Array.isArray(value)) return value.map((item) => convert(item, undefined));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [name, member] of Object.entries(value)) copy[name] = convert(member, name);
    return copy;
  }
  return value;
}

function apiDecimal(text: string): number | string {
  // A representability check, not arithmetic: the double is kept only if it is the same value.
  const double = Number(text);
  return Number.isFinite(double) && new Decimal(String(double)).equals(new Decimal(text))
    ? double
    : text;
}
