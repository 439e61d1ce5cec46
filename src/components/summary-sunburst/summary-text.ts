/** Shares in words, for the sunburst. Pure. Dates are `src/l10n/dates.ts`'s. */
import type { Decimal } from '../../money/decimal.js';

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
