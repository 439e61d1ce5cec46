import { expect } from '@open-wc/testing';
import { SandboxDataSource, SCENARIO_NAMES, stringifyExact } from '../../src/data/sandbox/index.js';
import { Decimal } from '../../src/money/decimal.js';
import type { Summary } from '../../src/api/wire.js';
import {
  allBalances,
  allPayouts,
  allSummaries,
  DE,
  flattenBalances,
  JP,
  rejection,
  US,
} from './helpers.js';

describe('SandboxDataSource: scenarios', () => {
  it('fails as the HTTP client would report it: status, code, message and request id', async () => {
    for (const [scenario, status, code] of [
      ['error-400', 400, 'InvalidInput'],
      ['error-403', 403, 'Unauthorized'],
      ['error-404', 404, 'NotFound'],
      ['error-500', 500, 'InternalFailure'],
      ['error-503', 503, 'ServiceUnavailable'],
    ] as const) {
      const source = new SandboxDataSource({ scenario });
      const error = await rejection(source.listExpectedPayouts({}));
      expect(error.kind, scenario).to.equal('http');
      expect(error.status, scenario).to.equal(status);
      expect(error.code, scenario).to.equal(code);
      expect(error.message, scenario).to.be.a('string').and.not.equal('');
      expect(error.requestId, scenario).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
  });

  it('gives every request its own request id', async () => {
    const source = new SandboxDataSource({ scenario: 'error-403' });
    const ids = await Promise.all([1, 2, 3].map(() => rejection(source.listBalances({}))));
    expect(new Set(ids.map((e) => e.requestId)).size).to.equal(3);
  });

  it('error-429 always answers 429 with Retry-After', async () => {
    const source = new SandboxDataSource({ scenario: 'error-429', retryAfterSeconds: 2 });
    for (let i = 0; i < 4; i++) {
      const error = await rejection(source.listPayouts({}));
      expect(error.status).to.equal(429);
      expect(error.code).to.equal('QuotaExceeded');
      expect(error.retryAfterMs).to.equal(2000);
      expect(error.retryable).to.equal(true);
    }
  });

  it('flaky-503 and flaky-429 fail the first requests of each distinct request, then succeed', async () => {
    const source = new SandboxDataSource({ scenario: 'flaky-503' });
    expect((await rejection(source.listPayouts({ marketplaceIds: [US] }))).status).to.equal(503);
    expect((await rejection(source.listPayouts({ marketplaceIds: [US] }))).status).to.equal(503);
    // Another query has its own counter.
    expect((await rejection(source.listPayouts({ marketplaceIds: [JP] }))).status).to.equal(503);
    const third = await source.listPayouts({ marketplaceIds: [US] });
    expect(third.payouts!.length).to.be.greaterThan(0);

    const once = new SandboxDataSource({ scenario: 'flaky-429', failures: 1 });
    expect((await rejection(once.listBalances({}))).status).to.equal(429);
    expect((await once.listBalances({})).balances!.length).to.be.greaterThan(0);
  });

  it('network rejects with an SpApiError of kind network', async () => {
    const error = await rejection(new SandboxDataSource({ scenario: 'network' }).listSummary({}));
    expect(error.kind).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('pending never answers until aborted', async () => {
    const source = new SandboxDataSource({ scenario: 'pending' });
    const controller = new AbortController();
    let settled = false;
    const request = source.listPayouts({}, { signal: controller.signal }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).to.equal(false);
    controller.abort();
    const error = await rejection(request);
    expect(error.kind).to.equal('aborted');
  });

  it('slow waits latencyMs, and the wait is abortable', async () => {
    const source = new SandboxDataSource({ scenario: 'slow', latencyMs: 120 });
    const started = performance.now();
    await source.listExpectedPayouts({});
    expect(performance.now() - started).to.be.at.least(110);

    const controller = new AbortController();
    const request = source.listExpectedPayouts({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    const abortedAt = performance.now();
    expect((await rejection(request)).kind).to.equal('aborted');
    expect(performance.now() - abortedAt).to.be.below(100);
    expect(
      (await rejection(source.listBalances({}, { signal: AbortSignal.abort() }))).kind,
    ).to.equal('aborted');
  });

  it('empty has no data, but still hands out one token for payouts (an empty page)', async () => {
    const source = new SandboxDataSource({ scenario: 'empty' });
    const first = await source.listPayouts({});
    expect(first.payouts).to.deep.equal([]);
    expect(first.nextToken).to.be.a('string');
    const { items, pageSizes } = await allPayouts(source);
    expect(items).to.deep.equal([]);
    expect(pageSizes).to.deep.equal([0, 0]);
    expect((await source.listBalances({})).balances).to.deep.equal([]);
    expect((await source.listSummary({})).summaries).to.deep.equal([]);
    expect((await source.listExpectedPayouts({})).expectedPayouts).to.deep.equal([]);
    expect((await rejection(source.listPayouts({ marketplaceIds: ['NOPE'] }))).status).to.equal(
      400,
    );
  });

  it('big-amounts carries 9007199254740993.07 exactly, as a string in the browser', async () => {
    const source = new SandboxDataSource({ scenario: 'big-amounts' });
    const [newest] = (await source.listPayouts({ marketplaceIds: [US] })).payouts!;
    expect(newest!.amount!.currencyAmount).to.equal('9007199254740993.07');
    const exchange = await source.respond('listPayouts', { payoutId: newest!.id! });
    expect(exchange.kind === 'response' && stringifyExact(exchange.body)).to.contain(
      '"currencyAmount":9007199254740993.07',
    );
    const balances = flattenBalances(
      (await allBalances(source, { marketplaceId: US, accountType: 'STANDARD_ORDERS' })).items,
    );
    const available = balances.find((b) => b.balanceType === 'AVAILABLE')!;
    expect(available.amount!.currencyAmount).to.equal('9007199254740993.07');
    const total = balances.find((b) => b.balanceType === 'TOTAL')!;
    expect(
      new Decimal(String(total.amount!.currencyAmount)).greaterThan('9007199254740993.07'),
    ).to.equal(true);
    // Not in the default data.
    const plain = await new SandboxDataSource().listPayouts({ marketplaceIds: [US] });
    expect(JSON.stringify(plain)).not.to.contain('9007199254740993');
  });

  it('published drifts the shapes: netProceeds, bare amounts, names, labels, singular reserve', async () => {
    const source = new SandboxDataSource({ scenario: 'published' });
    const [summary] = (await allSummaries(source, { marketplaceIds: [US] })).items as Summary[];
    expect(summary!.amount).to.equal(undefined);
    expect(summary!.netProceeds!.currencyCode).to.equal('USD');
    expect(summary!.partnerMetadata!.accountType).to.equal('Standard Orders');
    expect(summary!.partnerMetadata!.marketplaceIds).to.deep.equal([US]);
    expect(summary!.breakdowns!.map((b) => b.breakdownType)).to.include.members([
      'Sales',
      'Expenses',
    ]);
    const sales = summary!.breakdowns!.find((b) => b.breakdownType === 'Sales')!;
    expect(sales.breakdowns!.map((b) => b.breakdownType)).to.include('Product Charges');
    expect(sales.breakdowns![0]!.amount).to.be.a('number');
    expect(sales.breakdowns![0]!.breakdownAmount).to.equal(undefined);

    const balances = flattenBalances((await allBalances(source)).items);
    const types = new Set(balances.map((b) => b.balanceType));
    expect(types.has('ACCOUNT_LEVEL_RESERVE')).to.equal(true);
    expect(types.has('ACCOUNT_LEVEL_RESERVES')).to.equal(false);
    expect(balances.some((b) => b.breakdowns === null)).to.equal(true);

    const payouts = (await allPayouts(source)).items;
    expect(new Set(payouts.map((p) => p.currentStatus))).to.include('NO_PAYOUT');
    expect(payouts.some((p) => p.partnerMetadata!.accountType === 'Seller Wallet')).to.equal(true);
    // Labels filter like codes.
    const byLabel = (await allPayouts(source, { accountType: 'SELLER_WALLET' })).items;
    expect(byLabel.length).to.be.greaterThan(0);
  });

  it('multi-currency puts one account in several currencies', async () => {
    const source = new SandboxDataSource({ scenario: 'multi-currency' });
    const de = (await allBalances(source, { marketplaceId: DE, accountType: 'STANDARD_ORDERS' }))
      .items;
    expect(new Set(de.map((b) => b.amount!.currencyCode))).to.deep.equal(
      new Set(['EUR', 'USD', 'GBP']),
    );
    const summaries = (await allSummaries(source, { marketplaceIds: [DE] })).items;
    expect(new Set(summaries.map((s) => s.amount!.currencyCode))).to.deep.equal(
      new Set(['EUR', 'USD']),
    );
  });

  it('a scenario function picks per operation', async () => {
    const source = new SandboxDataSource({
      scenario: (operation) => (operation === 'listPayouts' ? 'error-403' : undefined),
    });
    expect((await rejection(source.listPayouts({}))).status).to.equal(403);
    expect((await source.listExpectedPayouts({})).expectedPayouts!.length).to.be.greaterThan(0);
    expect(source.requests.map((r) => [r.operation, r.scenario])).to.deep.equal([
      ['listPayouts', 'error-403'],
      ['listExpectedPayouts', 'default'],
    ]);
  });

  it('rejects unknown scenario names and lists the known ones', () => {
    expect(() => new SandboxDataSource({ scenario: 'nope' as never })).to.throw(RangeError);
    expect(SCENARIO_NAMES).to.include.members([
      'default',
      'empty',
      'slow',
      'pending',
      'error-403',
      'error-429',
      'flaky-429',
      'flaky-503',
      'network',
      'big-amounts',
      'published',
      'multi-currency',
    ]);
  });

  it('rejects marketplace ids that do not exist, as the API does', async () => {
    const error = await rejection(
      new SandboxDataSource().listPayouts({ marketplaceIds: ['INVALID_MARKETPLACE'] }),
    );
    expect(error.status).to.equal(400);
    expect(error.details).to.contain('marketplaceIds');
  });
});
