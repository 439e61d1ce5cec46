/**
 * The seller's books for one seed and `now`: accounts, a year of payouts, the next expected
 * payout of every account, and the settlements behind them (which the summary answers for).
 * Built once per data source and variant; balances and summaries are derived per request.
 */
import type { ExpectedPayout, Payout, PayoutStatusEntry } from '../../api/wire.js';
import { Decimal } from '../../money/decimal.js';
import { Random } from './random.js';
import {
  accountsFor,
  amountIn,
  BIG_AMOUNT,
  DAY_MS,
  decimalText,
  HOUR_MS,
  isoInstant,
  startOfUtcDay,
  type SandboxAccount,
} from './seller.js';

export interface BookVariant {
  /** One account carries amounts no double can hold (`big-amounts`). */
  bigAmounts: boolean;
  /** Some accounts hold and are paid in a second currency (`multi-currency`). */
  multiCurrency: boolean;
}

/** A settlement: the period whose activity a payout (or an expected payout) pays out. */
export interface Settlement {
  id: string;
  account: SandboxAccount;
  currency: string;
  periodStart: string;
  periodEnd: string;
  /** The settlement's net proceeds: the payout's amount (negative when nothing is paid). */
  net: Decimal;
  /** Gross sales in US dollars, the scale of the summary's other lines. */
  grossUsd: number;
}

export interface PayoutRecord {
  payout: Payout;
  account: SandboxAccount;
  creationMs: number;
}

export interface ExpectedRecord {
  expected: ExpectedPayout;
  account: SandboxAccount;
}

const FAILURE_REASONS = [
  'Invalid routing number',
  'Bank account closed',
  'Account holder name mismatch',
  'Bank account frozen',
];
const CARD_FAILURE_REASONS = ['Debit card expired', 'Card declined by issuer'];

/** The amount a payout of `days` of activity pays, in US dollars, and the gross behind it. */
function payoutScale(rng: Random, account: SandboxAccount, days: number) {
  const grossUsd = (account.weeklyGrossUsd * days * rng.float(0.85, 1.15)) / 7;
  return { grossUsd, netUsd: grossUsd * rng.float(0.58, 0.72) };
}

export class SandboxBook {
  readonly partnerId: string;
  readonly accounts: SandboxAccount[];
  /** Newest first, as the API sorts them. */
  readonly payouts: PayoutRecord[] = [];
  readonly expected: ExpectedRecord[] = [];
  readonly settlements = new Map<string, Settlement>();
  private readonly usedIds = new Set<string>();

  constructor(
    readonly seed: number,
    readonly nowMs: number,
    readonly variant: BookVariant,
  ) {
    const rng = new Random(seed, 'seller');
    this.partnerId = `A${rng.code(13)}`;
    this.accounts = accountsFor(this.partnerId, (key) => new Random(seed, 'tail', key).digits(4));
    const lastPeriodEnd = new Map<string, { ms: number; creationMs: number }>();
    for (const account of this.accounts) {
      const latest = this.buildPayouts(account);
      if (latest) lastPeriodEnd.set(account.key, latest);
    }
    this.payouts.sort((a, b) => b.creationMs - a.creationMs);
    this.assignStatuses();
    for (const account of this.accounts) {
      this.buildExpected(account, lastPeriodEnd.get(account.key));
    }
  }

  rng(...parts: string[]): Random {
    return new Random(this.seed, ...parts);
  }

  /** A fresh 11-digit id, unique among this book's payout and settlement ids. */
  private newId(rng: Random): string {
    let id = rng.digits(11);
    while (this.usedIds.has(id)) id = rng.digits(11);
    this.usedIds.add(id);
    return id;
  }

  private buildPayouts(account: SandboxAccount) {
    if (account.cadenceDays <= 0) return undefined;
    const rng = this.rng('payouts', account.key);
    const cadence = account.cadenceDays;
    const ageDays = account.latestPayoutAgeDays ?? rng.float(3.2, Math.min(cadence, 12));
    const yearAgo = this.nowMs - 365 * DAY_MS;
    const times: number[] = [];
    let t = Math.round((this.nowMs - ageDays * DAY_MS) / 1000) * 1000;
    while (t > yearAgo) {
      times.push(t);
      t -= cadence * DAY_MS + rng.int(-6 * 3600, 6 * 3600) * 1000;
    }
    const ends = times.map((time) => time - 2 * HOUR_MS);
    times.forEach((creationMs, i) => {
      const endMs = ends[i]!;
      const startMs = ends[i + 1] ?? endMs - cadence * DAY_MS;
      const { grossUsd, netUsd } = payoutScale(rng, account, (endMs - startMs) / DAY_MS);
      const onDemand =
        (account.accountType === 'STANDARD_ORDERS' || account.accountType === 'SELLER_WALLET') &&
        i > 0 &&
        rng.chance(0.12);
      // Express payouts of US bank accounts go to a debit card.
      const toCard =
        account.paymentMethod === 'DEBIT_CARD' || (onDemand && account.country === 'US');
      let currency = account.currency;
      if (this.variant.multiCurrency && account.country === 'UK' && i % 3 === 1) currency = 'EUR';
      let amount = amountIn(netUsd, currency);
      if (this.variant.bigAmounts && account.key === 'US:STANDARD_ORDERS' && i === 0) {
        amount = new Decimal(BIG_AMOUNT);
      }
      const settlementId = this.newId(rng);
      const id = this.newId(rng);
      const payout: Payout = {
        id,
        partnerMetadata: {
          partnerId: this.partnerId,
          accountType: account.accountType,
          marketplaceId: account.marketplaceId,
        },
        currentStatus: 'PAID',
        statusHistory: [],
        type: onDemand ? 'ON_DEMAND' : 'SCHEDULED',
        amount: { currencyCode: currency, currencyAmount: decimalText(amount, currency) },
        accountTail:
          toCard && account.paymentMethod !== 'DEBIT_CARD' ? rng.digits(4) : account.accountTail,
        paymentMethod: toCard ? 'DEBIT_CARD' : 'BANK_ACCOUNT',
        creationDate: isoInstant(creationMs),
        paymentRail:
          toCard && account.paymentMethod !== 'DEBIT_CARD'
            ? 'VISA_DIRECT'
            : rng.chance(0.2)
              ? rng.pick(account.rails)
              : account.rails[0],
        traceId: rng.code(15),
        period: { startDate: isoInstant(startMs), endDate: isoInstant(endMs) },
        relatedIdentifiers: [
          { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: settlementId },
        ],
      };
      if (rng.chance(0.04)) delete payout.accountTail;
      this.payouts.push({ payout, account, creationMs });
      this.settlements.set(settlementId, {
        id: settlementId,
        account,
        currency,
        periodStart: payout.period!.startDate!,
        periodEnd: payout.period!.endDate!,
        net: amount,
        grossUsd,
      });
    });
    return { ms: ends[0]!, creationMs: times[0]! };
  }

  /**
   * Statuses follow age (started today, in transit for a few days, then paid), plus a few
   * failed, cancelled and no-payout ones, and each account's scripted latest failure.
   */
  private assignStatuses() {
    const rng = this.rng('statuses');
    const old = this.payouts.filter((record) => this.nowMs - record.creationMs > 10 * DAY_MS);
    const forced = new Map<PayoutRecord, 'FAILED' | 'CANCELLED' | 'NO_PAYOUT'>();
    const take = (status: 'FAILED' | 'CANCELLED' | 'NO_PAYOUT', count: number) => {
      for (let placed = 0, tries = 0; placed < count && tries < 1000; tries++) {
        const record = rng.pick(old);
        if (forced.has(record)) continue;
        forced.set(record, status);
        placed++;
      }
    };
    take('FAILED', 3);
    take('CANCELLED', 3);
    take('NO_PAYOUT', 2);
    const latestOf = new Set<string>();
    for (const record of this.payouts) {
      const { payout, account, creationMs } = record;
      const first = !latestOf.has(account.key);
      latestOf.add(account.key);
      const ageMs = this.nowMs - creationMs;
      let status: string =
        ageMs < 12 * HOUR_MS ? 'STARTED' : ageMs < 3 * DAY_MS ? 'IN_TRANSIT' : 'PAID';
      let reason: string | undefined;
      if (first && account.latestPayoutFailure) {
        status = 'FAILED';
        reason = account.latestPayoutFailure;
        delete payout.accountTail;
      } else if (forced.has(record)) {
        status = forced.get(record)!;
        if (status === 'FAILED') {
          reason = rng.pick(
            payout.paymentMethod === 'DEBIT_CARD' ? CARD_FAILURE_REASONS : FAILURE_REASONS,
          );
        }
      }
      payout.currentStatus = status;
      payout.statusHistory = this.history(rng, status, creationMs, reason);
      if (status === 'STARTED' || status === 'CANCELLED' || status === 'NO_PAYOUT') {
        delete payout.traceId;
      } else if (rng.chance(0.08)) {
        delete payout.traceId;
      }
      if (status === 'NO_PAYOUT') {
        // Nothing was paid: the settlement closed negative.
        const settlement = this.settlements.get(
          payout.relatedIdentifiers![0]!.relatedIdentifierValue!,
        )!;
        const currency = payout.amount!.currencyCode!;
        payout.amount = {
          currencyCode: currency,
          currencyAmount: decimalText(new Decimal(0), currency),
        };
        delete payout.paymentRail;
        settlement.net = amountIn(-settlement.grossUsd * rng.float(0.02, 0.06), currency);
      }
    }
  }

  private history(
    rng: Random,
    status: string,
    creationMs: number,
    failureReason: string | undefined,
  ): PayoutStatusEntry[] {
    const at = (hours: number) => isoInstant(creationMs + Math.round(hours * 3600) * 1000);
    const started = { status: 'STARTED', lastUpdatedDate: at(0) };
    const inTransit = { status: 'IN_TRANSIT', lastUpdatedDate: at(rng.float(3, 8)) };
    switch (status) {
      case 'STARTED':
        return [started];
      case 'IN_TRANSIT':
        return [started, inTransit];
      case 'PAID':
        return [started, inTransit, { status: 'PAID', lastUpdatedDate: at(rng.float(20, 60)) }];
      case 'FAILED':
        return [
          started,
          inTransit,
          { status: 'FAILED', lastUpdatedDate: at(rng.float(30, 70)), failureReason },
        ];
      case 'CANCELLED':
        return [started, { status: 'CANCELLED', lastUpdatedDate: at(rng.float(1, 5)) }];
      default:
        return [{ status, lastUpdatedDate: at(0) }];
    }
  }

  private buildExpected(
    account: SandboxAccount,
    last: { ms: number; creationMs: number } | undefined,
  ) {
    const rng = this.rng('expected', account.key);
    const plan = account.expected;
    let scheduledMs: number;
    if (plan.midnightInDays !== undefined) {
      scheduledMs =
        startOfUtcDay(this.nowMs) +
        plan.midnightInDays * DAY_MS -
        (plan.midnightUtcOffsetHours ?? 0) * HOUR_MS;
    } else if (last) {
      scheduledMs = last.creationMs + account.cadenceDays * DAY_MS;
      while (scheduledMs <= this.nowMs) scheduledMs += account.cadenceDays * DAY_MS;
    } else {
      scheduledMs = this.nowMs + rng.int(2 * 24, 20 * 24) * HOUR_MS + rng.int(0, 3599) * 1000;
    }
    const periodStartMs = last?.ms ?? scheduledMs - 30 * DAY_MS;
    const days = Math.max(1, (scheduledMs - periodStartMs) / DAY_MS);
    const { grossUsd, netUsd } = payoutScale(rng, account, days);
    const currencies =
      this.variant.multiCurrency && account.key === 'DE:STANDARD_ORDERS'
        ? [account.currency, 'USD']
        : [account.currency];
    for (const currency of currencies) {
      let amount =
        plan.status === 'NO_PAYOUT_EXPECTED'
          ? amountIn(-grossUsd * rng.float(0.15, 0.4), currency)
          : amountIn(netUsd, currency);
      if (this.variant.bigAmounts && account.key === 'US:STANDARD_ORDERS') {
        amount = new Decimal(BIG_AMOUNT);
      }
      const settlementId = this.newId(rng);
      const expected: ExpectedPayout = {
        partnerMetadata: {
          partnerId: this.partnerId,
          accountType: account.accountType,
          marketplaceId: account.marketplaceId,
        },
        amount: { currencyCode: currency, currencyAmount: decimalText(amount, currency) },
        status: plan.status,
        period: { startDate: isoInstant(periodStartMs), endDate: isoInstant(scheduledMs) },
        scheduledDate: isoInstant(scheduledMs),
        accountTail: account.accountTail,
        paymentMethod: account.paymentMethod,
        relatedIdentifiers: [
          { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: settlementId },
        ],
      };
      if (!plan.showTail) delete expected.accountTail;
      this.expected.push({ expected, account });
      this.settlements.set(settlementId, {
        id: settlementId,
        account,
        currency,
        periodStart: expected.period!.startDate!,
        periodEnd: expected.period!.endDate!,
        net: amount,
        grossUsd,
      });
    }
  }
}
