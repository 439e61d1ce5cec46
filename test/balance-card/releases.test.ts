/**
 * `<sp-balance-card show-releases>`: when deferred money is released, from the DEFERRED
 * transactions, under the Deferred line. Over real HTTP from the sandbox (whose deferred
 * transactions add up to its deferred balances) and from in-page sources for the edges: the
 * difference in words when they do not add up, never adding currencies, no extra request
 * without the attribute, a failed transactions request that leaves the balances shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/balance-card/balance-card.js';
import type { SpBalanceCard } from '../../src/components/balance-card/balance-card.component.js';
import type { BalancesQuery, TransactionsQuery } from '../../src/api/operations.js';
import type { ListBalancesResponse } from '../../src/api/wire.js';
import type { ListTransactionsResponse } from '../../src/api/transactions-model.js';
import { SpApiError } from '../../src/api/errors.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import { Decimal } from '../../src/money/decimal.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const US = { partnerId: 'A1', accountType: 'STANDARD_ORDERS', marketplaceId: 'ATVPDKIKX0DER' };
const usd = (amount: string) => ({ currencyAmount: amount, currencyCode: 'USD' });

const BALANCES: ListBalancesResponse = {
  balances: [
    { partnerMetadata: US, balanceType: 'AVAILABLE', amount: usd('100.00') },
    { partnerMetadata: US, balanceType: 'DEFERRED', amount: usd('60.00') },
  ],
};

const deferred = (id: string, amount: string, maturityDate?: string, currency = 'USD') => ({
  transactionId: id,
  transactionStatus: 'DEFERRED',
  sellingPartnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'ATVPDKIKX0DER' },
  totalAmount: { currencyAmount: amount, currencyCode: currency },
  postedDate: '2026-11-20T10:00:00Z',
  contexts: maturityDate
    ? [{ contextType: 'DeferredContext', deferralReason: 'DD7', maturityDate }]
    : [],
});

function source(transactions: ListTransactionsResponse | (() => never)) {
  const calls: TransactionsQuery[] = [];
  const impl = {
    calls,
    listBalances: async (_query: BalancesQuery) => structuredClone(BALANCES),
    listTransactions: async (query: TransactionsQuery) => {
      calls.push(query);
      return typeof transactions === 'function' ? transactions() : structuredClone(transactions);
    },
  };
  return impl as typeof impl & FinanceDataSource;
}

async function card(data: FinanceDataSource | string, attrs: Record<string, string> = {}) {
  const el = document.createElement('sp-balance-card');
  if (typeof data === 'string') el.setAttribute('base-url', data);
  else el.dataSource = data;
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await fixture(html`${el}`);
  await el.updateComplete;
  return el as SpBalanceCard;
}

const releases = (el: SpBalanceCard) => el.shadowRoot!.querySelector('[part~="releases"]');
const days = (el: SpBalanceCard) =>
  [...el.shadowRoot!.querySelectorAll('[part~="release-day"]')].map(text);

describe('<sp-balance-card show-releases>', () => {
  it('shows the sandbox’s release days under Deferred, adding up to the deferred balance', async () => {
    const el = await card('/sandbox', { 'marketplace-id': 'ATVPDKIKX0DER', 'show-releases': '' });
    const block = releases(el)!;
    expect(block, 'the release block').to.not.equal(null);
    expect(block.closest('[data-type="DEFERRED"]'), 'under the Deferred line').to.not.equal(null);
    const rows = [...block.querySelectorAll('[part~="release-day"]')];
    expect(rows.length).to.be.within(1, 5);
    const dated = rows.map((row) => row.querySelector('time')?.getAttribute('datetime'));
    const sorted = dated.filter((day): day is string => day != null);
    expect(sorted).to.deep.equal([...sorted].sort());
    // Every release amount, exact, adds up to the Deferred figure shown above it.
    const dollars = (value: string) => new Decimal(value.replace(/[$,]/g, ''));
    const sum = rows
      .map((row) => dollars(text(row.querySelector('[part~="amount"]'))))
      .reduce((a, b) => a.plus(b), new Decimal(0));
    const deferredRow = el.shadowRoot!.querySelector('[data-type="DEFERRED"] > .row')!;
    const balance = dollars(text(deferredRow.querySelector('[part~="amount"]')));
    expect(sum.toString()).to.equal(balance.toString());
    expect(block.querySelector('[part~="releases-difference"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('groups by day, keeps the soonest three and sums the rest as later', async () => {
    const src = source({
      transactions: [
        deferred('T1', '5.00', '2026-12-12T08:00:00Z'),
        deferred('T2', '10.00', '2026-12-10T08:00:00Z'),
        deferred('T3', '2.50', '2026-12-10T20:00:00Z'),
        deferred('T4', '12.50', '2026-12-11T08:00:00Z'),
        deferred('T5', '20.00', '2026-12-20T08:00:00Z'),
        deferred('T6', '10.00'),
      ],
    });
    const el = await card(src, { 'show-releases': '' });
    expect(src.calls).to.have.length(1);
    const { postedAfter, ...rest } = src.calls[0]!;
    expect(rest).to.deep.equal({ transactionStatus: 'DEFERRED' });
    // Required by the API, and inside its 180-day range.
    const back = Date.now() - Date.parse(postedAfter!);
    expect(back).to.be.within(178 * 86_400_000, 180 * 86_400_000);
    // Days in the marketplace's zone (Los Angeles): 20:00Z on the 10th is still the 10th there.
    expect(days(el)).to.deep.equal([
      'Dec 10, 2026 $12.50',
      'Dec 11, 2026 $12.50',
      'Dec 12, 2026 $5.00',
      'Later $20.00',
      'Release date not given $10.00',
    ]);
    expect(releases(el)!.querySelector('[part~="releases-difference"]')).to.equal(null);
  });

  it('says so when the transactions do not add up to the deferred balance', async () => {
    const el = await card(
      source({ transactions: [deferred('T1', '40.00', '2026-12-10T08:00:00Z')] }),
      { 'show-releases': '' },
    );
    expect(text(releases(el)!.querySelector('[part~="releases-difference"]'))).to.equal(
      'The deferred transactions add up to $40.00, $20.00 less than the deferred balance; Amazon did not list the rest.',
    );
  });

  it('never adds another currency in, and sends the card’s one marketplace', async () => {
    const src = source({
      transactions: [
        deferred('T1', '60.00', '2026-12-10T08:00:00Z'),
        deferred('T2', '999.00', '2026-12-10T08:00:00Z', 'EUR'),
      ],
    });
    const el = await card(src, { 'show-releases': '', 'marketplace-id': 'ATVPDKIKX0DER' });
    expect({ ...src.calls[0], postedAfter: undefined }).to.deep.equal({
      postedAfter: undefined,
      transactionStatus: 'DEFERRED',
      marketplaceId: 'ATVPDKIKX0DER',
    });
    expect(days(el)).to.deep.equal(['Dec 10, 2026 $60.00']);
    expect(text(releases(el))).not.to.contain('999');
  });

  it('makes no transactions request without the attribute, and one when it is set', async () => {
    const src = source({ transactions: [] });
    const el = await card(src);
    expect(src.calls).to.have.length(0);
    expect(releases(el)).to.equal(null);
    el.showReleases = true;
    await el.updateComplete;
    expect(src.calls).to.have.length(1);
    expect(text(releases(el))).to.contain('Amazon listed no deferred transactions.');
  });

  it('keeps the balances when the transactions fail, and says the release dates could not load', async () => {
    const src = source(() => {
      throw new SpApiError({ kind: 'http', status: 403, message: 'Forbidden' });
    });
    const el = await card(src, { 'show-releases': '' });
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part~="balance-row"]').length).to.be.greaterThan(0);
    expect(text(releases(el))).to.equal('Release dates could not be loaded: Access denied.');
    await expect(el).to.be.accessible();
  });
});
