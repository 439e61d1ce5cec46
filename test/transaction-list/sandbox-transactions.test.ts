/**
 * The sandbox's transactions agree with what it already serves: a settlement's transactions add
 * up to its payout and, line by line, to its summary; the DEFERRED ones add up to each
 * account's deferred balance and mature in the coming weeks. It pages with empty pages, wraps
 * its answer in `payload`, and answers a range over 180 days with nothing, as the API does.
 */
import { expect } from '@open-wc/testing';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { Pager } from '../../src/data/paging.js';
import type { Transaction, TransactionsPage } from '../../src/api/transactions-model.js';
import type { TransactionsQuery } from '../../src/api/operations.js';
import type { Breakdown } from '../../src/api/wire.js';
import { Decimal } from '../../src/money/decimal.js';
import { toCode } from '../../src/api/enums.js';
import { allBalances, allPayouts, allSummaries, rejection } from '../sandbox/helpers.js';

const NOW = Date.parse('2026-11-15T00:00:00Z');
const DAY = 86_400_000;

async function allTransactions(source: SandboxDataSource, query: TransactionsQuery) {
  const pageSizes: number[] = [];
  const pager = new Pager<Transaction>(
    async (nextToken) => {
      const body = await source.listTransactions({ ...query, nextToken });
      const page: TransactionsPage = body.payload ?? {};
      pageSizes.push(page.transactions?.length ?? 0);
      return { items: page.transactions ?? [], nextToken: page.nextToken };
    },
    { maxPages: 200, maxEmptyPages: 5 },
  );
  return { items: await pager.all(), pageSizes };
}

const amount = (t: { totalAmount?: { currencyAmount?: unknown } | null }) =>
  new Decimal(String(t.totalAmount!.currencyAmount));
const sum = (items: readonly Transaction[]) =>
  items.reduce((total, t) => total.plus(amount(t)), new Decimal(0));
const settlementOf = (t: Transaction) =>
  t.relatedIdentifiers?.find((id) => id.relatedIdentifierName === 'SETTLEMENT_ID')
    ?.relatedIdentifierValue;

/** Leaf amounts of summary breakdowns by type (the summary's taxonomy codes). */
function leaves(nodes: readonly Breakdown[] | null | undefined, into = new Map<string, Decimal>()) {
  for (const node of nodes ?? []) {
    if (node.breakdowns?.length) leaves(node.breakdowns, into);
    else {
      const type = node.breakdownType!;
      into.set(
        type,
        (into.get(type) ?? new Decimal(0)).plus(String(node.breakdownAmount!.currencyAmount)),
      );
    }
  }
  return into;
}

describe('SandboxDataSource: transactions', () => {
  const source = new SandboxDataSource({ now: '2026-11-15T00:00:00Z' });

  it("adds a settlement's transactions up to its payout and to its summary's lines", async () => {
    const { items: payouts } = await allPayouts(source, { marketplaceIds: ['ATVPDKIKX0DER'] });
    const payout = payouts.find((p) => p.currentStatus === 'PAID')!;
    const settlementId = payout.relatedIdentifiers![0]!.relatedIdentifierValue!;
    const { items } = await allTransactions(source, {
      postedAfter: payout.period!.startDate!,
      postedBefore: payout.period!.endDate!,
      marketplaceId: 'ATVPDKIKX0DER',
    });
    const mine = items.filter((t) => settlementOf(t) === settlementId);
    expect(mine.length).to.be.greaterThan(4);
    expect(sum(mine).toString()).to.equal(
      new Decimal(String(payout.amount!.currencyAmount)).toString(),
    );

    const { items: summaries } = await allSummaries(source, {
      relatedIdentifierName: 'SETTLEMENT_ID',
      relatedIdentifierValue: settlementId,
    });
    const lines = leaves(summaries[0]!.breakdowns);
    // Orders carry product charges; every line's total across the transactions is the summary's.
    const orderLeaves = new Map<string, Decimal>();
    for (const t of mine.filter((t) => t.transactionType === 'Shipment')) {
      for (const [type, value] of leaves(t.breakdowns as Breakdown[])) {
        orderLeaves.set(type, (orderLeaves.get(type) ?? new Decimal(0)).plus(value));
      }
    }
    expect(orderLeaves.get('Product Charges')!.toString()).to.equal(
      lines.get('PRODUCT_CHARGES')!.toString(),
    );
    expect(orderLeaves.get('FBA Fulfillment Fee')!.toString()).to.equal(
      lines.get('FBA_FULFILLMENT_FEES')!.toString(),
    );
    const refunds = mine.filter((t) => t.transactionType === 'Refund');
    if (lines.has('REFUNDS'))
      expect(sum(refunds).toString()).to.equal(lines.get('REFUNDS')!.toString());
  });

  it("adds the DEFERRED transactions up to each account's deferred balance, maturing in the coming weeks", async () => {
    const { items: balances } = await allBalances(source, { balanceType: ['DEFERRED'] });
    const { items } = await allTransactions(source, {
      postedAfter: new Date(NOW - 60 * DAY).toISOString(),
      transactionStatus: 'DEFERRED',
    });
    expect(items.length).to.be.greaterThan(10);
    for (const balance of balances) {
      const meta = balance.partnerMetadata!;
      const currency = balance.amount!.currencyCode;
      const ofAccount = items.filter(
        (t) =>
          t.sellingPartnerMetadata!.marketplaceId === meta.marketplaceId &&
          toCode(t.sellingPartnerMetadata!.accountType) === meta.accountType &&
          t.totalAmount!.currencyCode === currency,
      );
      expect(
        sum(ofAccount).toString(),
        `${meta.marketplaceId} ${meta.accountType} ${currency}`,
      ).to.equal(new Decimal(String(balance.amount!.currencyAmount)).toString());
    }
    for (const t of items) {
      expect(t.transactionStatus).to.equal('DEFERRED');
      const deferred = t.contexts!.find((c) => c.contextType === 'DeferredContext')!;
      expect(['DD7', 'B2B']).to.include(deferred.deferralReason);
      const days = (Date.parse(deferred.maturityDate!) - NOW) / DAY;
      expect(days).to.be.within(1, 46);
    }
  });

  it('wraps every answer in payload, pages with empty pages, and has unknown types and contexts', async () => {
    const { items, pageSizes } = await allTransactions(source, {
      postedAfter: '2026-09-01T00:00:00Z',
    });
    expect(pageSizes.slice(0, 2)).to.deep.equal([50, 0]);
    expect(new Set(items.map((t) => t.transactionId)).size).to.equal(items.length);
    const dates = items.map((t) => Date.parse(t.postedDate!));
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
    expect(items.some((t) => t.transactionType === 'SELLER_REWARD_V2')).to.equal(true);
    expect(
      items.some((t) => t.contexts?.some((c) => c.contextType === 'RewardsProgramContext')),
    ).to.equal(true);
    expect(items.some((t) => t.transactionStatus === 'DEFERRED_RELEASED')).to.equal(true);
    expect(Object.keys(await source.listTransactions({ postedAfter: '2026-11-01' }))).to.deep.equal(
      ['payload'],
    );
  });

  it('answers a range over 180 days with nothing, and refuses what the API refuses', async () => {
    expect(
      await source.listTransactions({
        postedAfter: '2026-01-01T00:00:00Z',
        postedBefore: '2026-07-01T00:00:00Z',
      }),
    ).to.deep.equal({ payload: { transactions: [] } });
    expect((await rejection(source.listTransactions({}))).message).to.contain(
      'postedAfter is required',
    );
    expect(
      (
        await rejection(
          source.listTransactions({ postedAfter: '2026-11-01', transactionStatus: 'HELD' }),
        )
      ).status,
    ).to.equal(400);
    expect(
      (
        await rejection(
          source.listTransactions({
            relatedIdentifierName: 'SETTLEMENT_ID',
            relatedIdentifierValue: '1',
          }),
        )
      ).status,
    ).to.equal(400);
  });

  it('filters by order id without a date', async () => {
    const { items } = await allTransactions(source, { postedAfter: '2026-11-01T00:00:00Z' });
    const order = items.find((t) => t.transactionType === 'Shipment')!;
    const orderId = order.relatedIdentifiers!.find(
      (id) => id.relatedIdentifierName === 'ORDER_ID',
    )!.relatedIdentifierValue!;
    const found = await allTransactions(source, {
      relatedIdentifierName: 'ORDER_ID',
      relatedIdentifierValue: orderId,
    });
    expect(found.items.map((t) => t.transactionId)).to.deep.equal([order.transactionId]);
  });
});
