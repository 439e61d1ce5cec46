import { expect } from '@open-wc/testing';
import { SpApiError } from '../../src/api/errors.js';
import { HttpDataSource, type HttpDataSourceOptions } from '../../src/data/http-data-source.js';
import { parseLosslessJson } from '../../src/data/lossless-json.js';
import { formatMoney, moneyFrom } from '../../src/money/index.js';
import {
  baseUrlFor,
  delay,
  newKey,
  rejectionOf,
  script,
  stats,
  type Step,
} from './http-helpers.js';

/**
 * HttpDataSource against real HTTP endpoints (test/server/test-endpoints.ts). Delays are kept
 * short by configuring the client; only two tests wait for up to a second of `Retry-After`.
 * Spacing is measured by the server's arrival times, which jitter on a busy machine: the bounds
 * leave about a quarter of slack, and still fail clearly if the spacing is missing.
 */

const PAYOUTS = { payouts: [{ id: 'P1' }] };
const ERROR_LIST = {
  errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota.', details: '' }],
};

/** A client for `key` with no practical rate limit and millisecond backoff. */
function clientFor(key: string, options: Partial<HttpDataSourceOptions> = {}) {
  return new HttpDataSource({
    baseUrl: baseUrlFor(key),
    rate: { ratePerSecond: 1000, burst: 1000 },
    backoff: { baseMs: 10, capMs: 40 },
    random: () => 0.5,
    timeoutMs: 5000,
    ...options,
  });
}

async function scripted(label: string, steps: Step[]): Promise<string> {
  const key = newKey(label);
  await script(key, steps);
  return key;
}

/** Gaps in ms between the arrivals of consecutive requests at the server. */
async function arrivalGaps(key: string): Promise<number[]> {
  const { requests } = await stats(key);
  return requests.slice(1).map((r, i) => r.at - requests[i]!.at);
}

function expectApiError(error: unknown, kind: SpApiError['kind']): SpApiError {
  expect(error).to.be.instanceOf(SpApiError);
  expect((error as SpApiError).kind).to.equal(kind);
  return error as SpApiError;
}

describe('HttpDataSource: requests', () => {
  it('requests {baseUrl}{SP-API path}?{query} with accept: application/json', async () => {
    const key = await scripted('shape', [{ body: PAYOUTS }]);
    const client = clientFor(key);
    const body = await client.listPayouts({
      marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'],
      createdAfter: '2024-05-01T00:00:00+09:00',
      accountType: 'Standard Orders',
    });
    expect(body).to.deep.equal(PAYOUTS);
    const [seen] = (await stats(key)).requests;
    expect(seen!.url.split('?')[0]).to.equal('/finances/transfers/2024-06-01/payouts');
    expect(seen!.url).to.contain('marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2&');
    expect(seen!.query).to.deep.equal({
      marketplaceIds: 'ATVPDKIKX0DER,A2EUQ1WTGCTBG2',
      createdAfter: '2024-05-01T00:00:00+09:00',
      accountType: 'Standard Orders',
    });
    expect(seen!.headers.accept).to.equal('application/json');
  });

  it('tolerates a trailing slash on the base URL', async () => {
    const key = await scripted('slash', [{ body: {} }]);
    await clientFor(key, { baseUrl: `${baseUrlFor(key)}//` }).listExpectedPayouts({});
    expect((await stats(key)).requests[0]!.url).to.equal(
      '/finances/transfers/2024-06-01/payouts/expected',
    );
  });

  it('asks the headers function before every attempt and sends what it returns', async () => {
    const key = await scripted('headers', [{ status: 503, body: ERROR_LIST }, { body: {} }]);
    let calls = 0;
    const client = clientFor(key, {
      headers: async () => {
        calls++;
        return { 'x-csrf-token': `csrf-${calls}`, authorization: `Bearer token-${calls}` };
      },
    });
    await client.listBalances({});
    const { requests } = await stats(key);
    expect(requests.map((r) => r.headers['x-csrf-token'])).to.deep.equal(['csrf-1', 'csrf-2']);
    expect(requests.map((r) => r.headers.authorization)).to.deep.equal([
      'Bearer token-1',
      'Bearer token-2',
    ]);
    expect(requests[0]!.headers.accept).to.equal('application/json');
  });

  it('sends cookies by default (same-origin) and not with credentials: omit', async () => {
    const key = await scripted('cookies', [{ body: {} }]);
    const cookie = `sp-test-${key}=session`;
    document.cookie = `${cookie}; path=/`;
    try {
      await clientFor(key).listBalances({ marketplaceId: 'A' });
      await clientFor(key, { credentials: 'omit' }).listBalances({ marketplaceId: 'B' });
    } finally {
      document.cookie = `sp-test-${key}=; path=/; max-age=0`;
    }
    const { requests } = await stats(key);
    expect(String(requests[0]!.headers.cookie)).to.contain(cookie);
    expect(String(requests[1]!.headers.cookie ?? '')).not.to.contain(cookie);
  });

  it('uses a fetch override', async () => {
    const key = await scripted('fetch-override', [{ body: {} }]);
    const seen: string[] = [];
    const client = clientFor(key, {
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    await client.listSummary({});
    expect(seen).to.deep.equal([`${baseUrlFor(key)}/finances/2024-06-19/summary`]);
    expect((await stats(key)).count).to.equal(1);
  });
});

describe('HttpDataSource: errors and retries', () => {
  it('does not retry a 403, and the error carries status, code, message and request id', async () => {
    const key = await scripted('403', [
      {
        status: 403,
        headers: { 'x-amzn-RequestId': 'RID-403-abc' },
        body: {
          errors: [
            {
              code: 'Unauthorized',
              message: 'Access to requested resource is denied.',
              details: 'The access token you provided has expired.',
            },
          ],
        },
      },
    ]);
    const error = expectApiError(await rejectionOf(clientFor(key).listBalances({})), 'http');
    expect(error.status).to.equal(403);
    expect(error.code).to.equal('Unauthorized');
    expect(error.message).to.equal('Access to requested resource is denied.');
    expect(error.details).to.equal('The access token you provided has expired.');
    expect(error.requestId).to.equal('RID-403-abc');
    expect((await stats(key)).count).to.equal(1);
  });

  for (const status of [400, 404]) {
    it(`does not retry a ${status}`, async () => {
      const key = await scripted(`${status}`, [{ status, body: ERROR_LIST }, { body: {} }]);
      const error = expectApiError(await rejectionOf(clientFor(key).listBalances({})), 'http');
      expect(error.status).to.equal(status);
      expect((await stats(key)).count).to.equal(1);
    });
  }

  it('retries 500, 502, 503 and 504 until an answer comes', async () => {
    const key = await scripted('5xx', [
      { status: 500, body: ERROR_LIST },
      { status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } },
      { status: 503 },
      { body: PAYOUTS },
    ]);
    const client = clientFor(key);
    expect(await client.listPayouts({})).to.deep.equal(PAYOUTS);
    expect((await stats(key)).count).to.equal(4);
  });

  it('gives up after 3 retries with the last error', async () => {
    const key = await scripted('budget', [
      { status: 504, headers: { 'x-amzn-RequestId': 'RID-504' }, body: 'Gateway Timeout' },
    ]);
    const error = expectApiError(await rejectionOf(clientFor(key).listPayouts({})), 'http');
    expect(error.status).to.equal(504);
    expect(error.message).to.equal('Gateway Timeout');
    expect(error.requestId).to.equal('RID-504');
    expect((await stats(key)).count).to.equal(4);
  });

  it('retries as many times as maxRetries says', async () => {
    const key = await scripted('max-retries', [{ status: 500 }]);
    await rejectionOf(clientFor(key, { maxRetries: 1 }).listPayouts({}));
    expect((await stats(key)).count).to.equal(2);
  });

  it('honours Retry-After in seconds as the least wait before retrying a 429', async () => {
    const key = await scripted('retry-after', [
      { status: 429, headers: { 'Retry-After': '1' }, body: ERROR_LIST },
      { body: PAYOUTS },
    ]);
    // No jitter: the wait is exactly what the server asked for.
    const client = clientFor(key, { random: () => 0 });
    const started = performance.now();
    expect(await client.listPayouts({})).to.deep.equal(PAYOUTS);
    expect(performance.now() - started).to.be.at.least(1000);
    expect((await stats(key)).count).to.equal(2);
    const [gap] = await arrivalGaps(key);
    expect(gap).to.be.at.least(995);
  });

  it('honours Retry-After given as an HTTP date', async () => {
    const key = await scripted('retry-after-date', [
      { status: 429, retryAfterDateInMs: 300, body: ERROR_LIST },
      { body: PAYOUTS },
    ]);
    const client = clientFor(key, { random: () => 0 });
    expect(await client.listPayouts({})).to.deep.equal(PAYOUTS);
    const { requests } = await stats(key);
    expect(requests).to.have.length(2);
    const retryAt = Date.parse(String(requests[0]!.responseHeaders!['retry-after']));
    // The second request did not leave before the date (a few ms for clock rounding).
    expect(requests[1]!.wallClock).to.be.at.least(retryAt - 5);
  });

  it('does not wait when Retry-After asks for longer than maxRetryDelayMs', async () => {
    const key = await scripted('retry-after-long', [
      { status: 429, headers: { 'Retry-After': '120' }, body: ERROR_LIST },
      { body: PAYOUTS },
    ]);
    const started = performance.now();
    const error = expectApiError(await rejectionOf(clientFor(key).listPayouts({})), 'http');
    expect(performance.now() - started).to.be.below(1000);
    expect(error.status).to.equal(429);
    expect(error.code).to.equal('QuotaExceeded');
    expect(error.retryAfterMs).to.equal(120_000);
    expect((await stats(key)).count).to.equal(1);
  });

  it('backs off exponentially, scaled by the jitter and capped', async () => {
    const key = await scripted('backoff', [
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { body: {} },
    ]);
    // random 0.99 waits almost the whole bound: ~40, ~80, then the cap of ~80 (not 160).
    const client = clientFor(key, { random: () => 0.99, backoff: { baseMs: 40, capMs: 80 } });
    await client.listPayouts({});
    const [first, second, third] = await arrivalGaps(key);
    expect(first).to.be.at.least(30);
    expect(second).to.be.at.least(65);
    expect(third).to.be.at.least(65);
    expect(third).to.be.below(140);
  });

  it('full jitter: random() = 0 retries at once', async () => {
    const key = await scripted('jitter', [{ status: 503 }, { status: 503 }, { body: {} }]);
    const client = clientFor(key, { random: () => 0, backoff: { baseMs: 5000, capMs: 5000 } });
    const started = performance.now();
    await client.listPayouts({});
    expect(performance.now() - started).to.be.below(2000);
    expect((await stats(key)).count).to.equal(3);
  });

  it('retries a dropped connection, and reports a network error when out of retries', async () => {
    const key = await scripted('network', [{ destroy: true }, { body: PAYOUTS }]);
    expect(await clientFor(key).listPayouts({})).to.deep.equal(PAYOUTS);
    expect((await stats(key)).count).to.equal(2);

    const failing = await scripted('network-final', [{ destroy: true }]);
    const error = await rejectionOf(clientFor(failing, { maxRetries: 1 }).listPayouts({}));
    expect(expectApiError(error, 'network').cause).to.be.instanceOf(TypeError);
    expect((await stats(failing)).count).to.equal(2);
  });

  it('reads a non-JSON error body as the message', async () => {
    const key = await scripted('html-error', [
      {
        status: 400,
        headers: { 'content-type': 'text/html' },
        body: 'Bad request: marketplaceIds is malformed',
      },
    ]);
    const error = expectApiError(await rejectionOf(clientFor(key).listPayouts({})), 'http');
    expect(error.message).to.equal('Bad request: marketplaceIds is malformed');
    expect(error.code).to.equal(undefined);
  });

  it('reads an empty error body as the status', async () => {
    const key = await scripted('empty-error', [{ status: 503 }]);
    const error = await rejectionOf(clientFor(key, { maxRetries: 0 }).listPayouts({}));
    expect(expectApiError(error, 'http').message).to.equal('HTTP 503');
    expect((error as SpApiError).status).to.equal(503);
  });

  it('rejects a 200 that is not JSON with kind parse, without retrying', async () => {
    const key = await scripted('not-json', [
      { headers: { 'content-type': 'text/html', 'x-amzn-RequestId': 'RID-P' }, body: '<html>' },
    ]);
    const error = expectApiError(await rejectionOf(clientFor(key).listPayouts({})), 'parse');
    expect(error.requestId).to.equal('RID-P');
    expect((await stats(key)).count).to.equal(1);
  });
});

describe('HttpDataSource: timeout and abort', () => {
  it('times out with kind timeout after its retries, dropping each connection', async () => {
    const key = await scripted('timeout', [
      { delayMs: 1500, body: {} },
      { delayMs: 1500, body: {} },
    ]);
    const started = performance.now();
    const client = clientFor(key, { timeoutMs: 100, maxRetries: 1 });
    const error = await rejectionOf(client.listPayouts({}));
    expectApiError(error, 'timeout');
    expect(performance.now() - started).to.be.below(1500);
    await delay(50);
    const { requests } = await stats(key);
    expect(requests).to.have.length(2);
    expect(requests.every((request) => request.aborted)).to.equal(true);
  });

  it('retries a timeout like a network failure, and shows the answer that came', async () => {
    const key = await scripted('timeout-then-ok', [
      { delayMs: 1500, body: {} },
      { body: { payouts: [{ id: 'P-after-timeout' }] } },
    ]);
    const page = await clientFor(key, { timeoutMs: 100 }).listPayouts({});
    expect(page.payouts?.map((payout) => payout.id)).to.deep.equal(['P-after-timeout']);
    expect((await stats(key)).count).to.equal(2);
  });

  it("aborts with the caller's signal", async () => {
    const key = await scripted('abort', [{ delayMs: 1500, body: {} }]);
    const controller = new AbortController();
    const pending = clientFor(key).listPayouts({}, { signal: controller.signal });
    await delay(100);
    controller.abort();
    const started = performance.now();
    expectApiError(await rejectionOf(pending), 'aborted');
    expect(performance.now() - started).to.be.below(100);
    await delay(50);
    expect((await stats(key)).requests[0]!.aborted).to.equal(true);
  });

  it('requests nothing with an already aborted signal', async () => {
    const key = await scripted('pre-aborted', [{ body: {} }]);
    const error = await rejectionOf(
      clientFor(key).listPayouts({}, { signal: AbortSignal.abort() }),
    );
    expectApiError(error, 'aborted');
    expect((await stats(key)).count).to.equal(0);
  });

  it('does not retry after an abort during the backoff', async () => {
    const key = await scripted('abort-backoff', [{ status: 503 }, { body: {} }]);
    const controller = new AbortController();
    const client = clientFor(key, { random: () => 0.99, backoff: { baseMs: 2000, capMs: 2000 } });
    const pending = client.listPayouts({}, { signal: controller.signal });
    await delay(150);
    controller.abort();
    expectApiError(await rejectionOf(pending), 'aborted');
    await delay(50);
    expect((await stats(key)).count).to.equal(1);
  });
});

describe('HttpDataSource: coalescing and cache', () => {
  it('makes identical concurrent requests once, giving each caller its own copy', async () => {
    const key = await scripted('coalesce', [{ delayMs: 100, body: PAYOUTS }]);
    const client = clientFor(key);
    const [a, b] = await Promise.all([
      client.listPayouts({ marketplaceIds: ['A'] }),
      client.listPayouts({ marketplaceIds: ['A'] }),
    ]);
    expect(a).to.deep.equal(PAYOUTS);
    expect(b).to.deep.equal(PAYOUTS);
    a.payouts!.length = 0;
    expect(b.payouts).to.have.length(1);
    expect((await stats(key)).count).to.equal(1);
  });

  it('makes different requests separately', async () => {
    const key = await scripted('no-coalesce', [{ delayMs: 50, body: PAYOUTS }]);
    const client = clientFor(key);
    await Promise.all([
      client.listPayouts({ marketplaceIds: ['A'] }),
      client.listPayouts({ marketplaceIds: ['B'] }),
      client.listExpectedPayouts({ marketplaceIds: ['A'] }),
    ]);
    expect((await stats(key)).count).to.equal(3);
  });

  it("one caller's abort detaches only that caller", async () => {
    const key = await scripted('coalesce-abort-one', [{ delayMs: 200, body: PAYOUTS }]);
    const client = clientFor(key);
    const leaving = new AbortController();
    const first = client.listPayouts({}, { signal: leaving.signal });
    const second = client.listPayouts({}, { signal: new AbortController().signal });
    await delay(50);
    leaving.abort();
    expectApiError(await rejectionOf(first), 'aborted');
    expect(await second).to.deep.equal(PAYOUTS);
    const { requests } = await stats(key);
    expect(requests).to.have.length(1);
    expect(requests[0]!.aborted).to.equal(false);
  });

  it('aborts the request when every caller has gone', async () => {
    const key = await scripted('coalesce-abort-all', [{ delayMs: 1500, body: PAYOUTS }]);
    const client = clientFor(key);
    const controllers = [new AbortController(), new AbortController()];
    const outcomes = controllers.map((c) =>
      rejectionOf(client.listPayouts({}, { signal: c.signal })),
    );
    await delay(50);
    controllers[0]!.abort();
    await delay(50);
    let seen = (await stats(key)).requests;
    expect(seen[0]!.aborted).to.equal(false);
    controllers[1]!.abort();
    for (const error of await Promise.all(outcomes)) expectApiError(error, 'aborted');
    await delay(50);
    seen = (await stats(key)).requests;
    expect(seen).to.have.length(1);
    expect(seen[0]!.aborted).to.equal(true);
  });

  it('answers a repeated request from the cache', async () => {
    const key = await scripted('cache', [{ body: PAYOUTS }]);
    const client = clientFor(key);
    const first = await client.listPayouts({ payoutId: 'P1' });
    const second = await client.listPayouts({ payoutId: 'P1' });
    expect(second).to.deep.equal(first);
    expect(second).not.to.equal(first);
    expect((await stats(key)).count).to.equal(1);
  });

  it('fresh bypasses the cache and refreshes it', async () => {
    const key = await scripted('fresh', [
      { body: { payouts: [{ id: 'old' }] } },
      { body: { payouts: [{ id: 'new' }] } },
    ]);
    const client = clientFor(key);
    await client.listPayouts({});
    const refreshed = await client.listPayouts({}, { fresh: true });
    expect(refreshed.payouts![0]!.id).to.equal('new');
    const cached = await client.listPayouts({});
    expect(cached.payouts![0]!.id).to.equal('new');
    expect((await stats(key)).count).to.equal(2);
  });

  it('forgets a response after cacheTtlMs', async () => {
    const key = await scripted('ttl', [{ body: PAYOUTS }]);
    const client = clientFor(key, { cacheTtlMs: 50 });
    await client.listPayouts({});
    await delay(80);
    await client.listPayouts({});
    expect((await stats(key)).count).to.equal(2);
  });

  it('does not cache errors', async () => {
    const key = await scripted('no-cache-errors', [{ status: 500 }, { body: PAYOUTS }]);
    const client = clientFor(key, { maxRetries: 0 });
    await rejectionOf(client.listPayouts({}));
    expect(await client.listPayouts({})).to.deep.equal(PAYOUTS);
    expect((await stats(key)).count).to.equal(2);
  });
});

describe('HttpDataSource: rate budget', () => {
  it('lets a burst through, then spaces requests at the rate', async () => {
    const key = await scripted('rate', [{ body: {} }]);
    const client = clientFor(key, { rate: { ratePerSecond: 10, burst: 2 } });
    await Promise.all(['1', '2', '3', '4'].map((id) => client.listPayouts({ payoutId: id })));
    const { requests } = await stats(key);
    const since = requests.map((r) => r.at - requests[0]!.at);
    expect(since[1]).to.be.below(80);
    expect(since[2]).to.be.at.least(75);
    expect(since[3]).to.be.at.least(160);
  });

  it('keeps one budget per operation', async () => {
    const key = await scripted('rate-per-op', [{ body: {} }]);
    const client = clientFor(key, { rate: { ratePerSecond: 1, burst: 1 } });
    await client.listPayouts({});
    const started = performance.now();
    await client.listBalances({});
    expect(performance.now() - started).to.be.below(500);
  });

  it('makes retries wait for a token too', async () => {
    const key = await scripted('rate-retry', [{ status: 503 }, { body: {} }]);
    const client = clientFor(key, { rate: { ratePerSecond: 5, burst: 1 }, random: () => 0 });
    await client.listPayouts({});
    const [gap] = await arrivalGaps(key);
    expect(gap).to.be.at.least(150);
  });

  it('a request waiting for a token can be aborted', async () => {
    const key = await scripted('rate-abort', [{ body: {} }]);
    const client = clientFor(key, { rate: { ratePerSecond: 0.5, burst: 1 } });
    await client.listPayouts({ payoutId: '1' });
    const controller = new AbortController();
    const waiting = client.listPayouts({ payoutId: '2' }, { signal: controller.signal });
    await delay(50);
    controller.abort();
    expectApiError(await rejectionOf(waiting), 'aborted');
    expect((await stats(key)).count).to.equal(1);
  });

  it('slows down to the rate x-amzn-RateLimit-Limit announces', async () => {
    const key = await scripted('rate-header', [
      { headers: { 'x-amzn-RateLimit-Limit': '5.0' }, body: {} },
    ]);
    const client = clientFor(key, { rate: { ratePerSecond: 100, burst: 1 } });
    await client.listPayouts({ payoutId: '1' });
    await Promise.all(['2', '3', '4'].map((id) => client.listPayouts({ payoutId: id })));
    // At 100/s they would be ~10 ms apart; at 5/s, 200 ms. (The first gap may be shorter:
    // part of its token had accrued at the old rate before the header arrived.)
    const gaps = await arrivalGaps(key);
    expect(gaps[1]).to.be.at.least(150);
    expect(gaps[2]).to.be.at.least(150);
  });

  it('does not speed up past the configured rate when the header is higher', async () => {
    const key = await scripted('rate-header-high', [
      { headers: { 'x-amzn-RateLimit-Limit': '100' }, body: {} },
    ]);
    const client = clientFor(key, { rate: { ratePerSecond: 5, burst: 1 } });
    await client.listPayouts({ payoutId: '1' });
    await client.listPayouts({ payoutId: '2' });
    const [gap] = await arrivalGaps(key);
    expect(gap).to.be.at.least(150);
  });
});

describe('HttpDataSource: lossless JSON', () => {
  const RAW = `{"balances":[
    {"balanceType":"TOTAL","amount":{"currencyAmount":9007199254740993.07,"currencyCode":"USD"}},
    {"balanceType":"AVAILABLE","amount":{"currencyAmount":123456789012345678901234.5,"currencyCode":"USD"}},
    {"balanceType":"RESERVED","amount":{"currencyAmount":12.5,"currencyCode":"USD"}}
  ]}`;

  const parsers: [string, HttpDataSourceOptions['parseJson']][] = [
    ['JSON.parse with context.source', undefined],
    ['the fallback parser', (text) => parseLosslessJson(text, { forceFallback: true })],
  ];

  for (const [name, parseJson] of parsers) {
    it(`keeps amounts beyond 2^53 exact end to end (${name})`, async () => {
      const key = await scripted('lossless', [{ body: RAW }]);
      const body = await clientFor(key, { parseJson }).listBalances({});
      const amounts = body.balances!.map((b) => b.amount!.currencyAmount);
      expect(amounts).to.deep.equal(['9007199254740993.07', '123456789012345678901234.5', 12.5]);
      const shown = body.balances!.map((b) => formatMoney(moneyFrom(b.amount)!, 'en-US'));
      expect(shown).to.deep.equal([
        '$9,007,199,254,740,993.07',
        '$123,456,789,012,345,678,901,234.50',
        '$12.50',
      ]);
    });
  }
});
