/**
 * `<sp-transaction-list>` with a host's data source: its events, the settlement a payout list
 * picks, data sources it cannot use, the CSV export, and its dark and right-to-left looks.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/transaction-list/transaction-list.js';
import '../../src/components/payout-list/payout-list.js';
import type { SpTransactionList } from '../../src/components/transaction-list/transaction-list.component.js';
import type { SpPayoutList } from '../../src/components/payout-list/payout-list.component.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import type { TransactionsQuery } from '../../src/api/operations.js';
import type { ListTransactionsResponse } from '../../src/api/transactions-model.js';
import type { SpTransactionSelectEvent } from '../../src/events/sp-transaction-select.js';
import type { SpSettlementSelectEvent } from '../../src/events/sp-settlement-select.js';
import { wireTransaction } from './transactions.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const one = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const rowIds = (el: SpTransactionList) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')].map(
    (r) => r.dataset.transactionId,
  );

const unexpected = () => Promise.reject(new Error('not this operation'));

/** A data source answering `listTransactions` with `answer`, recording every query. */
function source(answer: (query: TransactionsQuery) => ListTransactionsResponse) {
  const queries: TransactionsQuery[] = [];
  const dataSource: FinanceDataSource = {
    listBalances: unexpected,
    listSummary: unexpected,
    listPayouts: unexpected,
    listExpectedPayouts: unexpected,
    listTransactions: async (query) => {
      queries.push(query);
      return answer(query);
    },
  };
  return { dataSource, queries };
}

describe('<sp-transaction-list>', () => {
  it('fires sp-transaction-select with the transaction when its details open', async () => {
    const { dataSource } = source(() => ({ payload: { transactions: [wireTransaction('A')] } }));
    const el = await fixture<SpTransactionList>(
      html`<sp-transaction-list
        .dataSource=${dataSource}
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    await el.updateComplete;
    const toggle = one(el, '[part~="toggle-button"]')!;
    const selected = oneEvent(el, 'sp-transaction-select') as Promise<SpTransactionSelectEvent>;
    toggle.click();
    const event = await selected;
    expect(event.detail.id).to.equal('A');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(one(el, '[part~="identifiers"]'))).to.contain('Order id');
    await expect(el).to.be.accessible();
  });

  it('reaches the transactions of a payout from its settlement button in one click', async () => {
    const payouts: FinanceDataSource = {
      listBalances: unexpected,
      listSummary: unexpected,
      listExpectedPayouts: unexpected,
      listPayouts: async () => ({
        payouts: [
          {
            id: 'P1',
            currentStatus: 'PAID',
            amount: { currencyAmount: 10, currencyCode: 'USD' },
            creationDate: '2026-11-12T00:00:00Z',
            period: { startDate: '2026-11-01T00:00:00Z', endDate: '2026-11-11T00:00:00Z' },
            relatedIdentifiers: [
              { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'S-1' },
            ],
          },
        ],
      }),
    };
    const { dataSource, queries } = source(() => ({
      transactions: [
        wireTransaction('MINE'),
        wireTransaction('OTHER', {
          relatedIdentifiers: [
            { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'S-2' },
          ],
        }),
      ],
    }));
    const page = await fixture<HTMLElement>(
      html`<div>
        <sp-payout-list .dataSource=${payouts} locale="en-US"></sp-payout-list>
        <sp-transaction-list .dataSource=${dataSource} locale="en-US"></sp-transaction-list>
      </div>`,
    );
    const list = page.querySelector<SpPayoutList>('sp-payout-list')!;
    const transactions = page.querySelector<SpTransactionList>('sp-transaction-list')!;
    page.addEventListener('sp-settlement-select', (e: SpSettlementSelectEvent) =>
      transactions.showSettlement(e.detail),
    );
    await list.updateComplete;
    one(list, '[part~="toggle-button"]')!.click();
    await list.updateComplete;
    one(list, '[part~="settlement-button"]')!.click();
    await transactions.updateComplete;
    // Before the click it asked with nothing set: nothing is sent for absent attributes.
    expect(queries).to.deep.equal([
      {},
      { postedAfter: '2026-11-01T00:00:00Z', postedBefore: '2026-11-11T00:00:00Z' },
    ]);
    expect(rowIds(transactions)).to.deep.equal(['MINE']);
    expect(text(one(transactions, '[part~="notes"]'))).to.contain(
      'Showing transactions of settlement S-1 posted between Nov 1, 2026 and Nov 10, 2026.',
    );
  });

  it('says what is missing: a data source without the operation, a settlement without its period', async () => {
    const fourOnly: FinanceDataSource = {
      listBalances: unexpected,
      listSummary: unexpected,
      listPayouts: unexpected,
      listExpectedPayouts: unexpected,
    };
    const errors: unknown[] = [];
    const el = await fixture<SpTransactionList>(
      html`<sp-transaction-list
        .dataSource=${fourOnly}
        posted-after="2026-11-01"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-transaction-list>`,
    );
    await el.updateComplete;
    expect(text(one(el, '[part~="error"]'))).to.contain(
      'This data source has no listTransactions method.',
    );
    const { dataSource, queries } = source(() => ({}));
    el.dataSource = dataSource;
    el.postedAfter = undefined;
    el.settlementId = 'S-1';
    await el.updateComplete;
    expect(text(one(el, '[part~="notes"]'))).to.contain(
      'To show the transactions of settlement S-1, this list needs its period',
    );
    expect(one(el, '[part~="empty"]')).not.to.equal(null);
    expect(queries).to.deep.equal([]);
    expect(errors.length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it("shows the posted date in the marketplace's zone, naming it where the day moves, or in time-zone", async () => {
    const late = wireTransaction('A', { postedDate: '2026-11-10T03:00:00Z' });
    const { dataSource } = source(() => ({ transactions: [late] }));
    const el = await fixture<SpTransactionList>(
      html`<sp-transaction-list
        .dataSource=${dataSource}
        locale="en-US"
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    await el.updateComplete;
    // 03:00 UTC is the evening before in Los Angeles, the US store's zone.
    expect(text(one(el, '[part~="date"]'))).to.equal('Nov 9, 2026, 7:00 PM PST');
    el.timeZone = 'UTC';
    await el.updateComplete;
    expect(text(one(el, '[part~="date"]'))).to.equal('Nov 10, 2026');
  });

  it('exports the loaded rows as CSV', async () => {
    const { dataSource } = source(() => ({ transactions: [wireTransaction('A')] }));
    const el = await fixture<SpTransactionList>(
      html`<sp-transaction-list
        .dataSource=${dataSource}
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    await el.updateComplete;
    const created: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    };
    const clicks: string[] = [];
    const onClick = (e: Event) => {
      clicks.push((e.target as HTMLAnchorElement).download);
      e.preventDefault();
    };
    document.addEventListener('click', onClick, true);
    try {
      one(el, '[part~="export-button"]')!.click();
    } finally {
      URL.createObjectURL = original;
      document.removeEventListener('click', onClick, true);
    }
    expect(created[0]!.type).to.equal('text/csv;charset=utf-8');
    const lines = (await created[0]!.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[1]).to.match(/^A,2026-11-10T15:35:13Z,Shipment,Order Payment,RELEASED,10,USD,/);
  });

  it('is accessible dark and right to left', async () => {
    const { dataSource } = source(() => ({ transactions: [wireTransaction('A')] }));
    const el = await fixture<SpTransactionList>(
      // English words: the new messages have no Arabic yet (the lead merges translations).
      html`<div dir="rtl">
        <sp-transaction-list
          .dataSource=${dataSource}
          locale="en"
          theme="dark"
          posted-after="2026-11-01"
        ></sp-transaction-list>
      </div>`,
    ).then((div) => div.querySelector<SpTransactionList>('sp-transaction-list')!);
    await el.updateComplete;
    expect(one(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    one(el, '[part~="toggle-button"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
