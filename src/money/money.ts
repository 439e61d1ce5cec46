import { Decimal, parseDecimal } from './decimal.js';

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
 * Money from the wire's `Currency` object (`{currencyAmount, currencyCode}`), or from a bare
 * amount plus a currency to assume (the published model's breakdown `amount`). `undefined` when
 * the amount or the currency is missing or unreadable.
 */
export function moneyFrom(value: unknown, fallbackCurrency?: string): Money | undefined {
  if (value == null) return undefined;
  if (typeof value === 'object' && !(value instanceof Decimal)) {
    const { currencyAmount, currencyCode } = value as {
      currencyAmount?: unknown;
      currencyCode?: unknown;
    };
    const amount = parseDecimal(currencyAmount);
    const currency = normaliseCurrency(currencyCode) ?? normaliseCurrency(fallbackCurrency);
    return amount && currency ? { amount, currency } : undefined;
  }
  const amount = parseDecimal(value);
  const currency = normaliseCurrency(fallbackCurrency);
  return amount && currency ? { amount, currency } : undefined;
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
