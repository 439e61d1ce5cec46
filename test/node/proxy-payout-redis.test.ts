/**
 * Two proxy instances sharing one real redis-server allow only what Amazon allows: one payout
 * per seller, store and account type in 24 hours, one attempt at a time, and one budget of
 * 0.017 requests/s, burst 2, per seller.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import { Redis } from 'ioredis';
import { RedisStore } from '../../server/proxy/index.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  firstError,
  PAYOUTS,
  REFRESH_TOKEN,
  startRedis,
  useProxyHarness,
  type RedisServer,
} from './helpers.js';
import {
  DE,
  FR,
  IT,
  payoutMade,
  PORTAL,
  postPayout,
  recordPayoutBodies,
} from './payout-helpers.js';

let redis: RedisServer | undefined;
const { spApi, proxyWith } = await useProxyHarness({}, { scanForLeaks: () => !!redis });
const clients: Redis[] = [];
let prefixes = 0;

before(async () => {
  redis = await startRedis();
});
after(async () => {
  for (const client of clients) client.disconnect();
  await redis?.stop();
});

const options = {
  credentials: () => ({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    refreshToken: REFRESH_TOKEN,
    sellerId: 'seller-redis',
  }),
  payouts: { enabled: true, origins: [PORTAL], authorizePayout: () => true },
};

/** Two proxy instances, each with its own Redis connection, one Redis behind them. */
async function twoInstances(t: TestContext) {
  if (!redis) {
    t.skip('redis-server is not installed');
    return undefined;
  }
  const keyPrefix = `payout${++prefixes}:`;
  const stores = [0, 1].map(() => {
    const client = new Redis(redis!.url, { maxRetriesPerRequest: 1 });
    clients.push(client);
    return new RedisStore(client, { keyPrefix });
  });
  const a = await proxyWith({ ...options, store: stores[0] });
  const b = await proxyWith({ ...options, store: stores[1] });
  return [a, b] as const;
}

const bodyFor = (marketplaceId: string) =>
  JSON.stringify({ marketplaceId, accountType: 'Standard Orders' });

describe('payouts across instances sharing one Redis', () => {
  test('a repeat within 24 hours on the other instance is a 409; Amazon is called once', async (t) => {
    const instances = await twoInstances(t);
    if (!instances) return;
    const [a, b] = instances;
    recordPayoutBodies(spApi, payoutMade);
    assert.equal((await postPayout(a.port, PAYOUTS)).status, 200);
    const repeat = await postPayout(b.port, PAYOUTS);
    assert.equal(repeat.status, 409);
    assert.equal(firstError(repeat).code, 'PayoutAlreadyRequested');
    assert.ok(Number(repeat.headers['retry-after']) > 86_000);
    assert.equal((await postPayout(a.port, PAYOUTS)).status, 409);
    assert.equal(spApi.requests.length, 1);
  });

  test('the seller’s budget (burst 2) is shared: the third payout is a 429 on either', async (t) => {
    const instances = await twoInstances(t);
    if (!instances) return;
    const [a, b] = instances;
    recordPayoutBodies(spApi, payoutMade);
    const statuses = [
      (await postPayout(a.port, PAYOUTS, { body: bodyFor(DE) })).status,
      (await postPayout(b.port, PAYOUTS, { body: bodyFor(FR) })).status,
      (await postPayout(a.port, PAYOUTS, { body: bodyFor(IT) })).status,
    ];
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.equal(spApi.requests.length, 2);
  });

  test('two requests at once, one per instance: one reaches Amazon, the other is a 409', async (t) => {
    const instances = await twoInstances(t);
    if (!instances) return;
    const [a, b] = instances;
    recordPayoutBodies(spApi, (req, res) => setTimeout(() => payoutMade(req, res), 300));
    const answers = await Promise.all([postPayout(a.port, PAYOUTS), postPayout(b.port, PAYOUTS)]);
    const statuses = answers.map((answer) => answer.status).sort();
    assert.deepEqual(statuses, [200, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    assert.equal(firstError(refused).code, 'PayoutInProgress');
    assert.equal(spApi.requests.length, 1);
  });
});
