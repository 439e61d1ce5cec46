/**
 * Words for the API's enum values that more than one element shows: account types and payment
 * methods, in the language of the element rendering. Values we do not know are humanized
 * (`NEW_TYPE` → "New type"), never dropped. Pure (no DOM).
 */
import { humanize, toCode } from '../api/enums.js';
import { msg, readingEnglish } from './runtime.js';

/** Account type codes, as the Balances reference lists them per marketplace. */
const ACCOUNT_TYPES: Readonly<Record<string, () => string>> = {
  STANDARD_ORDERS: () => msg('Standard orders', { id: 'account-type.STANDARD_ORDERS' }),
  INVOICED_ORDERS: () => msg('Invoiced orders', { id: 'account-type.INVOICED_ORDERS' }),
  EXPENSE: () => msg('Expense', { id: 'account-type.EXPENSE' }),
  SELLER_WALLET: () => msg('Seller wallet', { id: 'account-type.SELLER_WALLET' }),
  ALCOHOL: () => msg('Alcohol', { id: 'account-type.ALCOHOL' }),
  REVENUE: () => msg('Revenue', { id: 'account-type.REVENUE' }),
  COD_FEES: () => msg('Cash on delivery fees', { id: 'account-type.COD_FEES' }),
  ELECTRONIC_TRANSACTIONS: () =>
    msg('Electronic transactions', { id: 'account-type.ELECTRONIC_TRANSACTIONS' }),
  EXPORT_TRANSACTIONS: () => msg('Export transactions', { id: 'account-type.EXPORT_TRANSACTIONS' }),
  AMAZON_PAY_FEES: () => msg('Amazon Pay fees', { id: 'account-type.AMAZON_PAY_FEES' }),
  AMAZON_PAY_TRANSACTIONS: () =>
    msg('Amazon Pay transactions', { id: 'account-type.AMAZON_PAY_TRANSACTIONS' }),
  VISA_CREDIT: () => msg('Visa credit', { id: 'account-type.VISA_CREDIT' }),
  VISA_DEBIT: () => msg('Visa debit', { id: 'account-type.VISA_DEBIT' }),
  MASTERCARD_CREDIT: () => msg('Mastercard credit', { id: 'account-type.MASTERCARD_CREDIT' }),
  MASTERCARD_DEBIT: () => msg('Mastercard debit', { id: 'account-type.MASTERCARD_DEBIT' }),
  AMEX: () => msg('American Express', { id: 'account-type.AMEX' }),
  ELO: () => msg('Elo', { id: 'account-type.ELO' }),
  DINERS_CLUB: () => msg('Diners Club', { id: 'account-type.DINERS_CLUB' }),
  BOLETO: () => msg('Boleto', { id: 'account-type.BOLETO' }),
};

/**
 * An account type in words. A code (`STANDARD_ORDERS`) reads "Standard orders" in the element's
 * language; a label the API sent ("Standard Orders") is kept as sent in English and translated
 * otherwise; anything else is humanized. `undefined` for nothing.
 */
export function accountTypeWords(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const code = toCode(raw);
  const words = ACCOUNT_TYPES[code];
  if (!words) return humanize(raw);
  if (raw.trim() !== code && readingEnglish()) return raw.trim();
  return words();
}

const PAYMENT_METHODS: Readonly<Record<string, () => string>> = {
  BANK_ACCOUNT: () => msg('Bank account', { id: 'payment-method.BANK_ACCOUNT' }),
  DEBIT_CARD: () => msg('Debit card', { id: 'payment-method.DEBIT_CARD' }),
};

/** A payment method in words ("Bank account"); unknown methods humanized. */
export function paymentMethodWords(method: string | undefined): string | undefined {
  if (method === undefined || method.trim() === '') return undefined;
  return PAYMENT_METHODS[toCode(method)]?.() ?? humanize(method);
}

/** A list in the element's language: "A, B and C" (`conjunction`), "A, B, C" (`unit`). */
export function listWords(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  try {
    return new Intl.ListFormat(locale, { type, style: 'long' }).format(items);
  } catch {
    return items.join(', ');
  }
}
