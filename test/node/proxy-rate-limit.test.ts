import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MemoryStore } from '../../server/proxy/index.js';
import {
  BALANCES,
  CLIENT_ID,
  CLIENT_SECRET,
  firstError,
  PAYOUTS,
  rawRequest,
  REFRESH_TOKEN,
  testClock,
  useProxyHarness,
} from './helpers.js';

const { spApi, proxyWith } = await useProxyHarness();

const sellerFromHeader = (req: { headers: Record<string, unknown> }) => ({
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  refreshToken: `${REFRESH_TOKEN}-${String(req.headers['x-test-seller'])}`,
});

async function statuses(port: number, path: string, count: number, seller = 'a') {
  const result: number[] = [];
  for (let i = 0; i < count; i++) {
    result.push((await rawRequest(port, path, { headers: { 'x-test-seller': seller } })).status);
  }
  return result;
}

describe('the local token bucket', () => {
  test('by default a seller gets a burst of 10, then 429 without calling the SP-API', async () => {
    const clock = testClock();
    const proxy = await proxyWith({ now: clock.now, credentials: sellerFromHeader });
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 10), Array(10).fill(200));
    const refused = await rawRequest(proxy.port, PAYOUTS, { headers: { 'x-test-seller': 'a' } });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers['retry-after'], '2', '0.5 per second: one token in 2 s');
    assert.equal(firstError(refused).code, 'QuotaExceeded');
    assert.equal(spApi.requests.length, 10);
  });

  test('tokens come back at the configured rate; Retry-After is whole seconds, rounded up', async () => {
    const clock = testClock();
    const proxy = await proxyWith({
      now: clock.now,
      credentials: sellerFromHeader,
      rateLimits: { ratePerSecond: 0.4, burst: 2 },
    });
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 3), [200, 200, 429]);
    clock.advance(1000);
    const early = await rawRequest(proxy.port, PAYOUTS, { headers: { 'x-test-seller': 'a' } });
    assert.equal(early.status, 429);
    assert.equal(early.headers['retry-after'], '2', '1.5 s left, rounded up');
    clock.advance(1500);
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 2), [200, 429]);
    assert.equal(spApi.requests.length, 3);
  });

  test('each seller and each operation has its own bucket', async () => {
    const clock = testClock();
    const proxy = await proxyWith({
      now: clock.now,
      credentials: sellerFromHeader,
      rateLimits: { listPayouts: { ratePerSecond: 0.1, burst: 1 } },
    });
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 2, 'a'), [200, 429]);
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 2, 'b'), [200, 429]);
    assert.deepEqual(
      await statuses(proxy.port, BALANCES, 11, 'a'),
      [...Array(10).fill(200), 429],
      'other operations keep the default 0.5/s burst 10',
    );
  });

  test('an explicit sellerId names the budget, whatever the refresh token', async () => {
    const clock = testClock();
    const proxy = await proxyWith({
      now: clock.now,
      rateLimits: { ratePerSecond: 0.1, burst: 1 },
      credentials: (req) => ({ ...sellerFromHeader(req), sellerId: 'A3TH9S8BH6GOGM' }),
    });
    assert.equal((await statuses(proxy.port, PAYOUTS, 1, 'a'))[0], 200);
    assert.equal((await statuses(proxy.port, PAYOUTS, 1, 'b'))[0], 429);
  });

  test('rateLimits: false turns the local limit off', async () => {
    const proxy = await proxyWith({ rateLimits: false });
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 12), Array(12).fill(200));
  });

  test('refused requests (400, 404, 405) spend nothing', async () => {
    const clock = testClock();
    const proxy = await proxyWith({
      now: clock.now,
      credentials: sellerFromHeader,
      rateLimits: { ratePerSecond: 0.1, burst: 1 },
    });
    await rawRequest(proxy.port, `${PAYOUTS}?bogus=1`);
    await rawRequest(proxy.port, PAYOUTS, { method: 'POST' });
    await rawRequest(proxy.port, '/sp-api/nope');
    assert.deepEqual(await statuses(proxy.port, PAYOUTS, 2), [200, 429]);
  });

  test('a clock that steps back refills nothing (instances with skewed clocks)', async () => {
    const store = new MemoryStore();
    const limit = { ratePerSecond: 1, burst: 1 };
    assert.equal((await store.take('k', limit, 10_000)).allowed, true);
    assert.equal((await store.take('k', limit, 5_000)).allowed, false);
    const later = await store.take('k', limit, 10_500);
    assert.deepEqual(later, { allowed: false, retryAfterMs: 500 });
    assert.equal((await store.take('k', limit, 11_000)).allowed, true);
  });
});
