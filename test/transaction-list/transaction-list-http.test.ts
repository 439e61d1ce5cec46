/**
 * `<sp-transaction-list base-url>` over real HTTP: the scripted endpoints of
 * test/server/test-endpoints.ts (exact requests, envelopes, paging, retries, stale answers)
 * and the built-in sandbox at /sandbox (a settlement's transactions, its 180-day rule).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/components/transaction-list/transaction-list.js';
import type { SpTransactionList } from '../../src/components/transaction-list/transaction-list.component.js';
import type { TransactionModel } from '../../src/api/transactions-model.js';
import type { ListPayoutsResponse } from '../../src/api/wire.js';
import { Decimal } from '../../src/money/decimal.js';
import { baseUrlFor, newKey, script, stats } from '../data/http-helpers.js';
import { manyTransactions, wireTransaction } from './transactions.js';

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const all = (el: SpTransactionList, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const one = (el: SpTransactionList, selector: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(selector);
const rowIds = (el: SpTransactionList) =>
  all(el, '[part~="row"]').map((row) => row.dataset.transactionId);
const PATH = '/finances/2024-06-19/transactions';
const PATIENT = { timeout: 8000 };

async function mount(template: ReturnType<typeof html>) {
  const el = await fixture<SpTransactionList>(template);
  await el.updateComplete;
  return el;
}

describe('<sp-transaction-list> over HTTP', () => {
  it('maps every attribute onto the query and reads the payload envelope', async () => {
    const key = newKey('tx-query');
    await script(key, [{ body: { payload: { transactions: [wireTransaction('A')] } } }]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after="2026-11-01T00:00:00Z"
        posted-before="2026-11-08T00:00:00Z"
        marketplace-id="ATVPDKIKX0DER"
        transaction-status="DEFERRED"
        order-id="111-222"
      ></sp-transaction-list>`,
    );
    const seen = await stats(key);
    expect(seen.requests.map((r) => r.url)).to.deep.equal([
      `${PATH}?postedAfter=2026-11-01T00%3A00%3A00Z&postedBefore=2026-11-08T00%3A00%3A00Z&marketplaceId=ATVPDKIKX0DER&transactionStatus=DEFERRED&relatedIdentifierName=ORDER_ID&relatedIdentifierValue=111-222`,
    ]);
    expect(rowIds(el)).to.deep.equal(['A']);
    expect(text(one(el, '[part~="amount"]'))).to.equal('$10.00');
    expect(text(one(el, '[part~="status-badge"]'))).to.equal('Released');
    expect(text(one(el, '[part~="order-id"] code'))).to.equal('111-A');
    expect(text(one(el, '[part~="account"]'))).to.equal('Amazon.com · Standard Orders');
    // 2026-11-10T15:35Z is the same day in Los Angeles, the marketplace's zone.
    expect(text(one(el, '[part~="date"]'))).to.equal('Nov 10, 2026');
    await expect(el).to.be.accessible();
  });

  it('sends the financial event group as the related identifier, and nothing for absent ones', async () => {
    const key = newKey('tx-group');
    await script(key, [{ body: { transactions: [] } }]);
    await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        financial-event-group-id="G 1"
      ></sp-transaction-list>`,
    );
    expect((await stats(key)).requests.map((r) => r.url)).to.deep.equal([
      `${PATH}?relatedIdentifierName=FINANCIAL_EVENT_GROUP_ID&relatedIdentifierValue=G+1`,
    ]);
  });

  it('reads the flat envelope, amounts losslessly, unknown enums in words, markup as text', async () => {
    const key = newKey('tx-flat');
    const markup = '<img src=x onerror=alert(1)><b>bold</b>';
    const body = JSON.stringify({
      transactions: [
        wireTransaction('A', {
          transactionType: 'SELLER_REWARD_V2',
          transactionStatus: 'PARTLY_HELD',
          description: markup,
          totalAmount: { currencyAmount: '__BIG__' as unknown as number, currencyCode: 'USD' },
          breakdowns: [],
          items: [
            { description: markup, contexts: [{ contextType: 'ProductContext', sku: markup }] },
          ],
          contexts: [
            { contextType: 'RewardsProgramContext', programName: markup },
            {
              contextType: 'DeferredContext',
              deferralReason: 'NEW_POLICY',
              maturityDate: '2026-12-01T00:00:00Z',
            },
          ],
        }),
      ],
    }).replace('"__BIG__"', '9007199254740993.07');
    await script(key, [{ body }]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    expect(text(one(el, '[part~="amount"]'))).to.equal('$9,007,199,254,740,993.07');
    expect(text(one(el, '.type-label'))).to.equal('Seller reward v2');
    expect(text(one(el, '[part~="status-badge"]'))).to.equal('Partly held');
    expect(text(one(el, '.description'))).to.equal(markup);
    one(el, '[part~="toggle-button"]')!.click();
    await el.updateComplete;
    const details = one(el, '[part~="details"]')!;
    expect(details.querySelector('img, b')).to.equal(null);
    expect(text(details)).to.contain(markup);
    expect(text(details)).to.contain('Rewards program context');
    expect(text(details)).to.contain('New policy');
    expect(text(details)).to.contain('Dec 1, 2026');
    await expect(el).to.be.accessible();
  });

  it('renders markup in every string field as text', async () => {
    const key = newKey('tx-markup');
    const m = (field: string) => `<img src=x data-field="${field}"><b>${field}</b>`;
    const everywhere = {
      sellingPartnerMetadata: { accountType: m('accountType'), marketplaceId: 'ATVPDKIKX0DER' },
      relatedIdentifiers: [
        { relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: m('orderId') },
        {
          relatedIdentifierName: m('identifierName'),
          relatedIdentifierValue: m('identifierValue'),
        },
      ],
      transactionType: m('transactionType'),
      transactionId: m('transactionId'),
      transactionStatus: m('transactionStatus'),
      description: m('description'),
      postedDate: '2026-11-10T15:00:00Z',
      totalAmount: { currencyAmount: 10, currencyCode: 'USD' },
      marketplaceDetails: { marketplaceName: m('marketplaceName') },
      items: [
        {
          description: m('itemDescription'),
          totalAmount: { currencyAmount: 10, currencyCode: 'USD' },
          relatedIdentifiers: [
            {
              itemRelatedIdentifierName: m('itemIdName'),
              itemRelatedIdentifierValue: m('itemIdValue'),
            },
          ],
          breakdowns: [
            {
              breakdownType: m('itemBreakdownType'),
              breakdownAmount: { currencyAmount: 10, currencyCode: 'USD' },
            },
          ],
          contexts: [
            {
              contextType: 'ProductContext',
              asin: m('asin'),
              sku: m('sku'),
              fulfillmentNetwork: m('fulfillmentNetwork'),
            },
          ],
        },
      ],
      breakdowns: [
        {
          breakdownType: m('breakdownType'),
          breakdownAmount: { currencyAmount: 10, currencyCode: 'USD' },
        },
      ],
      contexts: [
        {
          contextType: 'AmazonPayContext',
          storeName: m('storeName'),
          orderType: m('orderType'),
          channel: m('channel'),
        },
        {
          contextType: 'PaymentsContext',
          paymentType: m('paymentType'),
          paymentMethod: m('paymentMethod'),
          paymentReference: m('paymentReference'),
          paymentDate: m('paymentDate'),
        },
        {
          contextType: 'DeferredContext',
          deferralReason: m('deferralReason'),
          maturityDate: m('maturityDate'),
        },
        { contextType: 'BusinessContext', storeName: m('businessStore') },
        { contextType: 'TimeRangeContext', startTime: m('startTime'), endTime: m('endTime') },
        { contextType: m('contextType'), [m('fieldName')]: m('fieldValue') },
      ],
    };
    await script(key, [{ body: { payload: { transactions: [everywhere] } } }]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    one(el, '[part~="toggle-button"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img, b, [data-field]')).to.equal(null);
    const shown = text(one(el, '[part~="row"]'));
    const fields = [
      'accountType',
      'orderId',
      'identifierValue',
      'transactionType',
      'transactionId',
      'transactionStatus',
      'description',
      'marketplaceName',
      'itemDescription',
      'itemIdValue',
      'itemBreakdownType',
      'asin',
      'sku',
      'fulfillmentNetwork',
      'breakdownType',
      'storeName',
      'orderType',
      'channel',
      'paymentType',
      'paymentMethod',
      'paymentReference',
      'paymentDate',
      'deferralReason',
      'maturityDate',
      'businessStore',
      'startTime',
      'endTime',
      'contextType',
      'fieldValue',
    ];
    expect(fields.filter((field) => !shown.includes(`<b>${field}</b>`))).to.deep.equal([]);
  });

  it('follows an empty first page, de-duplicates by transactionId and stops on a repeated token', async () => {
    const key = newKey('tx-paging');
    await script(key, [
      { body: { payload: { transactions: [], nextToken: 't1' } } },
      { body: { payload: { transactions: [wireTransaction('A')], nextToken: 't2' } } },
      {
        body: {
          payload: {
            transactions: [
              wireTransaction('A'),
              wireTransaction('B', { postedDate: '2026-11-09T10:00:00Z' }),
            ],
            nextToken: 't2',
          },
        },
      },
    ]);
    const loads: TransactionModel[][] = [];
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after="2026-11-01"
        @sp-load=${(e: CustomEvent<TransactionModel[]>) => loads.push(e.detail)}
      ></sp-transaction-list>`,
    );
    expect(rowIds(el)).to.deep.equal(['A']);
    one(el, '[part~="load-more-button"]')!.click();
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['A', 'B']);
    expect(one(el, '[part~="load-more-button"]')).to.equal(null);
    const seen = (await stats(key)).requests.map((r) => r.query.nextToken);
    expect(seen).to.deep.equal([undefined, 't1', 't2']);
    expect(loads.map((rows) => rows.map((t) => t.id))).to.deep.equal([['A'], ['A', 'B']]);
  });

  it('retries a 429 and a 503, then shows the rows', async () => {
    const key = newKey('tx-retry');
    const errors: unknown[] = [];
    await script(key, [
      {
        status: 429,
        headers: { 'retry-after': '0' },
        body: { errors: [{ code: 'QuotaExceeded', message: 'slow down' }] },
      },
      {
        status: 503,
        headers: { 'retry-after': '0' },
        body: { errors: [{ code: 'ServiceUnavailable', message: 'later' }] },
      },
      { body: { payload: { transactions: [wireTransaction('A')] } } },
    ]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        posted-after="2026-11-01"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-transaction-list>`,
    );
    expect((await stats(key)).count).to.equal(3);
    expect(errors).to.deep.equal([]);
    expect(rowIds(el)).to.deep.equal(['A']);
  });

  it('drops the answer to an older query', async () => {
    const key = newKey('tx-stale');
    await script(key, [
      { delayMs: 400, body: { transactions: [wireTransaction('OLD')] } },
      { body: { transactions: [wireTransaction('NEW')] } },
    ]);
    const el = await fixture<SpTransactionList>(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    await waitUntil(async () => (await stats(key)).count === 1, 'the first request is sent');
    el.postedAfter = '2026-11-02';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['NEW']);
  });

  it('notes breakdowns that do not add up to the total', async () => {
    const key = newKey('tx-mismatch');
    const broken = wireTransaction('A', {
      totalAmount: { currencyAmount: 10, currencyCode: 'USD' },
      breakdowns: [
        { breakdownType: 'Sales', breakdownAmount: { currencyAmount: 12, currencyCode: 'USD' } },
        { breakdownType: 'Fees', breakdownAmount: { currencyAmount: -1.5, currencyCode: 'USD' } },
      ],
    });
    await script(key, [{ body: { transactions: [broken, wireTransaction('B')] } }]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after="2026-11-01"
      ></sp-transaction-list>`,
    );
    for (const toggle of all(el, '[part~="toggle-button"]')) toggle.click();
    await el.updateComplete;
    const notes = all(el, '[part~="breakdown-mismatch"]');
    expect(notes.map(text)).to.deep.equal([
      'These breakdowns do not add up to the amount above: -$0.50 is not broken down.',
    ]);
    expect(notes[0]!.closest('[part~="row"]')!.getAttribute('data-transaction-id')).to.equal('A');
    expect(
      all(el, '[part~="toggle-button"]').map((b) => b.getAttribute('aria-expanded')),
    ).to.deep.equal(['true', 'true']);
    await expect(el).to.be.accessible();
  });

  it('splits a range over 180 days into windows, newest first, and merges their rows', async () => {
    const key = newKey('tx-split');
    await script(key, [
      {
        body: {
          payload: {
            transactions: [wireTransaction('NEWER', { postedDate: '2026-09-01T10:00:00Z' })],
          },
        },
      },
      {
        body: {
          payload: {
            transactions: [wireTransaction('OLDER', { postedDate: '2026-02-01T10:00:00Z' })],
          },
        },
      },
    ]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after="2026-01-01T00:00:00Z"
        posted-before="2026-11-01T00:00:00Z"
      ></sp-transaction-list>`,
    );
    // The first window has rows: the second waits for Load more.
    expect(rowIds(el)).to.deep.equal(['NEWER']);
    one(el, '[part~="load-more-button"]')!.click();
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['NEWER', 'OLDER']);
    const windows = (await stats(key)).requests.map((r) => [
      r.query.postedAfter,
      r.query.postedBefore,
    ]);
    expect(windows).to.deep.equal([
      ['2026-05-06T00:00:00.000Z', '2026-11-01T00:00:00Z'],
      ['2026-01-01T00:00:00Z', '2026-05-06T00:00:00.000Z'],
    ]);
    expect(text(one(el, '[part~="notes"]'))).to.contain('loaded in 2 parts');
  });

  it('clamps posted-before to two minutes ago and says the last 48 hours may be incomplete', async () => {
    const key = newKey('tx-clamp');
    await script(key, [{ body: { transactions: [] } }]);
    const el = await mount(
      html`<sp-transaction-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        posted-after=${new Date(Date.now() - 86_400_000).toISOString()}
        posted-before="2099-01-01T00:00:00Z"
      ></sp-transaction-list>`,
    );
    const [request] = (await stats(key)).requests;
    const sent = Date.parse(request!.query.postedBefore!);
    expect(Math.abs(sent - (request!.wallClock - 120_000))).to.be.lessThan(10_000);
    const notes = text(one(el, '[part~="notes"]'));
    expect(notes).to.contain('The range ends two minutes ago');
    expect(notes).to.contain('Transactions of the last 48 hours may not be listed yet.');
    expect(one(el, '[part~="empty"]')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the API error with its request id, accessibly', async () => {
    const key = newKey('tx-error');
    await script(key, [
      {
        status: 400,
        headers: { 'x-amzn-RequestId': 'rid-tx-400' },
        body: { errors: [{ code: 'InvalidInput', message: 'postedAfter is required.' }] },
      },
    ]);
    const el = await mount(
      html`<sp-transaction-list base-url=${baseUrlFor(key)} locale="en-US"></sp-transaction-list>`,
    );
    const error = one(el, '[part~="error"]')!;
    expect(text(error)).to.contain('postedAfter is required.');
    expect(text(error.querySelector('.request-id'))).to.equal('rid-tx-400');
    await expect(el).to.be.accessible();
  });

  describe('large lists', () => {
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

    it('renders 10,000 rows virtualised under 2,000 DOM nodes', async () => {
      const key = newKey('tx-10k');
      await script(key, [{ body: { payload: { transactions: manyTransactions(10_000) } } }]);
      const el = await mount(
        html`<sp-transaction-list
          base-url=${baseUrlFor(key)}
          locale="en-US"
          posted-after="2026-11-01"
        ></sp-transaction-list>`,
      );
      await waitUntil(() => rowIds(el).length > 0, 'the virtualizer renders rows', PATIENT);
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.lessThan(2000);
      expect(rowIds(el)[0]).to.equal('T-0');
      expect(text(one(el, '.count'))).to.equal('10,000 transactions');
      expect(all(el, '[part~="row"]')[0]!.getAttribute('aria-setsize')).to.equal('10000');
    });
  });
});

describe('<sp-transaction-list> on the sandbox', () => {
  it("shows a settlement's transactions, adding up to its payout, and says how it found them", async () => {
    const response = await fetch(
      '/sandbox/finances/transfers/2024-06-01/payouts?marketplaceIds=ATVPDKIKX0DER',
    );
    const payout = ((await response.json()) as ListPayoutsResponse).payouts![3]!;
    const settlementId = payout.relatedIdentifiers![0]!.relatedIdentifierValue!;
    const loads: TransactionModel[][] = [];
    const el = await mount(
      html`<sp-transaction-list
        base-url="/sandbox"
        locale="en-US"
        @sp-load=${(e: CustomEvent<TransactionModel[]>) => loads.push(e.detail)}
      ></sp-transaction-list>`,
    );
    el.showSettlement({
      settlementId,
      payout: {
        id: payout.id!,
        account: {},
        status: 'PAID',
        history: [],
        settlementIds: [settlementId],
        period: { startDate: payout.period!.startDate!, endDate: payout.period!.endDate! },
      },
    });
    await el.updateComplete;
    const rows = loads.at(-1)!;
    expect(rows.length).to.be.greaterThan(3);
    expect(
      rows.every((t) =>
        t.identifiers.some((id) => id.name === 'SETTLEMENT_ID' && id.value === settlementId),
      ),
    ).to.equal(true);
    const sum = rows.reduce((total, t) => total.plus(t.money!.amount), new Decimal(0));
    expect(sum.toString()).to.equal(new Decimal(String(payout.amount!.currencyAmount)).toString());
    expect(text(one(el, '[part~="notes"]'))).to.contain(
      `Showing transactions of settlement ${settlementId} posted between`,
    );
    expect(rowIds(el).length).to.equal(rows.length);
  });

  it('answers a range over 180 days with nothing, so the element asks in windows', async () => {
    const direct = await fetch(
      `/sandbox${PATH}?postedAfter=2026-01-01T00:00:00Z&postedBefore=2026-11-01T00:00:00Z`,
    );
    expect((await direct.json()) as unknown).to.deep.equal({ payload: { transactions: [] } });
    const el = await mount(
      html`<sp-transaction-list
        base-url="/sandbox"
        locale="en-US"
        posted-after="2026-01-01T00:00:00Z"
        posted-before="2026-11-01T00:00:00Z"
      ></sp-transaction-list>`,
    );
    expect(rowIds(el).length).to.be.greaterThan(0);
  });
});
