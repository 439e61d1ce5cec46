// A store outage, against a real redis-server that the tests kill and restart: the proxy answers
// a fast 503 with Retry-After (or, opted in, serves from memory), never hangs, never dies, and
// uses Redis again once it is back. Then the guard itself, with stores that hang or fail.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, afterEach, before, describe, test, type TestContext } from 'node:test';
import { Redis, type RedisOptions } from 'ioredis';
import {
  GuardedStore,
  MemoryStore,
  RedisStore,
  StoreUnavailableError,
  type ProxyStore,
} from '../../server/proxy/index.js';
import { Log, type LogFields } from '../../server/proxy/log.js';
import {
  firstError,
  logLines,
  PAYOUTS,
  rawRequest,
  startRedis,
  useProxyHarness,
  type Listening,
  type RawResponse,
  type RedisServer,
} from './helpers.js';

/** The README's client settings: commands fail at once while Redis is away, never queue. */
const FAIL_FAST: RedisOptions = {
  enableOfflineQueue: false,
  maxRetriesPerRequest: 1,
  connectTimeout: 1000,
  commandTimeout: 1000,
};

/** The breaker's cool-down (2 s) and a margin: after it, the next request probes the store. */
const PAST_COOL_DOWN_MS = 2_200;

let redis: RedisServer | undefined;
let redisDown = false;
const { proxyWith } = await useProxyHarness(
  { rateLimits: { ratePerSecond: 100, burst: 100 } },
  { scanForLeaks: () => !!redis },
);
const clients: Redis[] = [];

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
process.on('uncaughtException', onUncaught);
process.on('unhandledRejection', onUncaught);

before(async () => {
  redis = await startRedis();
});
afterEach(async () => {
  if (redis && redisDown) {
    await redis.restart();
    redisDown = false;
  }
  assert.deepEqual(uncaught, [], 'the proxy threw outside a request');
});
after(async () => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  for (const client of clients) client.disconnect();
  await redis?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connected ioredis client with `options`, or a skip when redis-server is missing. */
async function connect(t: TestContext, options: RedisOptions): Promise<Redis | undefined> {
  if (!redis) {
    t.skip('redis-server is not installed');
    return undefined;
  }
  const client = new Redis(redis.url, options);
  // Refused reconnects are the point here; without a listener ioredis prints each one.
  client.on('error', () => {});
  clients.push(client);
  await ready(client);
  return client;
}

async function ready(client: Redis): Promise<void> {
  if (client.status !== 'ready') await once(client, 'ready');
}

async function killRedis(): Promise<void> {
  redisDown = true;
  await redis!.stop();
}

/** Redis is back and the client reconnected; the breaker's cool-down has passed. */
async function restartRedis(client: Redis): Promise<void> {
  await redis!.restart();
  redisDown = false;
  await ready(client);
  await sleep(PAST_COOL_DOWN_MS);
}

/** How many log lines since `mark` contain `text`. */
function linesSince(mark: number, text: string): number {
  return logLines.slice(mark).filter((line) => line.includes(text)).length;
}

async function concurrently(proxy: Listening, count: number) {
  const started = Date.now();
  const responses = await Promise.all(
    Array.from({ length: count }, () => rawRequest(proxy.port, PAYOUTS)),
  );
  return { responses, ms: Date.now() - started };
}

function assertStoreUnavailable(response: RawResponse): void {
  assert.equal(response.status, 503);
  const retryAfter = Number(response.headers['retry-after']);
  assert.ok(retryAfter >= 1 && retryAfter <= 2, `Retry-After ${retryAfter}`);
  const error = firstError(response);
  assert.equal(error.code, 'StoreUnavailable');
  assert.match(error.message, /store is not answering/);
  assert.ok(!response.body.toString('utf8').includes(redis!.url.slice(8)), 'no Redis address');
}

describe('a Redis outage', () => {
  test("with the README's fail-fast client: every request is a 503 with Retry-After within 3 s, then 200 once Redis is back", async (t) => {
    const client = await connect(t, FAIL_FAST);
    if (!client) return;
    const proxy = await proxyWith({ store: new RedisStore(client) });
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 200);

    await killRedis();
    const mark = logLines.length;
    const { responses, ms } = await concurrently(proxy, 20);
    for (const response of responses) assertStoreUnavailable(response);
    assert.ok(ms < 3_000, `answered in ${ms} ms`);
    assert.equal(linesSince(mark, 'store unavailable, answering 503'), 1, 'the outage logged once');

    await restartRedis(client);
    const good = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(good.status, 200);
    assert.equal(good.body.toString('utf8'), '{"payouts":[]}');
    assert.equal(linesSince(mark, 'store answers again'), 1);
  });

  test("with ioredis's defaults (offline queue, 20 retries) the store deadline still answers 503 within 3 s", async (t) => {
    const client = await connect(t, {});
    if (!client) return;
    const proxy = await proxyWith({ store: new RedisStore(client) });
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 200);

    await killRedis();
    const { responses, ms } = await concurrently(proxy, 20);
    for (const response of responses) assertStoreUnavailable(response);
    assert.ok(ms < 3_000, `answered in ${ms} ms`);

    await restartRedis(client);
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 200);
  });

  test('a shorter storeTimeoutMs answers sooner', async (t) => {
    const client = await connect(t, {});
    if (!client) return;
    const proxy = await proxyWith({ store: new RedisStore(client), storeTimeoutMs: 200 });
    await killRedis();
    const started = Date.now();
    assertStoreUnavailable(await rawRequest(proxy.port, PAYOUTS));
    assert.ok(Date.now() - started < 900, 'cut off at 200 ms, not 1 s');
  });

  test("with storeFallback: 'memory' requests are served from memory, still rate-limited, logged once, and Redis is used again once back", async (t) => {
    const client = await connect(t, FAIL_FAST);
    if (!client) return;
    const proxy = await proxyWith({
      store: new RedisStore(client),
      storeFallback: 'memory',
      rateLimits: { ratePerSecond: 0.01, burst: 3 },
    });
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 200);

    await killRedis();
    const mark = logLines.length;
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) seen.push((await rawRequest(proxy.port, PAYOUTS)).status);
    assert.deepEqual(seen, [200, 200, 200, 429, 429], "the memory bucket's burst of 3, then 429");
    assert.equal(linesSince(mark, 'serving rate limits and tokens from memory'), 1);

    await restartRedis(client);
    // The memory bucket is empty: a 200 comes from the restarted Redis's fresh bucket.
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 200);
    assert.equal((await client.keys('spfw:bucket:*')).length, 1, 'the bucket is in Redis again');
    assert.equal(linesSince(mark, 'store answers again'), 1);
    assert.equal(linesSince(mark, 'serving rate limits and tokens from memory'), 1);
  });
});

describe('GuardedStore', () => {
  const limit = { ratePerSecond: 1, burst: 1 };

  function recordingLog() {
    const lines: string[] = [];
    const write = (message: string, _fields?: LogFields) => void lines.push(message);
    return { lines, log: new Log({ info: write, warn: write, error: write }) };
  }

  /** A store that counts calls and answers each with `behaviour`. */
  function fakeStore(behaviour: () => Promise<unknown>) {
    const fake = {
      calls: 0,
      behaviour,
      store: {} as ProxyStore,
    };
    const call = () => {
      fake.calls++;
      return fake.behaviour();
    };
    fake.store = {
      get: call as ProxyStore['get'],
      set: call as ProxyStore['set'],
      delete: call as ProxyStore['delete'],
      take: call as ProxyStore['take'],
    };
    return fake;
  }

  async function failure(promise: Promise<unknown>): Promise<StoreUnavailableError> {
    try {
      await promise;
    } catch (error) {
      assert.ok(error instanceof StoreUnavailableError, `threw ${String(error)}`);
      return error;
    }
    assert.fail('expected a StoreUnavailableError');
  }

  test('a call that hangs forever is cut off at the deadline', async () => {
    const hanging = fakeStore(() => new Promise(() => {}));
    const { log } = recordingLog();
    const store = new GuardedStore(hanging.store, { timeoutMs: 50, log });
    const started = Date.now();
    const error = await failure(store.get('k'));
    assert.equal(error.failure, 'timeout');
    assert.ok(Date.now() - started < 500, 'answered at the deadline');
    assert.equal(error.retryAfterSeconds, 2);
  });

  test('a failure opens the breaker; after the cool-down one probe goes through; success closes it', async () => {
    let clock = 0;
    const failing = fakeStore(() => Promise.reject(new Error('redis://:hunter2@10.0.0.1 refused')));
    const { lines, log } = recordingLog();
    const store = new GuardedStore(failing.store, {
      timeoutMs: 1000,
      coolDownMs: 2000,
      log,
      clock: () => clock,
    });

    const first = await failure(store.take('k', limit, 0));
    assert.equal(first.failure, 'failed');
    assert.ok(!first.message.includes('hunter2'), 'nothing of what the client said');
    assert.equal((await failure(store.get('k'))).failure, 'open');
    assert.equal(failing.calls, 1, 'fails fast while open');

    clock = 1500;
    assert.equal((await failure(store.get('k'))).retryAfterSeconds, 1, 'half a second left');
    clock = 2000;
    assert.equal((await failure(store.get('k'))).failure, 'failed', 'the probe failed');
    assert.equal(failing.calls, 2);
    assert.equal((await failure(store.get('k'))).failure, 'open', 'open for another cool-down');

    let release: (value: string) => void = () => {};
    failing.behaviour = () => new Promise((resolve) => (release = resolve));
    clock = 4000;
    const probe = store.get('k');
    assert.equal((await failure(store.get('k'))).failure, 'open', 'one probe at a time');
    release('value');
    assert.equal(await probe, 'value');
    failing.behaviour = () => Promise.resolve('again');
    assert.equal(await store.get('k'), 'again');
    assert.equal(failing.calls, 4, 'closed: every call reaches the store');
    assert.deepEqual(lines, [
      'sp-api proxy: store unavailable, answering 503 until it answers',
      'sp-api proxy: store answers again, using it',
    ]);
  });

  test('with a fallback, calls the store cannot answer are answered by the fallback', async () => {
    let clock = 0;
    const failing = fakeStore(() => Promise.reject(new Error('down')));
    const { lines, log } = recordingLog();
    const store = new GuardedStore(failing.store, {
      timeoutMs: 1000,
      fallback: new MemoryStore(),
      log,
      clock: () => clock,
    });
    await store.set('k', 'kept in memory', 60_000);
    assert.equal(await store.get('k'), 'kept in memory');
    assert.deepEqual(
      [(await store.take('b', limit, 0)).allowed, (await store.take('b', limit, 0)).allowed],
      [true, false],
    );
    assert.equal(failing.calls, 1, 'only the first call tried the store');
    clock = 2000;
    failing.behaviour = () => Promise.resolve(undefined);
    assert.equal(await store.get('k'), undefined, 'the store answers again');
    assert.equal(lines.length, 2, 'degraded once, recovered once');
  });

  test('a call abandoned at its deadline that rejects later is not an unhandled rejection', async () => {
    const late = fakeStore(
      () => new Promise((_resolve, reject) => setTimeout(() => reject(new Error('late')), 80)),
    );
    const store = new GuardedStore(late.store, { timeoutMs: 20, log: new Log(undefined) });
    assert.equal((await failure(store.delete('k'))).failure, 'timeout');
    await sleep(150);
  });
});
