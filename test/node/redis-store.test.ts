import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import { Redis } from 'ioredis';
import { RedisStore } from '../../server/proxy/index.js';
import {
  PAYOUTS,
  rawRequest,
  REFRESH_TOKEN,
  startProxy,
  startRedis,
  useProxyHarness,
  type RedisServer,
} from './helpers.js';

let redis: RedisServer | undefined;
const { lwa, spApi, proxyWith } = await useProxyHarness({}, { scanForLeaks: () => !!redis });
const clients: Redis[] = [];
let prefixes = 0;

before(async () => {
  redis = await startRedis();
});
after(async () => {
  for (const client of clients) client.disconnect();
  await redis?.stop();
});

/** A store with its own connection, as a separate proxy instance would have. */
function connect(t: TestContext, keyPrefix: string): RedisStore | undefined {
  if (!redis) {
    t.skip('redis-server is not installed');
    return undefined;
  }
  const client = new Redis(redis.url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  clients.push(client);
  return new RedisStore(client, { keyPrefix });
}

/** Two proxy instances (two servers, two Redis connections) sharing one Redis. */
async function twoInstances(t: TestContext, options: Parameters<typeof startProxy>[2]) {
  const prefix = `test${++prefixes}:`;
  const storeA = connect(t, prefix);
  const storeB = connect(t, prefix);
  if (!storeA || !storeB) return undefined;
  const a = await proxyWith({ ...options, store: storeA });
  const b = await proxyWith({ ...options, store: storeB });
  return [a, b] as const;
}

describe('RedisStore', () => {
  test('two proxy instances share one rate budget per seller', async (t) => {
    const instances = await twoInstances(t, {
      rateLimits: { ratePerSecond: 0.01, burst: 3 },
    });
    if (!instances) return;
    const [a, b] = instances;
    const seen: number[] = [];
    for (const proxy of [a, b, a, b, a]) seen.push((await rawRequest(proxy.port, PAYOUTS)).status);
    assert.deepEqual(seen, [200, 200, 200, 429, 429]);
    assert.equal(spApi.requests.length, 3);
    const refused = await rawRequest(b.port, PAYOUTS);
    assert.equal(refused.headers['retry-after'], '100', 'one token per 100 s');
  });

  test('concurrent requests across instances never spend a token twice (atomic script)', async (t) => {
    const instances = await twoInstances(t, {
      rateLimits: { ratePerSecond: 0.01, burst: 5 },
    });
    if (!instances) return;
    const [a, b] = instances;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => rawRequest((i % 2 ? a : b).port, PAYOUTS)),
    );
    const ok = responses.filter((response) => response.status === 200).length;
    const limited = responses.filter((response) => response.status === 429).length;
    assert.equal(ok, 5);
    assert.equal(limited, 15);
    assert.equal(spApi.requests.length, 5);
  });

  test('the instances share cached access tokens: one LWA grant for both', async (t) => {
    const instances = await twoInstances(t, { rateLimits: false });
    if (!instances) return;
    const [a, b] = instances;
    assert.equal((await rawRequest(a.port, PAYOUTS)).status, 200);
    assert.equal((await rawRequest(b.port, PAYOUTS)).status, 200);
    assert.equal(lwa.grants.length, 1);
    const tokens = spApi.requests.map((request) => request.headers['x-amz-access-token']);
    assert.equal(tokens[0], tokens[1]);
  });

  test('Redis holds tokens under a hash, never the refresh token, with a TTL', async (t) => {
    const prefix = `test${++prefixes}:`;
    const store = connect(t, prefix);
    if (!store) return;
    const proxy = await proxyWith({ rateLimits: false, store });
    await rawRequest(proxy.port, PAYOUTS);
    const client = clients.at(-1)!;
    const keys = await client.keys(`${prefix}*`);
    assert.equal(keys.length, 1);
    assert.match(keys[0]!, new RegExp(`^${prefix}lwa:[0-9a-f]{32}$`));
    assert.ok(!keys[0]!.includes(REFRESH_TOKEN));
    const ttl = await client.pttl(keys[0]!);
    assert.ok(ttl > 3_400_000 && ttl <= 3_540_000, `ttl ${ttl}`);
  });

  test('get, set with expiry, delete', async (t) => {
    const store = connect(t, `test${++prefixes}:`);
    if (!store) return;
    assert.equal(await store.get('k'), undefined);
    await store.set('k', 'v', 60_000);
    assert.equal(await store.get('k'), 'v');
    await store.set('short', 'v', 50);
    await new Promise((resolve) => setTimeout(resolve, 120));
    assert.equal(await store.get('short'), undefined);
    await store.delete('k');
    assert.equal(await store.get('k'), undefined);
  });

  test('the bucket script matches the in-memory arithmetic', async (t) => {
    const store = connect(t, `test${++prefixes}:`);
    if (!store) return;
    const limit = { ratePerSecond: 0.5, burst: 2 };
    const now = 1_700_000_000_000;
    assert.deepEqual(await store.take('b', limit, now), { allowed: true, retryAfterMs: 0 });
    assert.deepEqual(await store.take('b', limit, now), { allowed: true, retryAfterMs: 0 });
    assert.deepEqual(await store.take('b', limit, now + 500), {
      allowed: false,
      retryAfterMs: 1500,
    });
    assert.deepEqual(await store.take('b', limit, now + 100), {
      allowed: false,
      retryAfterMs: 1500,
    });
    assert.deepEqual(await store.take('b', limit, now + 2000), { allowed: true, retryAfterMs: 0 });
  });
});
