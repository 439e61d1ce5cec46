/**
 * The sandbox's fictional seller: which marketplaces and account types it sells in (the
 * reference's AccountType tables), how much each account turns over, how often it is paid, and
 * the state of its next payout. The shape is fixed so stories and tests can rely on it ("the UK
 * standard account's next payout is at risk"); the seed varies the numbers, dates and ids.
 */
import { MARKETPLACES } from '../../api/marketplaces.js';
import { currencyDigits } from '../../money/format.js';
import { Decimal } from '../../money/decimal.js';
import type { ExpectedPayoutStatus, PaymentMethod } from '../../api/wire.js';

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** A fixed `now`, for tests and stories that show the same dates on every run. */
export const DEFAULT_NOW = '2026-11-15T00:00:00Z';

/**
 * The `now` the sandbox's data is anchored to unless the host passes its own: the start of the
 * current UTC day, so an app's sandbox shows this week's payouts ("Expected on Mon", not a date
 * long past), and every element and reload on the same day sees the same data.
 */
export function startOfTodayUtc(clock: Date = new Date()): string {
  return new Date(
    Date.UTC(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate()),
  ).toISOString();
}
export const DEFAULT_SEED = 1;

/** The one amount no double can hold, for the `big-amounts` scenario. */
export const BIG_AMOUNT = '9007199254740993.07';

/** What the summary taxonomy of an account looks like. */
export type ActivityProfile = 'full' | 'seller' | 'expense';

export interface AccountPlan {
  country: 'US' | 'CA' | 'DE' | 'UK' | 'IN' | 'BR' | 'JP';
  accountType: string;
  /** Gross sales per week, in US dollars (converted to the marketplace's currency). */
  weeklyGrossUsd: number;
  /** Days between scheduled payouts; 0 for accounts that are never paid out. */
  cadenceDays: number;
  profile: ActivityProfile;
  paymentMethod: PaymentMethod;
  /** Payment rails by payment method, the first the usual one. */
  rails: readonly string[];
  balanceLayout: 'nested' | 'flat';
  /** The account-level reserve: none, money held back, or (as in Amazon's sandbox) negative. */
  reserve: 'none' | 'held' | 'negative';
  expected: {
    status: ExpectedPayoutStatus;
    /** Whether the expected payout shows the account tail (an AT_RISK instrument may not). */
    showTail: boolean;
    /**
     * Scheduled exactly at a midnight this many days after `now`'s UTC day (time-zone edge
     * cases): UTC midnight, or the local midnight of a zone `midnightUtcOffsetHours` ahead.
     */
    midnightInDays?: number;
    midnightUtcOffsetHours?: number;
  };
  /** Days before `now` of the latest payout; otherwise the seed picks it. */
  latestPayoutAgeDays?: number;
  /** The latest payout failed for this reason (its instrument is now invalid). */
  latestPayoutFailure?: string;
}

const BANK = 'BANK_ACCOUNT';
const CARD = 'DEBIT_CARD';
const SCHEDULED = { status: 'SCHEDULED', showTail: true } as const;

export const ACCOUNT_PLANS: readonly AccountPlan[] = [
  {
    country: 'US',
    accountType: 'STANDARD_ORDERS',
    weeklyGrossUsd: 18_000,
    cadenceDays: 14,
    profile: 'full',
    paymentMethod: BANK,
    rails: ['ACH'],
    balanceLayout: 'nested',
    reserve: 'held',
    expected: { status: 'SCHEDULED', showTail: true, midnightInDays: 3 },
    latestPayoutAgeDays: 0.25,
  },
  {
    country: 'US',
    accountType: 'INVOICED_ORDERS',
    weeklyGrossUsd: 6_000,
    cadenceDays: 30,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['ACH', 'WIRE'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'US',
    accountType: 'SELLER_WALLET',
    weeklyGrossUsd: 4_000,
    cadenceDays: 14,
    profile: 'seller',
    paymentMethod: CARD,
    rails: ['VISA_DIRECT'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'US',
    accountType: 'ALCOHOL',
    weeklyGrossUsd: 2_500,
    cadenceDays: 30,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['ACH'],
    balanceLayout: 'nested',
    reserve: 'negative',
    expected: { status: 'DISABLED', showTail: true },
  },
  {
    country: 'US',
    accountType: 'EXPENSE',
    weeklyGrossUsd: 1_500,
    cadenceDays: 0,
    profile: 'expense',
    paymentMethod: BANK,
    rails: ['ACH'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: { status: 'NO_PAYOUT_EXPECTED', showTail: true },
  },
  {
    country: 'CA',
    accountType: 'STANDARD_ORDERS',
    weeklyGrossUsd: 5_000,
    cadenceDays: 30,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['EFT'],
    balanceLayout: 'nested',
    reserve: 'held',
    expected: { status: 'SCHEDULED', showTail: true, midnightInDays: 1 },
  },
  {
    country: 'CA',
    accountType: 'SELLER_WALLET',
    weeklyGrossUsd: 1_000,
    cadenceDays: 60,
    profile: 'seller',
    paymentMethod: CARD,
    rails: ['VISA_DIRECT'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'DE',
    accountType: 'STANDARD_ORDERS',
    weeklyGrossUsd: 9_000,
    cadenceDays: 14,
    profile: 'full',
    paymentMethod: BANK,
    rails: ['SEPA'],
    balanceLayout: 'nested',
    reserve: 'held',
    expected: { status: 'SCHEDULED', showTail: true, midnightInDays: 2 },
    latestPayoutAgeDays: 1.6,
  },
  {
    country: 'DE',
    accountType: 'EXPENSE',
    weeklyGrossUsd: 800,
    cadenceDays: 0,
    profile: 'expense',
    paymentMethod: BANK,
    rails: ['SEPA'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: { status: 'NO_PAYOUT_EXPECTED', showTail: true },
  },
  {
    country: 'UK',
    accountType: 'STANDARD_ORDERS',
    weeklyGrossUsd: 7_000,
    cadenceDays: 14,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['BACS', 'FASTER_PAYMENTS'],
    balanceLayout: 'flat',
    reserve: 'held',
    expected: { status: 'AT_RISK', showTail: false },
    latestPayoutAgeDays: 6,
    latestPayoutFailure: 'Bank account closed',
  },
  {
    country: 'UK',
    accountType: 'SELLER_WALLET',
    weeklyGrossUsd: 1_200,
    cadenceDays: 60,
    profile: 'seller',
    paymentMethod: CARD,
    rails: ['MASTERCARD_SEND'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'IN',
    accountType: 'ELECTRONIC_TRANSACTIONS',
    weeklyGrossUsd: 3_000,
    cadenceDays: 30,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['NEFT', 'IMPS'],
    balanceLayout: 'nested',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'IN',
    accountType: 'COD_FEES',
    weeklyGrossUsd: 800,
    cadenceDays: 60,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['NEFT'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: { status: 'AT_RISK', showTail: true },
  },
  {
    country: 'IN',
    accountType: 'AMAZON_PAY_TRANSACTIONS',
    weeklyGrossUsd: 500,
    cadenceDays: 90,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['NEFT'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'BR',
    accountType: 'VISA_CREDIT',
    weeklyGrossUsd: 2_000,
    cadenceDays: 30,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['PIX', 'TED'],
    balanceLayout: 'nested',
    reserve: 'held',
    expected: SCHEDULED,
  },
  {
    country: 'BR',
    accountType: 'BOLETO',
    weeklyGrossUsd: 900,
    cadenceDays: 60,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['TED'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: { status: 'DISABLED', showTail: true },
  },
  {
    country: 'BR',
    accountType: 'MASTERCARD_CREDIT',
    weeklyGrossUsd: 700,
    cadenceDays: 90,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['PIX'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: SCHEDULED,
  },
  {
    country: 'JP',
    accountType: 'STANDARD_ORDERS',
    weeklyGrossUsd: 6_000,
    cadenceDays: 30,
    profile: 'seller',
    paymentMethod: BANK,
    rails: ['ZENGIN'],
    balanceLayout: 'nested',
    reserve: 'held',
    // Midnight in Tokyo: 15:00 UTC the day before.
    expected: {
      status: 'SCHEDULED',
      showTail: true,
      midnightInDays: 3,
      midnightUtcOffsetHours: 9,
    },
  },
  {
    country: 'JP',
    accountType: 'EXPENSE',
    weeklyGrossUsd: 600,
    cadenceDays: 0,
    profile: 'expense',
    paymentMethod: BANK,
    rails: ['ZENGIN'],
    balanceLayout: 'flat',
    reserve: 'none',
    expected: { status: 'NO_PAYOUT_EXPECTED', showTail: true },
  },
];

/** Marketplace ids of the seller's seven marketplaces. */
export const SANDBOX_MARKETPLACE_IDS: Readonly<Record<AccountPlan['country'], string>> = {
  US: 'ATVPDKIKX0DER',
  CA: 'A2EUQ1WTGCTBG2',
  DE: 'A1PA6795UKMFR9',
  UK: 'A1F83G8C2ARO7P',
  IN: 'A21TJRUUN4KGV',
  BR: 'A2Q3Y263D00KWC',
  JP: 'A1VC38T7YXB528',
};

/** US dollars to each currency, for plausible magnitudes (not a rate anyone should use). */
const USD_TO: Readonly<Record<string, number>> = {
  USD: 1,
  CAD: 1.37,
  EUR: 0.92,
  GBP: 0.79,
  INR: 84,
  BRL: 5.4,
  JPY: 152,
};

/** Account types as the published model writes them ("Standard Orders"). */
export const ACCOUNT_TYPE_LABELS: Readonly<Record<string, string>> = {
  STANDARD_ORDERS: 'Standard Orders',
  INVOICED_ORDERS: 'Invoiced Orders',
  EXPENSE: 'Expense',
  SELLER_WALLET: 'Seller Wallet',
  ALCOHOL: 'Alcohol',
  COD_FEES: 'COD Fees',
  ELECTRONIC_TRANSACTIONS: 'Electronic Transactions',
  EXPORT_TRANSACTIONS: 'Export Transactions',
  AMAZON_PAY_FEES: 'Amazon Pay Fees',
  AMAZON_PAY_TRANSACTIONS: 'Amazon Pay Transactions',
  VISA_CREDIT: 'Visa Credit',
  MASTERCARD_CREDIT: 'Mastercard Credit',
  AMEX: 'Amex',
  ELO: 'Elo',
  DINERS_CLUB: 'Diners Club',
  VISA_DEBIT: 'Visa Debit',
  MASTERCARD_DEBIT: 'Mastercard Debit',
  BOLETO: 'Boleto',
  REVENUE: 'Revenue',
};

/** One of the seller's accounts, as the sandbox serves it. */
export interface SandboxAccount extends AccountPlan {
  key: string;
  partnerId: string;
  marketplaceId: string;
  currency: string;
  /** Last digits of the payout instrument. */
  accountTail: string;
}

export function accountsFor(partnerId: string, tailOf: (key: string) => string): SandboxAccount[] {
  return ACCOUNT_PLANS.map((plan) => {
    const marketplaceId = SANDBOX_MARKETPLACE_IDS[plan.country];
    const currency = MARKETPLACES.get(marketplaceId)?.currency ?? 'USD';
    const key = `${plan.country}:${plan.accountType}`;
    return { ...plan, key, partnerId, marketplaceId, currency, accountTail: tailOf(key) };
  });
}

/**
 * An amount in US dollars converted to `currency` and rounded to whole minor units, as exact
 * decimal text with the currency's own minor digits ("1250.70", JPY "190114"). The double is
 * only a magnitude for made-up data; from here on everything is decimal.
 */
export function amountIn(usd: number, currency: string): Decimal {
  const digits = currencyDigits(currency);
  const minor = Math.round(usd * (USD_TO[currency] ?? 1) * 10 ** digits);
  return new Decimal(minor).dividedBy(new Decimal(10).pow(digits));
}

/** Decimal text with exactly the currency's minor digits; never "-0". */
export function decimalText(amount: Decimal, currency: string): string {
  const digits = currencyDigits(currency);
  const rounded = amount.toDecimalPlaces(digits);
  if (rounded.isZero()) return digits ? `0.${'0'.repeat(digits)}` : '0';
  const [whole, fraction = ''] = rounded.toString().split('.');
  return digits ? `${whole}.${fraction.padEnd(digits, '0')}` : `${whole}`;
}

/** ISO 8601 without milliseconds, as the API writes dates ("2024-06-01T00:00:00Z"). */
export function isoInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}
