/**
 * Balances per account and currency: TOTAL = AVAILABLE + RESERVED, RESERVED = DEFERRED +
 * ACCOUNT_LEVEL_RESERVES, DEFERRED broken down by deferral reason. Some accounts answer in the
 * nested form (TOTAL holding the others, as in Amazon's sandbox), the rest in the flat form.
 */
import type { BalancesQuery } from '../../api/operations.js';
import { toCode } from '../../api/enums.js';
import type { Balance, Breakdown, Currency, PartnerMetadata } from '../../api/wire.js';
import { Decimal } from '../../money/decimal.js';
import type { SandboxBook } from './book.js';
import { checkMarketplaceIds, parseInstant, SandboxInputError } from './input.js';
import { pageOf, type SandboxPage } from './paging.js';
import { amountIn, BIG_AMOUNT, decimalText, isoInstant, type SandboxAccount } from './seller.js';

export const BALANCE_TYPES = [
  'TOTAL',
  'AVAILABLE',
  'RESERVED',
  'DEFERRED',
  'ACCOUNT_LEVEL_RESERVES',
] as const;
type BalanceTypeCode = (typeof BALANCE_TYPES)[number];

function requestedTypes(values: readonly string[] | undefined): Set<BalanceTypeCode> {
  if (!values?.length) return new Set(BALANCE_TYPES);
  const types = new Set<BalanceTypeCode>();
  for (const value of values) {
    const code =
      toCode(value) === 'ACCOUNT_LEVEL_RESERVE' ? 'ACCOUNT_LEVEL_RESERVES' : toCode(value);
    if (!(BALANCE_TYPES as readonly string[]).includes(code)) {
      throw new SandboxInputError('balanceType', `Invalid balanceType: ${value}`);
    }
    types.add(code as BalanceTypeCode);
  }
  return types;
}

interface Holding {
  account: SandboxAccount;
  currency: string;
}

function amounts(book: SandboxBook, { account, currency }: Holding, asOfDate: string | undefined) {
  const rng = book.rng('balance', account.key, currency, asOfDate ?? 'current');
  // A second currency holds a fraction of the account's money.
  const weekly = account.weeklyGrossUsd * (currency === account.currency ? 1 : 0.15);
  const expense = account.profile === 'expense';
  let available = expense
    ? amountIn(-weekly * rng.float(0.05, 0.4), currency)
    : amountIn(weekly * rng.float(0.3, 1.6), currency);
  if (book.variant.bigAmounts && account.key === 'US:STANDARD_ORDERS') {
    available = new Decimal(BIG_AMOUNT);
  }
  const deferred = expense ? new Decimal(0) : amountIn(weekly * rng.float(0.1, 0.5), currency);
  const invoiceShare = new Decimal(
    Math.round(
      (account.accountType === 'INVOICED_ORDERS' ? rng.float(0.7, 1) : rng.float(0, 0.2)) * 10_000,
    ),
  ).dividedBy(10_000);
  const invoiceTerms = new Decimal(decimalText(deferred.times(invoiceShare), currency));
  const reserves =
    account.reserve === 'held'
      ? amountIn(weekly * rng.float(0.05, 0.2), currency)
      : account.reserve === 'negative'
        ? amountIn(-weekly * rng.float(0.02, 0.1), currency)
        : new Decimal(0);
  const reserved = deferred.plus(reserves);
  return {
    TOTAL: available.plus(reserved),
    AVAILABLE: available,
    RESERVED: reserved,
    DEFERRED: deferred,
    ACCOUNT_LEVEL_RESERVES: reserves,
    deferredBreakdown: deferred.isZero()
      ? []
      : [
          { type: 'DELIVERY_DATE_POLICY', amount: deferred.minus(invoiceTerms) },
          { type: 'BUSINESS_INVOICE_TERMS', amount: invoiceTerms },
        ].filter((line) => !line.amount.isZero()),
    lastUpdatedMs: book.nowMs - rng.int(5, 240) * 60_000,
  };
}

function balancesOf(
  book: SandboxBook,
  holding: Holding,
  types: Set<BalanceTypeCode>,
  asOfDate: string | undefined,
): Balance[] {
  const values = amounts(book, holding, asOfDate);
  const currency = holding.currency;
  const money = (amount: Decimal): Currency => ({
    currencyAmount: decimalText(amount, currency),
    currencyCode: currency,
  });
  const partnerMetadata: PartnerMetadata = {
    partnerId: book.partnerId,
    accountType: holding.account.accountType,
    marketplaceId: holding.account.marketplaceId,
  };
  const dated = asOfDate ? { asOfDate } : { lastUpdatedTime: isoInstant(values.lastUpdatedMs) };
  const bare = (type: BalanceTypeCode): Balance => {
    const balance: Balance = { balanceType: type, amount: money(values[type]) };
    if (type === 'DEFERRED' && values.deferredBreakdown.length > 0) {
      balance.breakdowns = values.deferredBreakdown.map((line): Breakdown => ({
        breakdownType: line.type,
        breakdownAmount: money(line.amount),
        breakdowns: null,
      }));
    }
    return balance;
  };
  if (holding.account.balanceLayout === 'nested' && types.has('TOTAL')) {
    return [
      {
        partnerMetadata,
        ...bare('TOTAL'),
        ...dated,
        balances: [
          bare('AVAILABLE'),
          { ...bare('RESERVED'), balances: [bare('DEFERRED'), bare('ACCOUNT_LEVEL_RESERVES')] },
        ],
      },
    ];
  }
  return BALANCE_TYPES.filter((type) => types.has(type)).map((type) => ({
    partnerMetadata,
    ...bare(type),
    ...dated,
  }));
}

/** The balances a query asks for: one page of accounts (in each currency they hold). */
export function listBalances(
  book: SandboxBook,
  query: BalancesQuery,
  pageSize: number,
): SandboxPage<Balance> {
  if (query.marketplaceId) checkMarketplaceIds('marketplaceId', [query.marketplaceId]);
  const types = requestedTypes(query.balanceType);
  parseInstant('asOfDate', query.asOfDate);
  const asOfDate = query.asOfDate || undefined;
  const accountType = query.accountType ? toCode(query.accountType) : undefined;
  const holdings: Holding[] = [];
  for (const account of book.accounts) {
    if (query.marketplaceId && account.marketplaceId !== query.marketplaceId) continue;
    if (accountType && toCode(account.accountType) !== accountType) continue;
    holdings.push({ account, currency: account.currency });
    if (book.variant.multiCurrency && account.key === 'DE:STANDARD_ORDERS') {
      holdings.push({ account, currency: 'USD' }, { account, currency: 'GBP' });
    }
  }
  const page = pageOf('listBalances', holdings, query.nextToken, { pageSize });
  return {
    items: page.items.flatMap((holding) => balancesOf(book, holding, types, asOfDate)),
    nextToken: page.nextToken,
  };
}
