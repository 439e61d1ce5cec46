/** The transaction list's pure modules: the reader, the window plan, the words and the CSV. */
import { expect } from '@open-wc/testing';
import {
  breakdownGap,
  newestFirst,
  readTransactionsPage,
} from '../../src/api/normalise-transactions.js';
import {
  planWindows,
  WINDOW_MS,
} from '../../src/components/transaction-list/transaction-window-state.js';
import {
  deferralReasonLabel,
  humanizeAny,
  statusView,
  transactionTypeLabel,
} from '../../src/components/transaction-list/transaction-view.js';
import { transactionsToCsv } from '../../src/components/transaction-list/transactions-csv.js';
import { wordsFor } from '../../src/l10n/runtime.js';
import { Decimal } from '../../src/money/decimal.js';
import { wireTransaction } from './transactions.js';

const words = wordsFor('en');
const NOW = Date.parse('2026-11-15T12:00:00Z');

describe('readTransactionsPage', () => {
  it('reads the payload envelope and the flat form alike', () => {
    const flat = readTransactionsPage({ transactions: [wireTransaction('A')], nextToken: 'n' });
    const wrapped = readTransactionsPage({
      payload: { transactions: [wireTransaction('A')], nextToken: 'n' },
    });
    expect(wrapped).to.deep.equal(flat);
    expect(flat.nextToken).to.equal('n');
    expect(flat.transactions[0]!.money!.amount.toString()).to.equal('10');
  });

  it('keeps exact decimal strings, unknown contexts with their fields, and the example breakdown wrapper', () => {
    const page = readTransactionsPage({
      transactions: [
        wireTransaction('A', {
          totalAmount: { currencyAmount: '9007199254740993.07', currencyCode: 'usd' },
          contexts: [
            { contextType: 'CarrierContext', carrier: 'UPS', weight: 2, nested: { x: 1 } },
          ],
          breakdowns: {
            breakdowns: [
              {
                breakdownType: 'Sales',
                breakdownAmount: { currencyAmount: 1, currencyCode: 'USD' },
              },
            ],
          },
        }),
      ],
    });
    const [t] = page.transactions;
    expect(t!.money!.amount.toString()).to.equal('9007199254740993.07');
    expect(t!.money!.currency).to.equal('USD');
    expect(t!.contexts).to.deep.equal([
      {
        kind: 'other',
        contextType: 'CarrierContext',
        fields: [
          ['carrier', 'UPS'],
          ['weight', '2'],
        ],
      },
    ]);
    expect(t!.breakdowns.map((b) => b.rawType)).to.deep.equal(['Sales']);
  });

  it('survives nulls and gives id-less transactions distinct made-up ids', () => {
    const taken = new Set<string>();
    const page = readTransactionsPage(
      {
        payload: {
          transactions: [
            null as never,
            { postedDate: '2026-11-01T10:00:00Z' },
            { postedDate: '2026-11-01T10:00:00Z' },
          ],
        },
      },
      taken,
    );
    expect(page.transactions.map((t) => t.syntheticId)).to.deep.equal([true, true]);
    expect(new Set(page.transactions.map((t) => t.id)).size).to.equal(2);
    expect(page.transactions[0]!.identifiers).to.deep.equal([]);
    expect(readTransactionsPage(null)).to.deep.equal({ transactions: [] });
  });

  it('sorts newest first, undated last', () => {
    const { transactions } = readTransactionsPage({
      transactions: [
        wireTransaction('OLD', { postedDate: '2026-01-01T00:00:00Z' }),
        wireTransaction('NONE', { postedDate: null }),
        wireTransaction('NEW', { postedDate: '2026-02-01T00:00:00Z' }),
      ],
    });
    expect(newestFirst(transactions).map((t) => t.id)).to.deep.equal(['NEW', 'OLD', 'NONE']);
  });

  it('measures how far breakdowns miss their total, exactly, and only in one currency', () => {
    const usd = (n: string) => ({ amount: new Decimal(n), currency: 'USD' });
    const node = (n: string, currency = 'USD') => ({
      type: 'X',
      rawType: 'X',
      money: { amount: new Decimal(n), currency },
      children: [],
    });
    expect(breakdownGap(usd('0.3'), [node('0.1'), node('0.2')])).to.equal(undefined);
    expect(breakdownGap(usd('10'), [node('12'), node('-1.5')])!.amount.toString()).to.equal('-0.5');
    expect(breakdownGap(usd('10'), [node('12', 'EUR')])).to.equal(undefined);
    expect(breakdownGap(usd('10'), [])).to.equal(undefined);
  });
});

describe('planWindows', () => {
  it('sends a range of 180 days or less as given', () => {
    expect(planWindows('2026-05-01', '2026-10-01', NOW)).to.deep.equal({
      windows: [{ postedAfter: '2026-05-01', postedBefore: '2026-10-01' }],
      recent: false,
      backwards: false,
    });
  });

  it('splits a longer range into contiguous windows of at most 179 days, newest first', () => {
    const plan = planWindows('2025-01-01T00:00:00Z', '2026-11-01T00:00:00Z', NOW);
    expect(plan.windows.length).to.equal(4);
    expect(plan.windows[0]!.postedBefore).to.equal('2026-11-01T00:00:00Z');
    expect(plan.windows.at(-1)!.postedAfter).to.equal('2025-01-01T00:00:00Z');
    plan.windows.forEach((window, i) => {
      const span = Date.parse(window.postedBefore!) - Date.parse(window.postedAfter!);
      expect(span).to.be.at.most(WINDOW_MS);
      if (i > 0) expect(window.postedBefore).to.equal(plan.windows[i - 1]!.postedAfter);
    });
  });

  it('gives the windows its doc example shows', () => {
    expect(planWindows('2025-03-01', '2025-12-31', NOW).windows).to.deep.equal([
      { postedAfter: '2025-07-05T00:00:00.000Z', postedBefore: '2025-12-31' },
      { postedAfter: '2025-03-01', postedBefore: '2025-07-05T00:00:00.000Z' },
    ]);
  });

  it('cuts a range needing more than twelve windows, and says where', () => {
    const plan = planWindows('2010-01-01', '2026-11-01', NOW);
    expect(plan.windows.length).to.equal(12);
    expect(plan.cutAt).to.equal(plan.windows[11]!.postedAfter);
    expect(plan.cutAt).not.to.equal('2010-01-01');
  });

  it('clamps a postedBefore within two minutes of now, keeps an absent one absent', () => {
    const clamped = planWindows('2026-11-10', '2026-11-15T11:59:00Z', NOW);
    expect(clamped.clampedTo).to.equal('2026-11-15T11:58:00.000Z');
    expect(clamped.windows).to.deep.equal([
      { postedAfter: '2026-11-10', postedBefore: '2026-11-15T11:58:00.000Z' },
    ]);
    expect(clamped.recent).to.equal(true);
    const open = planWindows('2026-11-10', undefined, NOW);
    expect(open.windows).to.deep.equal([{ postedAfter: '2026-11-10' }]);
    expect(open.clampedTo).to.equal(undefined);
    expect(open.recent).to.equal(true);
  });

  it('asks nothing for a range that ends before it starts', () => {
    expect(planWindows('2026-11-10', '2026-11-01', NOW)).to.deep.include({
      backwards: true,
      windows: [],
    });
  });
});

describe('transaction words', () => {
  it('names known values and humanises the rest', () => {
    expect(transactionTypeLabel('Shipment', words)).to.equal('Shipment');
    expect(transactionTypeLabel('ServiceFee', words)).to.equal('Service fee');
    expect(transactionTypeLabel('NEW_KIND', words)).to.equal('New kind');
    expect(humanizeAny('FooBarBaz')).to.equal('Foo bar baz');
    expect(statusView('DEFERRED_RELEASED', words)).to.deep.equal({
      label: 'Released after deferral',
      tone: 'positive',
    });
    expect(statusView('Released', words)!.label).to.equal('Released');
    expect(statusView('ON_HOLD', words)).to.deep.equal({ label: 'On hold', tone: 'neutral' });
    expect(deferralReasonLabel('DD7', words)).to.contain('Delivery-date policy');
    expect(deferralReasonLabel('B2B', words)).to.contain('Invoiced order');
    expect(deferralReasonLabel('RESERVE_HOLD', words)).to.equal('Reserve hold');
  });
});

describe('transactionsToCsv', () => {
  it('writes exact amounts, the identifiers, and defuses formulas', () => {
    const { transactions } = readTransactionsPage({
      transactions: [
        wireTransaction('A', {
          description: '=HYPERLINK("x")',
          totalAmount: { currencyAmount: '-9007199254740993.07', currencyCode: 'USD' },
          contexts: [
            {
              contextType: 'DeferredContext',
              deferralReason: 'DD7',
              maturityDate: '2026-12-01T00:00:00Z',
            },
          ],
        }),
      ],
    });
    const [header, line] = transactionsToCsv(transactions).split('\r\n');
    expect(header).to.equal(
      'transactionId,postedDate,transactionType,description,transactionStatus,amount,currency,marketplaceId,accountType,orderId,settlementId,financialEventGroupId,deferralReason,maturityDate,relatedIdentifiers',
    );
    expect(line).to.equal(
      `A,2026-11-10T15:35:13Z,Shipment,"'=HYPERLINK(""x"")",RELEASED,-9007199254740993.07,USD,ATVPDKIKX0DER,Standard Orders,111-A,S-1,,DD7,2026-12-01T00:00:00Z,ORDER_ID=111-A;SETTLEMENT_ID=S-1`,
    );
  });
});
