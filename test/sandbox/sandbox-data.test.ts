import { expect } from '@open-wc/testing';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { Decimal } from '../../src/money/decimal.js';
import type { Balance, Breakdown } from '../../src/api/wire.js';
import {
  allBalances,
  allExpected,
  allPayouts,
  allSummaries,
  BR,
  CA,
  DE,
  flattenBalances,
  IN,
  JP,
  rejection,
  UK,
  US,
  walkBreakdowns,
} from './helpers.js';

/** The tests' fixed `now`: the sandbox's own default is the current day. */
const FIXED_NOW = '2026-11-15T00:00:00Z';
const NOW = Date.parse(FIXED_NOW);
const dec = (value: unknown) => new Decimal(String(value));
const amountOf = (b: { breakdownAmount?: { currencyAmount?: unknown } | null }) =>
  dec(b.breakdownAmount?.currencyAmount);

/** Everything the sandbox serves for one seed, as one string. */
async function snapshot(source: SandboxDataSource) {
  return JSON.stringify([
    (await allBalances(source)).items,
    (await allBalances(source, { asOfDate: '2026-06-30' })).items,
    (await allSummaries(source)).items,
    (await allPayouts(source)).items,
    (await allExpected(source)).items,
  ]);
}

describe('SandboxDataSource: determinism', () => {
  it('gives byte-identical data for the same seed, and different data for another seed', async () => {
    const a = await snapshot(new SandboxDataSource({ seed: 7 }));
    const b = await snapshot(new SandboxDataSource({ seed: 7 }));
    const c = await snapshot(new SandboxDataSource({ seed: 8 }));
    expect(a).to.equal(b);
    expect(a).not.to.equal(c);
  });

  it('defaults `now` to the start of the current UTC day', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(new SandboxDataSource().now).to.equal(`${today}T00:00:00.000Z`);
  });

  it('anchors dates to `now` and moves with it', async () => {
    const byDefault = (await allPayouts(new SandboxDataSource({ now: FIXED_NOW }))).items;
    const later = (await allPayouts(new SandboxDataSource({ now: '2027-03-01T00:00:00Z' }))).items;
    const newest = (items: typeof byDefault) => Date.parse(items[0]!.creationDate!);
    expect(newest(byDefault)).to.be.at.most(NOW);
    expect(newest(byDefault)).to.be.above(NOW - 2 * 86_400_000);
    expect(newest(later)).to.be.above(Date.parse('2027-02-20T00:00:00Z'));
  });
});

describe('SandboxDataSource: balances', () => {
  const source = new SandboxDataSource({ now: FIXED_NOW });

  it('covers the seven marketplaces, each in its currency with its minor digits', async () => {
    const { items } = await allBalances(source);
    const currencies = new Map(
      items.map((b) => [b.partnerMetadata!.marketplaceId, b.amount!.currencyCode]),
    );
    expect(Object.fromEntries(currencies)).to.deep.equal({
      [US]: 'USD',
      [CA]: 'CAD',
      [DE]: 'EUR',
      [UK]: 'GBP',
      [IN]: 'INR',
      [BR]: 'BRL',
      [JP]: 'JPY',
    });
    for (const balance of flattenBalances(items)) {
      const text = String(balance.amount!.currencyAmount);
      if (balance.amount!.currencyCode === 'JPY') expect(text).to.match(/^-?\d+$/);
      else expect(text).to.match(/^-?\d+(\.\d{1,2})?$/);
    }
  });

  it("uses each marketplace's account types from the reference's AccountType tables", async () => {
    const { items } = await allBalances(source);
    const typesOf = (id: string) =>
      new Set(
        items
          .filter((b) => b.partnerMetadata!.marketplaceId === id)
          .map((b) => b.partnerMetadata!.accountType),
      );
    const fallback = ['STANDARD_ORDERS', 'EXPENSE', 'SELLER_WALLET'];
    const tables: Record<string, string[]> = {
      [US]: ['STANDARD_ORDERS', 'INVOICED_ORDERS', 'EXPENSE', 'SELLER_WALLET', 'ALCOHOL'],
      [IN]: [
        'COD_FEES',
        'ELECTRONIC_TRANSACTIONS',
        'EXPORT_TRANSACTIONS',
        'AMAZON_PAY_FEES',
        'AMAZON_PAY_TRANSACTIONS',
      ],
      [BR]: [
        'VISA_CREDIT',
        'MASTERCARD_CREDIT',
        'AMEX',
        'ELO',
        'DINERS_CLUB',
        'VISA_DEBIT',
        'MASTERCARD_DEBIT',
        'BOLETO',
      ],
      [CA]: fallback,
      [DE]: fallback,
      [UK]: fallback,
      [JP]: fallback,
    };
    expect([...typesOf(US)]).to.have.members(tables[US]!);
    for (const [id, allowed] of Object.entries(tables)) {
      expect(typesOf(id).size, id).to.be.greaterThan(0);
      for (const type of typesOf(id)) expect(allowed, id).to.include(type);
    }
  });

  it('has every balance type, the nested and the flat form, breakdowns and negatives', async () => {
    const { items } = await allBalances(source);
    const all = flattenBalances(items);
    expect(new Set(all.map((b) => b.balanceType))).to.deep.equal(
      new Set(['TOTAL', 'AVAILABLE', 'RESERVED', 'DEFERRED', 'ACCOUNT_LEVEL_RESERVES']),
    );
    const nested = items.filter((b) => b.balances?.length);
    expect(nested.length).to.be.greaterThan(0);
    expect(items.filter((b) => b.balanceType === 'AVAILABLE').length).to.be.greaterThan(0);
    expect(all.some((b) => dec(b.amount!.currencyAmount).isNegative())).to.equal(true);
    const deferred = all.filter((b) => b.balanceType === 'DEFERRED' && b.breakdowns?.length);
    expect(deferred.length).to.be.greaterThan(0);
    for (const b of deferred) {
      const sum = b.breakdowns!.reduce((s, x) => s.plus(amountOf(x)), new Decimal(0));
      expect(sum.equals(dec(b.amount!.currencyAmount))).to.equal(true);
    }
    expect(items.every((b) => b.lastUpdatedTime && Date.parse(b.lastUpdatedTime) <= NOW)).to.equal(
      true,
    );
  });

  it('adds up: TOTAL = AVAILABLE + RESERVED, RESERVED = DEFERRED + ACCOUNT_LEVEL_RESERVES', async () => {
    const { items } = await allBalances(source);
    const byType = (list: readonly Balance[], type: string) =>
      dec(list.find((b) => b.balanceType === type)!.amount!.currencyAmount);
    for (const total of items.filter((b) => b.balances?.length)) {
      const reserved = total.balances!.find((b) => b.balanceType === 'RESERVED')!;
      expect(
        dec(total.amount!.currencyAmount).equals(
          byType(total.balances!, 'AVAILABLE').plus(byType(total.balances!, 'RESERVED')),
        ),
      ).to.equal(true);
      expect(
        byType([reserved], 'RESERVED').equals(
          byType(reserved.balances!, 'DEFERRED').plus(
            byType(reserved.balances!, 'ACCOUNT_LEVEL_RESERVES'),
          ),
        ),
      ).to.equal(true);
    }
  });

  it('honours marketplaceId, accountType (code or label) and balanceType', async () => {
    const jp = (await allBalances(source, { marketplaceId: JP })).items;
    expect(jp.length).to.be.greaterThan(0);
    expect(jp.every((b) => b.partnerMetadata!.marketplaceId === JP)).to.equal(true);

    const byCode = (await allBalances(source, { accountType: 'SELLER_WALLET' })).items;
    const byLabel = (await allBalances(source, { accountType: 'Seller Wallet' })).items;
    expect(byCode.length).to.be.greaterThan(0);
    expect(byCode.every((b) => b.partnerMetadata!.accountType === 'SELLER_WALLET')).to.equal(true);
    expect(byLabel).to.deep.equal(byCode);

    const some = (
      await allBalances(source, { balanceType: ['AVAILABLE', 'ACCOUNT_LEVEL_RESERVE'] })
    ).items;
    expect(new Set(flattenBalances(some).map((b) => b.balanceType))).to.deep.equal(
      new Set(['AVAILABLE', 'ACCOUNT_LEVEL_RESERVES']),
    );
    const error = await rejection(source.listBalances({ balanceType: ['PENDING'] }));
    expect(error.status).to.equal(400);
    expect(error.code).to.equal('InvalidInput');
  });

  it('honours asOfDate: echoes it, and the amounts depend on the date', async () => {
    const june = (await allBalances(source, { asOfDate: '2026-06-30' })).items;
    const again = (await allBalances(source, { asOfDate: '2026-06-30' })).items;
    const july = (await allBalances(source, { asOfDate: '2026-07-31' })).items;
    expect(june.every((b) => b.asOfDate === '2026-06-30')).to.equal(true);
    expect(june).to.deep.equal(again);
    expect(june.map((b) => b.amount)).not.to.deep.equal(july.map((b) => b.amount));
    expect((await rejection(source.listBalances({ asOfDate: 'last week' }))).status).to.equal(400);
  });
});

describe('SandboxDataSource: summary', () => {
  const source = new SandboxDataSource({ now: FIXED_NOW });

  it('has every L1 and L2 category of the taxonomy, some with an L3 level, signed', async () => {
    const { items } = await allSummaries(source);
    const nodes = items.flatMap((s) => walkBreakdowns(s.breakdowns));
    const at = (depth: number) =>
      new Set(nodes.filter((n) => n.depth === depth).map((n) => n.breakdown.breakdownType));
    expect([...at(0)]).to.have.members([
      'EARNINGS',
      'AMAZON_SERVICE_CHARGES_AND_FEES',
      'DEDUCTIONS_AND_WITHHOLDINGS',
      'OTHERS',
    ]);
    expect([...at(1)]).to.include.members([
      'SALES',
      'REFUNDS',
      'CHARGEBACKS',
      'FULFILLED_BY_AMAZON',
      'AMAZON_WAREHOUSING',
      'MULTI_CHANNEL_FULFILLMENT',
      'ADVERTISING',
      'LOAN_REPAYMENT',
      'CHEMICAL_TAX',
      'EPR_WITHHOLDING',
    ]);
    expect(at(1).size).to.be.at.least(12); // OTHERS has event-specific lines too
    expect(at(2).size).to.be.greaterThan(0);
    const signOf = (type: string) =>
      new Set(
        nodes
          .filter((n) => n.breakdown.breakdownType === type)
          .map((n) => amountOf(n.breakdown).isNegative()),
      );
    for (const negative of [
      'REFUNDS',
      'CHARGEBACKS',
      'ADVERTISING',
      'FULFILLED_BY_AMAZON',
      'LOAN_REPAYMENT',
    ]) {
      expect([...signOf(negative)], negative).to.deep.equal([true]);
    }
    expect([...signOf('SALES')]).to.deep.equal([false]);
  });

  it('nets to the sum of L1, and L1 to the sum of its lines (OTHERS may hold unitemised activity)', async () => {
    const { items } = await allSummaries(source);
    const sum = (list: readonly Breakdown[]) =>
      list.reduce((s, b) => s.plus(amountOf(b)), new Decimal(0));
    for (const summary of items) {
      expect(sum(summary.breakdowns!).equals(dec(summary.amount!.currencyAmount))).to.equal(true);
      for (const { breakdown } of walkBreakdowns(summary.breakdowns)) {
        if (!breakdown.breakdowns?.length || breakdown.breakdownType === 'OTHERS') continue;
        expect(
          sum(breakdown.breakdowns).equals(amountOf(breakdown)),
          breakdown.breakdownType!,
        ).to.equal(true);
      }
    }
  });

  it('has one summary per marketplace and account type, paged, and honours marketplaceIds', async () => {
    const all = await allSummaries(source);
    expect(all.items.length).to.equal(19);
    expect(all.pageSizes.length).to.be.greaterThan(1);
    const keys = all.items.map(
      (s) => `${s.partnerMetadata!.marketplaceId}|${s.partnerMetadata!.accountType}`,
    );
    expect(new Set(keys).size).to.equal(keys.length);
    const some = (await allSummaries(source, { marketplaceIds: [DE, JP] })).items;
    expect(new Set(some.map((s) => s.partnerMetadata!.marketplaceId))).to.deep.equal(
      new Set([DE, JP]),
    );
    expect(
      some.find((s) => s.partnerMetadata!.marketplaceId === JP)!.amount!.currencyCode,
    ).to.equal('JPY');
  });

  it('derives amounts from the period and echoes it', async () => {
    const query = {
      marketplaceIds: [US],
      periodStart: '2026-01-01T00:00:00Z',
      periodEnd: '2026-02-01T00:00:00Z',
    };
    const january = (await allSummaries(source, query)).items;
    const again = (await allSummaries(source, query)).items;
    const year = (await allSummaries(source, { ...query, periodEnd: '2027-01-01T00:00:00Z' }))
      .items;
    expect(january).to.deep.equal(again);
    expect(january[0]!.periodStart).to.equal('2026-01-01T00:00:00Z');
    expect(january[0]!.periodEnd).to.equal('2026-02-01T00:00:00Z');
    const net = (list: typeof january) => dec(list[0]!.amount!.currencyAmount).abs();
    expect(net(year).greaterThan(net(january).times(4))).to.equal(true);
    const error = await rejection(
      source.listSummary({ periodStart: '2026-03-01', periodEnd: '2026-02-01' }),
    );
    expect(error.status).to.equal(400);
  });

  it("answers every payout's settlement id with the payout's period, netting to its amount", async () => {
    const payouts = (await allPayouts(source)).items;
    for (const payout of payouts) {
      const settlementId = payout.relatedIdentifiers![0]!.relatedIdentifierValue!;
      const { summaries } = await source.listSummary({
        relatedIdentifierName: 'SETTLEMENT_ID',
        relatedIdentifierValue: settlementId,
      });
      expect(summaries, settlementId).to.have.length(1);
      const summary = summaries![0]!;
      expect(summary.periodStart).to.equal(payout.period!.startDate);
      expect(summary.periodEnd).to.equal(payout.period!.endDate);
      expect(summary.partnerMetadata).to.deep.equal(payout.partnerMetadata);
      expect(summary.relatedIdentifiers![0]!.relatedIdentifierValue).to.equal(settlementId);
      if (payout.currentStatus === 'NO_PAYOUT') {
        expect(dec(summary.amount!.currencyAmount).isNegative()).to.equal(true);
      } else {
        expect(
          dec(summary.amount!.currencyAmount).equals(dec(payout.amount!.currencyAmount)),
        ).to.equal(true);
      }
    }
  });

  it('answers unknown settlement ids with no summaries and rejects other identifier names', async () => {
    const unknown = await source.listSummary({
      relatedIdentifierName: 'SETTLEMENT_ID',
      relatedIdentifierValue: '404',
    });
    expect(unknown.summaries).to.deep.equal([]);
    const error = await rejection(
      source.listSummary({ relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: '1' }),
    );
    expect(error.status).to.equal(400);
  });
});

describe('SandboxDataSource: payouts', () => {
  const source = new SandboxDataSource({ now: FIXED_NOW });

  it('pages ~200 unique payouts over the 12 months before now, newest first, with empty pages', async () => {
    const { items, pageSizes, stopReason } = await allPayouts(source);
    expect(stopReason).to.equal('end');
    expect(items.length).to.be.within(180, 230);
    expect(new Set(items.map((p) => p.id)).size).to.equal(items.length);
    expect(pageSizes[0]).to.equal(25);
    expect(pageSizes).to.include(0);
    expect(pageSizes[1]).to.equal(0);
    const times = items.map((p) => Date.parse(p.creationDate!));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(Math.max(...times)).to.be.at.most(NOW);
    expect(Math.min(...times)).to.be.above(NOW - 366 * 86_400_000);
  });

  it('has every status, type and payment method, failures with reasons, gaps and rails', async () => {
    const { items } = await allPayouts(source);
    const values = (pick: (p: (typeof items)[number]) => unknown) => new Set(items.map(pick));
    expect([...values((p) => p.currentStatus)]).to.have.members([
      'STARTED',
      'IN_TRANSIT',
      'PAID',
      'FAILED',
      'CANCELLED',
      'NO_PAYOUT',
    ]);
    expect(items.filter((p) => p.currentStatus === 'PAID').length).to.be.greaterThan(
      items.length * 0.8,
    );
    expect([...values((p) => p.type)]).to.have.members(['SCHEDULED', 'ON_DEMAND']);
    expect([...values((p) => p.paymentMethod)]).to.have.members(['BANK_ACCOUNT', 'DEBIT_CARD']);
    expect([...values((p) => p.paymentRail)]).to.include.members(['ACH', 'SEPA', 'BACS', 'NEFT']);
    expect(items.some((p) => p.accountTail === undefined)).to.equal(true);
    expect(items.some((p) => p.traceId === undefined)).to.equal(true);
    const failed = items.filter((p) => p.currentStatus === 'FAILED');
    const reasons = failed.map((p) => p.statusHistory!.at(-1)!);
    expect(reasons.every((entry) => entry.status === 'FAILED' && entry.failureReason)).to.equal(
      true,
    );
    expect(reasons.map((entry) => entry.failureReason)).to.include('Bank account closed');
    for (const payout of items) {
      const history = payout.statusHistory!;
      const dates = history.map((entry) => Date.parse(entry.lastUpdatedDate!));
      expect(dates).to.deep.equal([...dates].sort((a, b) => a - b));
      expect(history.at(-1)!.status).to.equal(payout.currentStatus);
      expect(Date.parse(payout.period!.startDate!)).to.be.below(
        Date.parse(payout.period!.endDate!),
      );
    }
    const settlements = items.map((p) => p.relatedIdentifiers![0]!);
    expect(settlements.every((id) => id.relatedIdentifierName === 'SETTLEMENT_ID')).to.equal(true);
    expect(new Set(settlements.map((id) => id.relatedIdentifierValue)).size).to.equal(items.length);
  });

  it('honours marketplaceIds, accountType (code or label, any case) and payoutId', async () => {
    const two = (await allPayouts(source, { marketplaceIds: [DE, JP] })).items;
    expect(two.length).to.be.greaterThan(0);
    expect(new Set(two.map((p) => p.partnerMetadata!.marketplaceId))).to.deep.equal(
      new Set([DE, JP]),
    );

    const wallet = (await allPayouts(source, { accountType: 'SELLER_WALLET' })).items;
    expect(wallet.length).to.be.greaterThan(0);
    expect(wallet.every((p) => p.partnerMetadata!.accountType === 'SELLER_WALLET')).to.equal(true);
    expect((await allPayouts(source, { accountType: 'seller wallet' })).items).to.deep.equal(
      wallet,
    );
    expect((await allPayouts(source, { accountType: 'NOT_A_TYPE' })).items).to.deep.equal([]);

    const target = (await allPayouts(source)).items[40]!;
    const one = await source.listPayouts({ payoutId: target.id! });
    expect(one.payouts).to.deep.equal([target]);
    expect(one.nextToken).to.equal(undefined);
  });

  it('honours createdAfter (inclusive) and createdBefore (exclusive)', async () => {
    const all = (await allPayouts(source)).items;
    const pivot = all[30]!.creationDate!;
    const after = (await allPayouts(source, { createdAfter: pivot })).items;
    const before = (await allPayouts(source, { createdBefore: pivot })).items;
    expect(after.at(-1)!.creationDate).to.equal(pivot);
    expect(before.some((p) => p.creationDate === pivot)).to.equal(false);
    expect(after.length + before.length).to.equal(all.length);
    const june = (
      await allPayouts(source, {
        createdAfter: '2026-06-01',
        createdBefore: '2026-07-01T00:00:00+00:00',
      })
    ).items;
    expect(june.length).to.be.greaterThan(5);
    for (const p of june) expect(p.creationDate!.slice(0, 7)).to.equal('2026-06');
    expect((await rejection(source.listPayouts({ createdAfter: 'yesterday' }))).status).to.equal(
      400,
    );
  });

  it('rejects a token it did not issue', async () => {
    const error = await rejection(source.listPayouts({ nextToken: 'not-a-token' }));
    expect(error.status).to.equal(400);
    expect(error.code).to.equal('InvalidInput');
  });
});

describe('SandboxDataSource: expected payouts', () => {
  const source = new SandboxDataSource({ now: FIXED_NOW });

  it('has one per account, every status, scheduled after now, some at midnight exactly', async () => {
    const { items, pageSizes } = await allExpected(source);
    expect(items.length).to.equal(19);
    expect(pageSizes.length).to.be.greaterThan(1);
    expect([...new Set(items.map((e) => e.status))]).to.have.members([
      'SCHEDULED',
      'AT_RISK',
      'DISABLED',
      'NO_PAYOUT_EXPECTED',
    ]);
    expect(items.every((e) => Date.parse(e.scheduledDate!) > NOW)).to.equal(true);
    const usStandard = items.find(
      (e) =>
        e.partnerMetadata!.marketplaceId === US &&
        e.partnerMetadata!.accountType === 'STANDARD_ORDERS',
    )!;
    expect(usStandard.scheduledDate).to.equal('2026-11-18T00:00:00Z');
    expect(
      items
        .filter((e) => e.status === 'NO_PAYOUT_EXPECTED')
        .every((e) => dec(e.amount!.currencyAmount).isNegative()),
    ).to.equal(true);
    expect(items.some((e) => e.status === 'AT_RISK' && e.accountTail === undefined)).to.equal(true);
    expect(
      items.every(
        (e) =>
          e.period?.startDate &&
          e.relatedIdentifiers?.[0]?.relatedIdentifierName === 'SETTLEMENT_ID',
      ),
    ).to.equal(true);
  });

  it('honours marketplaceIds and accountType', async () => {
    const uk = (await allExpected(source, { marketplaceIds: [UK] })).items;
    expect(uk.map((e) => e.partnerMetadata!.accountType).sort()).to.deep.equal([
      'SELLER_WALLET',
      'STANDARD_ORDERS',
    ]);
    const expense = (await allExpected(source, { accountType: 'Expense' })).items;
    expect(expense.length).to.equal(3);
    expect(expense.every((e) => e.status === 'NO_PAYOUT_EXPECTED')).to.equal(true);
  });

  it('answers the settlement of an expected payout too', async () => {
    const [first] = (await allExpected(source)).items;
    const { summaries } = await source.listSummary({
      relatedIdentifierName: 'SETTLEMENT_ID',
      relatedIdentifierValue: first!.relatedIdentifiers![0]!.relatedIdentifierValue!,
    });
    expect(
      dec(summaries![0]!.amount!.currencyAmount).equals(dec(first!.amount!.currencyAmount)),
    ).to.equal(true);
  });
});
