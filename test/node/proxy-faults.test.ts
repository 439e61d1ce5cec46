// Fault injection: each fault from the token service or the SP-API once, against real loopback
// servers. After each, the proxy is still up (no uncaught exception in this process, which hosts
// it) and answers the next good request correctly.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, afterEach, describe, test } from 'node:test';
import { firstError, PAYOUTS, rawRequest, useProxyHarness, type Listening } from './helpers.js';

const { lwa, spApi, proxyWith } = await useProxyHarness({
  rateLimits: false,
  timeoutMs: 200,
  lwaTimeoutMs: 200,
});

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
process.on('uncaughtException', onUncaught);
process.on('unhandledRejection', onUncaught);
after(() => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
});

/** Waits past every timer a fault could have armed (the proxy's deadlines are 200 ms here). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

afterEach(async () => {
  await settle();
  assert.deepEqual(uncaught, [], 'the proxy threw outside a request');
});

/** The next ordinary request is answered as usual: the proxy survived. */
async function assertServesAGoodRequest(proxy: Listening) {
  lwa.reset();
  spApi.reset();
  const response = await rawRequest(proxy.port, PAYOUTS);
  assert.equal(response.status, 200);
  assert.equal(response.body.toString('utf8'), '{"payouts":[]}');
}

function lwaAnswers(body: string, status = 200) {
  lwa.behaviour.fail = { status, body };
}

describe('faults from Login with Amazon', () => {
  test('an access token with CR/LF is a 502, is not cached, and never reaches a header', async () => {
    const proxy = await proxyWith();
    lwaAnswers(JSON.stringify({ access_token: 'Atza|abc\r\nx-injected: 1', expires_in: 3600 }));
    const first = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(first.status, 502);
    assert.equal(firstError(first).code, 'LwaTokenError');
    assert.equal(spApi.requests.length, 0, 'nothing went upstream');
    const again = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(again.status, 502);
    assert.equal(lwa.grants.length, 2, 'the bad token was not cached');
    await settle();
    await assertServesAGoodRequest(proxy);
  });

  for (const [name, body] of [
    ['garbage', 'not json at all <html>'],
    ['a JSON array', '[1,2,3]'],
    ['a token of another type', '{"access_token":42,"expires_in":3600}'],
    ['a negative expires_in', '{"access_token":"Atza|ok","expires_in":-5}'],
    ['an absurd expires_in', '{"access_token":"Atza|ok","expires_in":1e300}'],
    ['a non-numeric expires_in', '{"access_token":"Atza|ok","expires_in":"soon"}'],
  ] as const) {
    test(`${name} is a 502 that is not cached`, async () => {
      const proxy = await proxyWith();
      lwaAnswers(body);
      const first = await rawRequest(proxy.port, PAYOUTS);
      assert.equal(first.status, 502);
      assert.equal(firstError(first).code, 'LwaTokenError');
      await rawRequest(proxy.port, PAYOUTS);
      assert.equal(lwa.grants.length, 2, 'asked again: nothing was cached');
      await assertServesAGoodRequest(proxy);
    });
  }

  test('a 401 is a 502', async () => {
    const proxy = await proxyWith();
    lwaAnswers('{"error":"invalid_client"}', 401);
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 502);
    await assertServesAGoodRequest(proxy);
  });

  test('a slow answer is a 502 after the deadline', async () => {
    const proxy = await proxyWith();
    lwa.behaviour.delayMs = 1_000;
    const started = Date.now();
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 502);
    assert.ok(Date.now() - started < 900, 'cut off at the deadline');
    await assertServesAGoodRequest(proxy);
  });

  test('a connection reset is a 502', async () => {
    const resetting = await proxyWith({ lwaEndpoint: await resetServer() });
    const response = await rawRequest(resetting.port, PAYOUTS);
    assert.equal(response.status, 502);
    const good = await proxyWith();
    await assertServesAGoodRequest(good);
  });
});

describe('faults from the SP-API', () => {
  test('a connection reset is a 502', async () => {
    const proxy = await proxyWith();
    spApi.respond = (req) => req.socket.resetAndDestroy();
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 502);
    await assertServesAGoodRequest(proxy);
  });

  test('a half response (headers, then the socket closes) is a 502', async () => {
    const proxy = await proxyWith();
    spApi.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"payouts":[');
      setTimeout(() => res.socket?.destroy(), 20);
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 502);
    await assertServesAGoodRequest(proxy);
  });

  test('a slow drip is cut off at the deadline with a 504', async () => {
    const proxy = await proxyWith();
    spApi.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const drip = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(drip));
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 504);
    await assertServesAGoodRequest(proxy);
  });
});

/** A token endpoint that accepts the connection and resets it. */
async function resetServer(): Promise<string> {
  const server = createServer((socket) => socket.resetAndDestroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}/auth/o2/token`;
}
