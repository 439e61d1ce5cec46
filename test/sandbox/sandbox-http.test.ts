import { expect } from '@open-wc/testing';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { createSandboxHandler } from '../../server/sandbox-handler.js';
import { DE, JP, US } from './helpers.js';

const PAYOUTS = '/finances/transfers/2024-06-01/payouts';
const EXPECTED = '/finances/transfers/2024-06-01/payouts/expected';
const BALANCES = '/finances/2024-06-19/balances';
const SUMMARY = '/finances/2024-06-19/summary';

/** Every `"currencyAmount":…` number exactly as written in the response text. */
const rawAmounts = (text: string) =>
  [...text.matchAll(/"currencyAmount":(-?[0-9.eE+-]+)/g)].map((m) => m[1]!);

describe('sandbox over HTTP (/sandbox)', () => {
  it('serves the SP-API paths with the API headers, the same data as the in-browser source', async () => {
    const response = await fetch(`/sandbox${PAYOUTS}?marketplaceIds=${US},${DE}`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('application/json');
    expect(response.headers.get('x-amzn-RequestId')).to.match(/^[0-9a-f-]{36}$/);
    expect(response.headers.get('x-amzn-RateLimit-Limit')).to.equal('0.5');
    const body = await response.json();
    const local = await new SandboxDataSource().listPayouts({ marketplaceIds: [US, DE] });
    expect(body).to.deep.equal(local);
    expect(body.nextToken).to.be.a('string');

    // Tokens are stateless: the in-browser token works over HTTP and vice versa.
    const next = await (
      await fetch(
        `/sandbox${PAYOUTS}?marketplaceIds=${US},${DE}&nextToken=${encodeURIComponent(body.nextToken)}`,
      )
    ).json();
    const localNext = await new SandboxDataSource().listPayouts({
      marketplaceIds: [US, DE],
      nextToken: body.nextToken,
    });
    expect(next).to.deep.equal(localNext);
  });

  it('writes amounts as exact JSON numbers with the currency minor digits', async () => {
    const jp = await (await fetch(`/sandbox${BALANCES}?marketplaceId=${JP}`)).text();
    const us = await (await fetch(`/sandbox${SUMMARY}?marketplaceIds=${US}`)).text();
    expect(rawAmounts(jp).length).to.be.greaterThan(0);
    for (const amount of rawAmounts(jp)) expect(amount).to.match(/^-?\d+$/);
    expect(rawAmounts(us).length).to.be.greaterThan(10);
    for (const amount of rawAmounts(us)) expect(amount).to.match(/^-?\d+\.\d{2}$/);
  });

  it('big-amounts: the body text holds 9007199254740993.07 as a number', async () => {
    const text = await (
      await fetch(`/sandbox/scenario/big-amounts${PAYOUTS}?marketplaceIds=${US}`)
    ).text();
    expect(text).to.contain('"currencyAmount":9007199254740993.07');
    const expected = await (
      await fetch(`/sandbox/scenario/big-amounts${EXPECTED}?marketplaceIds=${US}`)
    ).text();
    expect(rawAmounts(expected)).to.include('9007199254740993.07');
  });

  it('selects error scenarios by path prefix and answers with an ErrorList', async () => {
    const response = await fetch(`/sandbox/scenario/error-403${BALANCES}`);
    expect(response.status).to.equal(403);
    expect(response.headers.get('x-amzn-RequestId')).to.match(/^[0-9a-f-]{36}$/);
    expect(await response.json()).to.deep.equal({
      errors: [
        {
          code: 'Unauthorized',
          message: 'Access to requested resource is denied.',
          details: 'The access token you provided has expired.',
        },
      ],
    });
    const limited = await fetch(`/sandbox/scenario/error-429/retry-after/3${EXPECTED}`);
    expect(limited.status).to.equal(429);
    expect(limited.headers.get('Retry-After')).to.equal('3');
  });

  it('answers invalid parameters with 400 InvalidInput', async () => {
    const response = await fetch(`/sandbox${PAYOUTS}?createdAfter=soon`);
    expect(response.status).to.equal(400);
    const body = await response.json();
    expect(body.errors[0].code).to.equal('InvalidInput');
    expect(body.errors[0].details).to.contain('createdAfter');
  });

  it('flaky-503 fails twice per distinct request, counted per session', async () => {
    const session = `t${Math.random().toString(36).slice(2)}`;
    const url = `/sandbox/scenario/flaky-503/session/${session}${EXPECTED}?marketplaceIds=${JP}`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(url)).status);
    expect(statuses).to.deep.equal([503, 503, 200]);
  });

  it('network destroys the socket, pending waits until the client aborts', async () => {
    let failure: unknown;
    await fetch(`/sandbox/scenario/network${BALANCES}`).catch((error) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    let aborted: unknown;
    await fetch(`/sandbox/scenario/pending${BALANCES}`, { signal: controller.signal }).catch(
      (error) => (aborted = error),
    );
    expect((aborted as DOMException).name).to.equal('AbortError');
  });

  it('passes unknown paths on to the host server, 404s unknown scenarios, 405s other methods', async () => {
    // Not a sandbox operation: the test runner's own server answers, not the sandbox.
    const passed = await fetch('/sandbox/finances/2024-06-19/nowhere');
    expect(passed.headers.get('x-amzn-RequestId')).to.equal(null);
    const unknown = await fetch(`/sandbox/scenario/nope${BALANCES}`);
    expect(unknown.status).to.equal(404);
    expect((await unknown.json()).errors[0].message).to.contain('error-403');
    // The payouts path takes a POST (initiatePayout); the expected payouts' path takes none.
    const post = await fetch(`/sandbox${EXPECTED}`, { method: 'POST', body: '{}' });
    expect(post.status).to.equal(405);
    expect(post.headers.get('Allow')).to.equal('GET');
  });

  it('feeds HttpDataSource: a settlement id from a payout answers in the summary', async () => {
    const http = new HttpDataSource({ baseUrl: '/sandbox' });
    const { payouts } = await http.listPayouts({
      marketplaceIds: [DE],
      accountType: 'Standard Orders',
    });
    const payout = payouts![3]!;
    expect(payout.partnerMetadata!.accountType).to.equal('STANDARD_ORDERS');
    const { summaries } = await http.listSummary({
      relatedIdentifierName: 'SETTLEMENT_ID',
      relatedIdentifierValue: payout.relatedIdentifiers![0]!.relatedIdentifierValue!,
    });
    expect(summaries![0]!.periodStart).to.equal(payout.period!.startDate);
    expect(summaries![0]!.amount).to.deep.equal(
      payout.amount && {
        currencyAmount: payout.amount.currencyAmount,
        currencyCode: payout.amount.currencyCode,
      },
    );
  });
});

describe('createSandboxHandler without a next handler', () => {
  /** Just enough of Node's request and response for the handler. */
  function call(url: string, method = 'GET') {
    const headers: Record<string, string> = {};
    const res = {
      statusCode: 200,
      body: '',
      writableEnded: false,
      destroyed: false,
      setHeader: (name: string, value: string) => (headers[name.toLowerCase()] = value),
      on: () => res,
      end(text: string) {
        res.body = text;
        res.writableEnded = true;
      },
    };
    const handler = createSandboxHandler();
    handler({ url, method } as never, res as never);
    return { res, headers };
  }

  it('answers unknown paths with a 404 ErrorList and a request id', () => {
    const { res, headers } = call('/finances/2024-06-19/nowhere');
    expect(res.statusCode).to.equal(404);
    expect(JSON.parse(res.body).errors[0].code).to.equal('NotFound');
    expect(headers['x-amzn-requestid']).to.match(/^[0-9a-f-]{36}$/);
  });

  it('answers other methods with 405', () => {
    const { res, headers } = call(PAYOUTS, 'DELETE');
    expect(res.statusCode).to.equal(405);
    expect(headers.allow).to.equal('GET, POST');
  });
});
