import DecimalDefault from 'decimal.js';
import type { Decimal as DecimalClass } from 'decimal.js';

// decimal.js ships one .d.ts for its CJS and ESM builds. Under `moduleResolution: nodenext`
// a host's compiler types the default import as the CJS namespace, so our public types name
// the class through decimal.js's named type export, which resolves the same in every mode.
const DecimalBase = DecimalDefault as unknown as typeof DecimalClass;

/**
 * The project's Decimal: plain (never exponential) string output and enough precision for any
 * amount the API can send, so `toString()` is always an exact decimal string that
 * `Intl.NumberFormat` can format without passing through a double.
 */
export const Decimal: typeof DecimalClass = DecimalBase.clone({
  precision: 200,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Decimal = DecimalClass;

const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE_TEXT = /^[+-]?(nan|inf|infinity)$/i;

/**
 * Bounds of what money can be. No currency has amounts beyond 10^30 or finer than 10^-30, and
 * none needs more than 40 significant digits. Beyond them decimal.js would still work, but its
 * plain string of `1e100000000` has a hundred million digits: formatting it froze the page for
 * half a minute, and `1e400` as a double is Infinity ("$∞"). Such text is judged on its
 * characters alone, before decimal.js does any work.
 */
export const AMOUNT_LIMITS = {
  maxTextLength: 64,
  maxSignificantDigits: 40,
  maxExponent: 30,
} as const;

/** How much of an invalid amount's text is kept to show and to log. */
const RAW_SHOWN = 40;

/** What an amount field held: a decimal, text no money can be (kept to show), or nothing. */
export type DecimalReading =
  | { readonly kind: 'decimal'; readonly value: Decimal }
  | { readonly kind: 'invalid'; readonly raw: string }
  | { readonly kind: 'absent' };

const ABSENT: DecimalReading = { kind: 'absent' };

/**
 * Reads an amount as the API sent it: the exact text (from lossless JSON parsing), a JS number
 * (from a host's own data source), or a Decimal. Non-finite values, and numbers outside
 * `AMOUNT_LIMITS`, are `invalid` with their text (cut to 40 characters); anything that is not a
 * number at all (empty text, `'abc'`, objects) is `absent`.
 */
export function readDecimal(value: unknown): DecimalReading {
  if (value instanceof DecimalBase) {
    const sane =
      value.isFinite() &&
      Math.abs(value.e) <= AMOUNT_LIMITS.maxExponent &&
      value.sd() <= AMOUNT_LIMITS.maxSignificantDigits;
    return sane
      ? { kind: 'decimal', value: new Decimal(value) }
      : invalid(value.isFinite() ? value.toExponential() : value.toString());
  }
  if (typeof value === 'number') {
    // String(n) is the shortest text that round-trips, i.e. the JSON text a double came from.
    return Number.isFinite(value) ? readText(String(value)) : invalid(String(value));
  }
  if (typeof value === 'bigint') return readText(value.toString());
  if (typeof value === 'string') return readText(value.trim());
  return ABSENT;
}

/**
 * Parses an amount (see `readDecimal`). Anything but a sane decimal, including NaN, Infinity,
 * `1e400` and empty strings, is `undefined`: a missing amount shows as absent, never as NaN.
 */
export function parseDecimal(value: unknown): Decimal | undefined {
  const reading = readDecimal(value);
  return reading.kind === 'decimal' ? reading.value : undefined;
}

/** Plain amounts as the API writes them ("-1234.56"): always within `AMOUNT_LIMITS`. */
const PLAIN_TEXT = /^[+-]?\d{1,30}(\.\d{1,10})?$/;

/**
 * The text to show for an amount no money can be, or `undefined` when it is fine or absent:
 * `readDecimal`'s verdict without making a Decimal, for walking a whole response. A plain
 * amount, the common case, is judged by one regular expression.
 */
export function invalidAmountText(value: unknown): string | undefined {
  if (typeof value === 'string' && PLAIN_TEXT.test(value)) return undefined;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const size = Math.abs(value);
    if (size === 0 || (size < 1e30 && size >= 1e-30)) return undefined;
  }
  const reading = readDecimal(value);
  return reading.kind === 'invalid' ? reading.raw : undefined;
}

function readText(text: string): DecimalReading {
  // The common case first: one regular expression, and it is within the limits by its form.
  if (PLAIN_TEXT.test(text)) return { kind: 'decimal', value: new Decimal(text) };
  if (text.length > AMOUNT_LIMITS.maxTextLength) return invalid(text);
  if (NON_FINITE_TEXT.test(text)) return invalid(text);
  if (!DECIMAL_TEXT.test(text)) return ABSENT;
  if (!withinLimits(text)) return invalid(text);
  return { kind: 'decimal', value: new Decimal(text) };
}

/** Whether well-formed decimal text (at most 64 characters) is within `AMOUNT_LIMITS`. */
function withinLimits(text: string): boolean {
  const [mantissa = '', exponentText = '0'] = text.replace(/^[+-]/, '').split(/[eE]/);
  const exponent = Number(exponentText);
  if (Math.abs(exponent) > AMOUNT_LIMITS.maxExponent) return false;
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return true;
  const significant = digits.replace(/0+$/, '').length;
  if (significant > AMOUNT_LIMITS.maxSignificantDigits) return false;
  // The power of ten of the leading digit: 1234.5 is 10^3, 0.00012 is 10^-4.
  const magnitude = exponent + whole.replace(/^0+/, '').length - 1 - leadingZeros(whole, fraction);
  return Math.abs(magnitude) <= AMOUNT_LIMITS.maxExponent;
}

function leadingZeros(whole: string, fraction: string): number {
  if (/[1-9]/.test(whole)) return 0;
  return fraction.length - fraction.replace(/^0+/, '').length;
}

function invalid(text: string): DecimalReading {
  const raw = text.length > RAW_SHOWN ? `${text.slice(0, RAW_SHOWN)}…` : text;
  return { kind: 'invalid', raw };
}
