import type { Decimal } from './decimal.js';
import type { Money } from './money.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  locale: string,
  currency: string,
  signDisplay: Intl.NumberFormatOptions['signDisplay'],
) {
  const key = `${locale}|${currency}|${signDisplay}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay });
    formatters.set(key, nf);
  }
  return nf;
}

export interface FormatMoneyOptions {
  /** `auto` (default) shows a minus on negatives; `exceptZero` also shows a plus on gains. */
  signDisplay?: 'auto' | 'exceptZero' | 'always' | 'never';
}

/**
 * Formats exactly: the decimal string goes to `Intl.NumberFormat` as a string, which formats it
 * as an exact decimal (never through a double), with the currency's own minor digits (JPY none,
 * USD two, BHD three) and the locale's grouping (en-IN lakh). A currency code Intl does not
 * know still formats: the plain number and the code.
 */
export function formatMoney(
  money: Money,
  locale: string,
  options: FormatMoneyOptions = {},
): string {
  const signDisplay = options.signDisplay ?? 'auto';
  const text = money.amount.toString() as Intl.StringNumericLiteral;
  try {
    return formatter(locale, money.currency, signDisplay).format(text);
  } catch {
    const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 20, signDisplay });
    return `${plain.format(text)} ${money.currency}`;
  }
}

const plainFormatters = new Map<string, Intl.NumberFormat>();

/**
 * An exact amount with no currency, as a plain number in the locale's digits and grouping,
 * every digit kept (no currency says how many minor digits to show).
 */
export function formatBareAmount(amount: Decimal, locale: string): string {
  let nf = plainFormatters.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    plainFormatters.set(locale, nf);
  }
  return nf.format(amount.toString() as Intl.StringNumericLiteral);
}

const minorDigits = new Map<string, number>();

/** The number of minor digits a currency uses (JPY 0, USD 2, KWD 3); 2 if unknown. */
export function currencyDigits(currency: string): number {
  // Remembered: building a NumberFormat per call made thousands of amounts take seconds.
  let digits = minorDigits.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    minorDigits.set(currency, digits);
  }
  return digits;
}

/** The exact amount as plain decimal text, for CSV and data attributes. */
export function moneyToPlainString(money: Money): string {
  return money.amount.toString();
}
