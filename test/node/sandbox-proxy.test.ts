import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createSandboxHandler } from '../../server/sandbox-handler.js';
import { createSandboxProxy } from '../../server/proxy/index.js';
import {
  captureLogger,
  firstError,
  listen,
  logLines,
  rawRequest,
  testClock,
  type Listening,
} from './helpers.js';

const running: Listening[] = [];
let proxy: Listening;
let bare: Listening;

before(async () => {
  const handler = createSandboxProxy({
    basePath: '/sandbox',
    logger: captureLogger,
    rateLimits: false,
  });
  proxy = await listen((req, res) => void handler(req, res));
  const sandbox = createSandboxHandler();
  bare = await listen((req, res) => sandbox(req, res));
  running.push(proxy, bare);
});
after(async () => {
  await Promise.all(running.map((server) => server.close()));
});

const PAYOUTS = '/finances/transfers/2024-06-01/payouts';

describe('createSandboxProxy', () => {
  test('serves the sandbox over the four SP-API paths, bytes as the sandbox writes them', async () => {
    for (const path of [
      '/finances/2024-06-19/balances?marketplaceId=ATVPDKIKX0DER',
      '/finances/2024-06-19/summary?marketplaceIds=ATVPDKIKX0DER',
      `${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER`,
      `${PAYOUTS}/expected`,
    ]) {
      const viaProxy = await rawRequest(proxy.port, `/sandbox${path}`);
      const direct = await rawRequest(bare.port, path);
      assert.equal(viaProxy.status, 200, path);
      assert.match(String(viaProxy.headers['content-type']), /^application\/json/);
      assert.ok(viaProxy.headers['x-amzn-requestid'], 'a request id');
      assert.ok(Buffer.compare(viaProxy.body, direct.body) === 0, `same bytes for ${path}`);
    }
  });

  test('the payouts are real sandbox data', async () => {
    const response = await rawRequest(proxy.port, `/sandbox${PAYOUTS}`);
    const body = response.json() as { payouts: { id: string }[] };
    assert.ok(Array.isArray(body.payouts) && body.payouts.length > 0);
    assert.ok(body.payouts.every((payout) => typeof payout.id === 'string'));
  });

  test('sandbox options pass through: big amounts arrive as exact JSON numbers', async () => {
    const handler = createSandboxProxy({ sandbox: { scenario: 'big-amounts' }, rateLimits: false });
    const big = await listen((req, res) => void handler(req, res));
    running.push(big);
    const response = await rawRequest(big.port, '/finances/2024-06-19/balances');
    assert.equal(response.status, 200);
    assert.match(response.body.toString('utf8'), /"currencyAmount":\s*9007199254740993\.07\b/);
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  test('the same allowlist and validation as the real proxy', async () => {
    assert.equal((await rawRequest(proxy.port, `/sandbox${PAYOUTS}/../../x`)).status, 400);
    assert.equal((await rawRequest(proxy.port, 'http://evil.example/sandbox/x')).status, 400);
    assert.equal(
      (await rawRequest(proxy.port, '/sandbox/finances/2024-06-19/nowhere')).status,
      404,
    );
    // An operation now, whose sandbox refuses what the API refuses: no postedAfter, no identifier.
    assert.equal(
      (await rawRequest(proxy.port, '/sandbox/finances/2024-06-19/transactions')).status,
      400,
    );
    assert.equal(
      (await rawRequest(proxy.port, `/sandbox${PAYOUTS}`, { method: 'POST' })).status,
      405,
    );
    const invalid = await rawRequest(proxy.port, `/sandbox${PAYOUTS}?createdAfter=last-week`);
    assert.equal(invalid.status, 400);
    assert.equal(firstError(invalid).details, 'createdAfter');
    assert.ok(logLines.some((line) => line.includes('sandbox proxy')));
  });

  test('a burst beyond the bucket gets 429 with Retry-After, as production would', async () => {
    const clock = testClock();
    const handler = createSandboxProxy({
      now: clock.now,
      rateLimits: { ratePerSecond: 0.5, burst: 2 },
    });
    const limited = await listen((req, res) => void handler(req, res));
    running.push(limited);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await rawRequest(limited.port, PAYOUTS)).status);
    assert.deepEqual(statuses, [200, 200, 429]);
    const refused = await rawRequest(limited.port, PAYOUTS);
    assert.equal(refused.headers['retry-after'], '2');
    assert.equal(firstError(refused).code, 'QuotaExceeded');
    clock.advance(2000);
    assert.equal((await rawRequest(limited.port, PAYOUTS)).status, 200);
  });
});
