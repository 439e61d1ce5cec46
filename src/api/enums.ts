/**
 * Enum values in words. Known values get a written label; anything else is humanized, never
 * dropped: `IN_TRANSIT` → "In transit", `Standard Orders` → "Standard Orders".
 */

/** Abbreviations that stay upper-case when a code is put into words. */
const ACRONYMS = new Set([
  'ACH',
  'AWD',
  'BACS',
  'COD',
  'EPR',
  'EU',
  'FBA',
  'FBM',
  'GST',
  'ID',
  'MCF',
  'NEFT',
  'SEPA',
  'TCS',
  'TDS',
  'UK',
  'US',
  'VAT',
]);

/**
 * `SOME_CODE` → "Some code", keeping abbreviations (`FBA_STORAGE_FEE` → "FBA storage fee");
 * free-form text ("FBA fees") is kept as it is.
 */
export function humanize(value: string | null | undefined): string {
  if (value == null) return '';
  const trimmed = String(value).trim();
  if (trimmed === '') return '';
  if (
    !/^[A-Z0-9]+(?:[_-][A-Z0-9]+)*$/.test(trimmed) ||
    (!/[_-]/.test(trimmed) && trimmed.length <= 3)
  ) {
    return trimmed;
  }
  const words = trimmed
    .split(/[_-]+/)
    .map((word, i) =>
      ACRONYMS.has(word)
        ? word
        : i === 0
          ? word.charAt(0) + word.slice(1).toLowerCase()
          : word.toLowerCase(),
    );
  return words.join(' ');
}

const CODE = /^[A-Z0-9]+(?:_[A-Z0-9]+)*$/;

/**
 * A code from a code or a label, for matching drifted values: "Standard Orders" →
 * `STANDARD_ORDERS`, `ACCOUNT_LEVEL_RESERVE` stays as given (see `canonicalBalanceType`).
 */
export function toCode(value: string | null | undefined): string {
  if (value == null) return '';
  // Most values arrive as codes already: nothing to rewrite.
  if (CODE.test(value)) return value;
  return String(value)
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
