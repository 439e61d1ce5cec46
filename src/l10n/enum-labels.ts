/**
 * Words for the API's enum values that more than one element shows: account types and payment
 * methods, in the `Words` of the element rendering. Values we do not know are humanized
 * (`NEW_TYPE` → "New type"), never dropped. Pure (no DOM).
 */
import { humanize, toCode } from '../api/enums.js';
import type { Words } from './runtime.js';
import { listFormat } from './intl-cache.js';

/** Account type codes, as the Balances reference lists them per marketplace. */
const ACCOUNT_TYPES: Readonly<Record<string, (words: Words) => string>> = {
  STANDARD_ORDERS: (words) => words.msg('Standard orders', { id: 'account-type.STANDARD_ORDERS' }),
  INVOICED_ORDERS: (words) => words.msg('Invoiced orders', { id: 'account-type.INVOICED_ORDERS' }),
  EXPENSE: (words) => words.msg('Expense', { id: 'account-type.EXPENSE' }),
  SELLER_WALLET: (words) => words.msg('Seller wallet', { id: 'account-type.SELLER_WALLET' }),
  ALCOHOL: (words) => words.msg('Alcohol', { id: 'account-type.ALCOHOL' }),
  REVENUE: (words) => words.msg('Revenue', { id: 'account-type.REVENUE' }),
  COD_FEES: (words) => words.msg('Cash on delivery fees', { id: 'account-type.COD_FEES' }),
  ELECTRONIC_TRANSACTIONS: (words) =>
    words.msg('Electronic transactions', { id: 'account-type.ELECTRONIC_TRANSACTIONS' }),
  EXPORT_TRANSACTIONS: (words) =>
    words.msg('Export transactions', { id: 'account-type.EXPORT_TRANSACTIONS' }),
  AMAZON_PAY_FEES: (words) => words.msg('Amazon Pay fees', { id: 'account-type.AMAZON_PAY_FEES' }),
  AMAZON_PAY_TRANSACTIONS: (words) =>
    words.msg('Amazon Pay transactions', { id: 'account-type.AMAZON_PAY_TRANSACTIONS' }),
  VISA_CREDIT: (words) => words.msg('Visa credit', { id: 'account-type.VISA_CREDIT' }),
  VISA_DEBIT: (words) => words.msg('Visa debit', { id: 'account-type.VISA_DEBIT' }),
  MASTERCARD_CREDIT: (words) =>
    words.msg('Mastercard credit', { id: 'account-type.MASTERCARD_CREDIT' }),
  MASTERCARD_DEBIT: (words) =>
    words.msg('Mastercard debit', { id: 'account-type.MASTERCARD_DEBIT' }),
  AMEX: (words) => words.msg('American Express', { id: 'account-type.AMEX' }),
  ELO: (words) => words.msg('Elo', { id: 'account-type.ELO' }),
  DINERS_CLUB: (words) => words.msg('Diners Club', { id: 'account-type.DINERS_CLUB' }),
  BOLETO: (words) => words.msg('Boleto', { id: 'account-type.BOLETO' }),
};

/**
 * An account type in words. A code (`STANDARD_ORDERS`) reads "Standard orders" in the element's
 * language; a label the API sent ("Standard Orders") is kept as sent in English and translated
 * otherwise; anything else is humanized. `undefined` for nothing.
 */
export function accountTypeWords(raw: string | undefined, words: Words): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const code = toCode(raw);
  const label = ACCOUNT_TYPES[code];
  if (!label) return humanize(raw);
  if (raw.trim() !== code && words.readingEnglish()) return raw.trim();
  return label(words);
}

const PAYMENT_METHODS: Readonly<Record<string, (words: Words) => string>> = {
  BANK_ACCOUNT: (words) => words.msg('Bank account', { id: 'payment-method.BANK_ACCOUNT' }),
  DEBIT_CARD: (words) => words.msg('Debit card', { id: 'payment-method.DEBIT_CARD' }),
};

/** A payment method in words ("Bank account"); unknown methods humanized. */
export function paymentMethodWords(method: string | undefined, words: Words): string | undefined {
  if (method === undefined || method.trim() === '') return undefined;
  return PAYMENT_METHODS[toCode(method)]?.(words) ?? humanize(method);
}

/** A list in the element's language: "A, B and C" (`conjunction`), "A, B, C" (`unit`). */
export function listWords(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'unit' = 'conjunction',
): string {
  try {
    return listFormat(locale, { type, style: 'long' }).format(items);
  } catch {
    return items.join(', ');
  }
}
