import { Decimal, readDecimal } from './decimal.js';

/** An exact amount in one currency. */
export interface Money {
  readonly amount: Decimal;
  /** ISO 4217 code, upper-case. */
  readonly currency: string;
}

/** Thrown when amounts in different currencies would be added: a total across them is meaningless. */
export class CurrencyMismatchError extends Error {
  override readonly name = 'CurrencyMismatchError';
  constructor(readonly currencies: readonly string[]) {
    super(`Cannot add amounts in different currencies (${currencies.join(', ')})`);
  }
}

/**
 * An amount no money can be (Infinity, `1e400`, thousands of digits; see `AMOUNT_LIMITS`). It is
 * kept apart from `Money` on purpose: it has no `amount`, so nothing can add it into a total or
 * format it as "$∞"; elements show it as "Invalid amount" with its text, and a total that would
 * include it is not computed.
 */
export interface InvalidAmount {
  /** The text as sent, cut to 40 characters. */
  readonly raw: string;
  readonly currency?: string;
}

/** What an amount field held: valid money, an invalid amount, or (both absent) nothing. */
export interface MoneyReading {
  readonly money?: Money;
  readonly invalid?: InvalidAmount;
  /**
   * An exact amount that came without a currency (both fields of `Currency` are optional):
   * shown as a plain number, marked "currency not given", never dropped and never summed.
   */
  readonly bare?: Decimal;
}

/**
 * Reads the wire's `Currency` object (`{currencyAmount, currencyCode}`), or a bare amount plus a
 * currency to assume (the published model's breakdown `amount`). Neither is set when the amount
 * or the currency is missing or unreadable; `invalid` is set when the amount is there but is no
 * money (checked on its text before decimal.js sees it).
 */
export function readMoney(value: unknown, fallbackCurrency?: string): MoneyReading {
  if (value == null) return {};
  const wire =
    typeof value === 'object' && !(value instanceof Decimal)
      ? (value as { currencyAmount?: unknown; currencyCode?: unknown })
      : { currencyAmount: value, currencyCode: undefined };
  const currency = normaliseCurrency(wire.currencyCode) ?? normaliseCurrency(fallbackCurrency);
  const amount = readDecimal(wire.currencyAmount);
  if (amount.kind === 'invalid') {
    return { invalid: currency ? { raw: amount.raw, currency } : { raw: amount.raw } };
  }
  if (amount.kind !== 'decimal') return {};
  return currency ? { money: { amount: amount.value, currency } } : { bare: amount.value };
}

/**
 * Money from the wire's `Currency` object or a bare amount (see `readMoney`); `undefined` when
 * the amount or the currency is missing, unreadable or invalid.
 */
export function moneyFrom(value: unknown, fallbackCurrency?: string): Money | undefined {
  return readMoney(value, fallbackCurrency).money;
}

function normaliseCurrency(code: unknown): string | undefined {
  if (typeof code !== 'string') return undefined;
  const trimmed = code.trim().toUpperCase();
  return trimmed === '' ? undefined : trimmed;
}

/** Adds amounts of one currency. Throws `CurrencyMismatchError` if the currencies differ. */
export function sumMoney(items: readonly Money[], currency?: string): Money {
  const currencies = new Set(items.map((m) => m.currency));
  if (currency) currencies.add(currency);
  if (currencies.size > 1) throw new CurrencyMismatchError([...currencies].sort());
  const only = currency ?? items[0]?.currency;
  if (!only) throw new Error('sumMoney needs at least one amount or a currency');
  return {
    currency: only,
    amount: items.reduce((acc, m) => acc.plus(m.amount), new Decimal(0)),
  };
}

/**
 * One total per currency, in the order each currency first appears. The only way to total
 * mixed-currency amounts: side by side, never added together.
 */
export function totalsByCurrency(items: Iterable<Money>): Money[] {
  const totals = new Map<string, Decimal>();
  for (const { currency, amount } of items) {
    totals.set(currency, (totals.get(currency) ?? new Decimal(0)).plus(amount));
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount }));
}

export function isNegative(money: Money): boolean {
  return money.amount.isNegative() && !money.amount.isZero();
}

export function absMoney(money: Money): Money {
  return { currency: money.currency, amount: money.amount.abs() };
}
