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

/**
 * Parses an amount as the API sent it: the exact text (from lossless JSON parsing), a JS number
 * (from a host's own data source), or a Decimal. Anything else, including NaN, Infinity and
 * empty strings, is `undefined`: a missing amount shows as absent, never as NaN.
 */
export function parseDecimal(value: unknown): Decimal | undefined {
  if (value instanceof DecimalBase) return new Decimal(value);
  if (typeof value === 'number') {
    // String(n) is the shortest text that round-trips, i.e. the JSON text a double came from.
    return Number.isFinite(value) ? new Decimal(String(value)) : undefined;
  }
  if (typeof value === 'bigint') return new Decimal(value.toString());
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return DECIMAL_TEXT.test(trimmed) ? new Decimal(trimmed) : undefined;
  }
  return undefined;
}
