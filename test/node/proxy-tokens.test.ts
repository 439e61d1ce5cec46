import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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

const { lwa, spApi, proxyWith } = await useProxyHarness({ rateLimits: false });

function tokensSeenUpstream(): string[] {
  return spApi.requests.map((request) => String(request.headers['x-amz-access-token']));
}

describe('Login with Amazon tokens', () => {
  test('the refresh-token grant is a form POST with the app and the seller', async () => {
    const proxy = await proxyWith();
    await rawRequest(proxy.port, PAYOUTS);
    assert.equal(lwa.grants.length, 1);
    assert.deepEqual(Object.fromEntries(lwa.grants[0]!), {
      grant_type: 'refresh_token',
      refresh_token: REFRESH_TOKEN,
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
    assert.match(tokensSeenUpstream()[0]!, /^access-token-1-/);
  });

  test('a token is reused until expires_in minus 60 s, then refreshed', async () => {
    const clock = testClock();
    const proxy = await proxyWith({ now: clock.now });
    lwa.behaviour.expiresIn = 3600;
    await rawRequest(proxy.port, PAYOUTS);
    clock.advance(3539_000);
    await rawRequest(proxy.port, BALANCES);
    assert.equal(lwa.grants.length, 1, 'still valid 3539 s later');
    clock.advance(1_000);
    await rawRequest(proxy.port, PAYOUTS);
    assert.equal(lwa.grants.length, 2, 'refreshed 60 s before expiry');
    const [first, second, third] = tokensSeenUpstream();
    assert.equal(first, second);
    assert.notEqual(second, third);
  });

  test('tokens are cached per refresh token', async () => {
    const proxy = await proxyWith({
      credentials: (req) => ({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        refreshToken: req.headers['x-test-seller'] === 'b' ? `${REFRESH_TOKEN}-b` : REFRESH_TOKEN,
      }),
    });
    await rawRequest(proxy.port, PAYOUTS, { headers: { 'x-test-seller': 'a' } });
    await rawRequest(proxy.port, PAYOUTS, { headers: { 'x-test-seller': 'b' } });
    await rawRequest(proxy.port, PAYOUTS, { headers: { 'x-test-seller': 'a' } });
    assert.deepEqual(
      lwa.grants.map((grant) => grant.get('refresh_token')),
      [REFRESH_TOKEN, `${REFRESH_TOKEN}-b`],
    );
    const [a1, b, a2] = tokensSeenUpstream();
    assert.equal(a1, a2);
    assert.notEqual(a1, b);
  });

  test('20 concurrent requests share one refresh (single flight)', async () => {
    const proxy = await proxyWith();
    lwa.behaviour.delayMs = 150;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => rawRequest(proxy.port, PAYOUTS)),
    );
    assert.deepEqual(
      responses.map((response) => response.status),
      Array(20).fill(200),
    );
    assert.equal(lwa.grants.length, 1);
    assert.equal(new Set(tokensSeenUpstream()).size, 1);
    assert.equal(spApi.requests.length, 20);
  });

  test('a 403 saying the token expired refreshes once and retries', async () => {
    const proxy = await proxyWith();
    await rawRequest(proxy.port, PAYOUTS);
    const stale = tokensSeenUpstream()[0];
    spApi.reset();
    spApi.respond = (req, res) => {
      if (req.headers['x-amz-access-token'] === stale) {
        res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-RequestId': 'r-403' });
        res.end(
          '{"errors":[{"code":"Unauthorized","message":"The security token included in the request is expired","details":""}]}',
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': 'r-200' });
      res.end('{"payouts":[{"id":"1"}]}');
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 200);
    assert.equal(response.body.toString(), '{"payouts":[{"id":"1"}]}');
    assert.equal(response.headers['x-amzn-requestid'], 'r-200');
    assert.equal(lwa.grants.length, 2);
    const [first, retry] = tokensSeenUpstream();
    assert.equal(first, stale);
    assert.notEqual(retry, stale);

    await rawRequest(proxy.port, PAYOUTS);
    assert.equal(lwa.grants.length, 2, 'the fresh token is cached');
    assert.equal(tokensSeenUpstream()[2], retry);
  });

  for (const body of [
    '{"errors":[{"code":"InvalidToken","message":"Invalid token"}]}',
    '{"errors":[{"code":"ExpiredToken","message":"Token has expired"}]}',
  ]) {
    test(`a 403 ${JSON.parse(body).errors[0].code} also triggers one refresh`, async () => {
      const proxy = await proxyWith();
      spApi.respond = (_req, res) => {
        res.writeHead(403, { 'content-type': 'application/json' });
        res.end(body);
      };
      const response = await rawRequest(proxy.port, PAYOUTS);
      assert.equal(response.status, 403, 'still expired after the retry: passed through');
      assert.equal(response.body.toString(), body);
      assert.equal(spApi.requests.length, 2, 'exactly one retry');
      assert.equal(lwa.grants.length, 2);
    });
  }

  test('a 403 for anything else is passed through without a refresh', async () => {
    const proxy = await proxyWith();
    const body =
      '{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":""}]}';
    spApi.respond = (_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-RequestId': 'denied' });
      res.end(body);
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 403);
    assert.equal(response.body.toString(), body);
    assert.equal(response.headers['x-amzn-requestid'], 'denied');
    assert.equal(spApi.requests.length, 1);
    assert.equal(lwa.grants.length, 1);
  });

  test('an LWA refusal is a 502 ErrorList that echoes nothing LWA said', async () => {
    const proxy = await proxyWith();
    lwa.behaviour.fail = {
      status: 400,
      body: JSON.stringify({
        error: 'invalid_client',
        error_description: `Client authentication failed for ${CLIENT_SECRET} and ${REFRESH_TOKEN}`,
      }),
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 502);
    const error = firstError(response);
    assert.equal(error.code, 'LwaTokenError');
    assert.match(error.message, /invalid_client/);
    assert.ok(!response.body.toString().includes('authentication failed'));
    assert.equal(spApi.requests.length, 0);
  });

  test('an LWA outage or garbage answer is a 502', async () => {
    const proxy = await proxyWith();
    lwa.behaviour.fail = { status: 503, body: '<html>down</html>' };
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 502);
    lwa.behaviour.fail = { status: 200, body: '{"token_type":"bearer"}' };
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 502);

    const unreachable = await proxyWith({ lwaEndpoint: 'http://127.0.0.1:1/auth/o2/token' });
    const response = await rawRequest(unreachable.port, PAYOUTS);
    assert.equal(response.status, 502);
    assert.match(firstError(response).message, /could not be reached/);
    assert.equal(spApi.requests.length, 0);
  });

  test('a refresh that fails is not cached: the next request tries again', async () => {
    const proxy = await proxyWith();
    lwa.behaviour.fail = { status: 500, body: '' };
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 502);
    delete lwa.behaviour.fail;
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 200);
    assert.equal(lwa.grants.length, 2);
  });
});
