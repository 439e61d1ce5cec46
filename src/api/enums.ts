/**
 * Enum values in words. Known values get a written label; anything else is humanized, never
 * dropped: `IN_TRANSIT` → "In transit", `Standard Orders` → "Standard Orders".
 */

/** `SOME_CODE` → "Some code"; free-form text ("FBA fees") is kept as it is. */
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
  const words = trimmed.toLowerCase().split(/[_-]+/);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A code from a code or a label, for matching drifted values: "Standard Orders" →
 * `STANDARD_ORDERS`, `ACCOUNT_LEVEL_RESERVE` stays as given (see `canonicalBalanceType`).
 */
export function toCode(value: string | null | undefined): string {
  if (value == null) return '';
  return String(value)
    .trim()
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}
