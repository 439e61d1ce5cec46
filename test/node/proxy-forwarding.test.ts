import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSpApiProxy, REGION_ENDPOINTS } from '../../server/proxy/index.js';
import {
  BALANCES,
  CLIENT_ID,
  CLIENT_SECRET,
  firstError,
  listen,
  PAYOUTS,
  rawRequest,
  REFRESH_TOKEN,
  testClock,
  useProxyHarness,
} from './helpers.js';

const { lwa, spApi, proxyWith, track } = await useProxyHarness({ rateLimits: false });

// 2^53 + 1 and a fraction: any trip through a JS number changes it.
const EXACT_BODY = Buffer.from(
  '{"payouts":[{"id":"p1","amount":{"currencyCode":"USD","currencyAmount":9007199254740993.07}}],\n' +
    '  "note":"caf\u00e9 \u2013 untouched",   "nextToken":null}',
  'utf8',
);

describe('forwarding', () => {
  test('the body bytes pass through unchanged (9007199254740993.07 stays exact)', async () => {
    const proxy = await proxyWith();
    spApi.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      // In two chunks, split inside the number.
      res.write(EXACT_BODY.subarray(0, 70));
      setTimeout(() => res.end(EXACT_BODY.subarray(70)), 10);
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 200);
    assert.ok(Buffer.compare(response.body, EXACT_BODY) === 0, 'bytes differ');
    assert.ok(response.body.toString('utf8').includes('9007199254740993.07'));
    assert.equal(response.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(response.headers['content-length'], String(EXACT_BODY.length));
  });

  test('x-amzn-RequestId and x-amzn-RateLimit-Limit pass through; nothing else leaks', async () => {
    const proxy = await proxyWith();
    spApi.respond = (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'x-amzn-RequestId': 'c0ffee-0001',
        'x-amzn-RateLimit-Limit': '0.5',
        'set-cookie': 'session=upstream; Path=/',
        'x-amz-apigw-id': 'internal-gateway-id',
        'x-amzn-trace-id': 'Root=1-abc',
        server: 'Server',
        'access-control-allow-origin': '*',
      });
      res.end('{}');
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.headers['x-amzn-requestid'], 'c0ffee-0001');
    assert.equal(response.headers['x-amzn-ratelimit-limit'], '0.5');
    for (const name of [
      'set-cookie',
      'x-amz-apigw-id',
      'x-amzn-trace-id',
      'server',
      'access-control-allow-origin',
    ]) {
      assert.equal(response.headers[name], undefined, name);
    }
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  test('the SP-API gets the access token and a descriptive User-Agent, and no browser headers', async () => {
    const proxy = await proxyWith();
    await rawRequest(proxy.port, `${BALANCES}?marketplaceId=ATVPDKIKX0DER`, {
      headers: {
        cookie: 'portal-session=abc',
        authorization: 'Bearer portal-jwt',
        'x-forwarded-host': 'evil.example',
      },
    });
    const seen = spApi.requests[0]!;
    assert.equal(seen.method, 'GET');
    assert.equal(seen.url, '/finances/2024-06-19/balances?marketplaceId=ATVPDKIKX0DER');
    assert.match(String(seen.headers['x-amz-access-token']), /^access-token-/);
    assert.match(
      String(seen.headers['user-agent']),
      /^sp-finance-widgets-proxy\/\d+\.\d+\.\d+ \(Language=JavaScript; Platform=Node\.js\/\d+\.\d+\.\d+\)$/,
    );
    assert.equal(seen.headers.cookie, undefined);
    assert.equal(seen.headers.authorization, undefined);
    assert.equal(seen.headers['x-forwarded-host'], undefined);
  });

  test('error statuses and their ErrorLists pass through as sent', async () => {
    const proxy = await proxyWith();
    const body =
      '{"errors":[{"code":"InvalidInput","message":"Validation failed for: X1","details":""}]}';
    for (const status of [400, 404, 429, 500, 503]) {
      spApi.respond = (_req, res) => {
        res.writeHead(status, {
          'content-type': 'application/json',
          'x-amzn-RequestId': `r${status}`,
        });
        res.end(body);
      };
      const response = await rawRequest(proxy.port, PAYOUTS);
      assert.equal(response.status, status);
      assert.equal(response.body.toString(), body);
      assert.equal(response.headers['x-amzn-requestid'], `r${status}`);
    }
  });

  test('a slow SP-API is cut off after the timeout with a 504 ErrorList', async () => {
    const proxy = await proxyWith({ timeoutMs: 150 });
    spApi.respond = (_req, res) => {
      const timer = setTimeout(() => res.end('{}'), 2000);
      res.on('close', () => clearTimeout(timer));
    };
    const started = Date.now();
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 504);
    assert.equal(firstError(response).code, 'GatewayTimeout');
    assert.ok(Date.now() - started < 1500);
  });

  test('a body that stalls half way also times out', async () => {
    const proxy = await proxyWith({ timeoutMs: 150 });
    spApi.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"payouts":[');
      const timer = setTimeout(() => res.end(']}'), 2000);
      res.on('close', () => clearTimeout(timer));
    };
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 504);
  });

  test('an unreachable SP-API is a 502 ErrorList', async () => {
    const closed = await listen(() => undefined);
    await closed.close();
    const proxy = await proxyWith({ endpoint: closed.origin });
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 502);
    assert.equal(firstError(response).code, 'BadGateway');
  });

  test('an endpoint with a path still gets only the operation path', async () => {
    const proxy = await proxyWith({ endpoint: `${spApi.origin}/somewhere/else?x=1` });
    await rawRequest(proxy.port, PAYOUTS);
    assert.equal(spApi.requests[0]!.url, '/finances/transfers/2024-06-01/payouts');
  });

  test('without basePath, a plain server matches the bare operation paths', async () => {
    const handler = createSpApiProxy({
      endpoint: spApi.origin,
      lwaEndpoint: lwa.origin,
      rateLimits: false,
      credentials: () => ({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        refreshToken: REFRESH_TOKEN,
      }),
    });
    const server = track(await listen((req, res) => void handler(req, res)));
    assert.equal(
      (await rawRequest(server.port, '/finances/transfers/2024-06-01/payouts')).status,
      200,
    );
    assert.equal((await rawRequest(server.port, PAYOUTS)).status, 404);
  });

  test('Express-style mounting: req.url below the mount, next() only with fallthrough', async () => {
    const make = (fallthrough: boolean) =>
      createSpApiProxy({
        endpoint: spApi.origin,
        lwaEndpoint: lwa.origin,
        rateLimits: false,
        fallthrough,
        credentials: () => ({
          clientId: CLIENT_ID,
          clientSecret: CLIENT_SECRET,
          refreshToken: REFRESH_TOKEN,
        }),
      });
    for (const fallthrough of [false, true]) {
      const handler = make(fallthrough);
      const server = track(
        await listen((req, res) => {
          // What app.use('/sp-api', handler) does.
          if (!req.url!.startsWith('/sp-api/')) {
            res.statusCode = 418;
            return res.end();
          }
          req.url = req.url!.slice('/sp-api'.length);
          void handler(req, res, () => {
            res.statusCode = 299;
            res.end('next');
          });
        }),
      );
      assert.equal((await rawRequest(server.port, PAYOUTS)).status, 200);
      const other = await rawRequest(server.port, '/sp-api/health');
      assert.equal(other.status, fallthrough ? 299 : 404);
      assert.equal((await rawRequest(server.port, '/sp-api/a/../b')).status, 400);
    }
  });

  test('regions map to the SP-API endpoints; bad options throw at creation', () => {
    assert.deepEqual(REGION_ENDPOINTS, {
      na: 'https://sellingpartnerapi-na.amazon.com',
      eu: 'https://sellingpartnerapi-eu.amazon.com',
      fe: 'https://sellingpartnerapi-fe.amazon.com',
    });
    const credentials = () => null;
    assert.throws(() => createSpApiProxy({ credentials } as never), /region/);
    assert.throws(() => createSpApiProxy({ region: 'us' as never, credentials }), /region/);
    assert.throws(() => createSpApiProxy({ endpoint: 'file:///etc/passwd', credentials }), /http/);
    assert.throws(() => createSpApiProxy({ region: 'na' } as never), /credentials/);
    assert.throws(
      () =>
        createSpApiProxy({ region: 'na', credentials, rateLimits: { ratePerSecond: 0, burst: 1 } }),
      /rate/,
    );
    assert.throws(
      () => createSpApiProxy({ region: 'na', credentials, basePath: '/a/../b' }),
      /basePath/,
    );
  });
});

describe('seller resolution', () => {
  test('no seller for the request is a 401, and nothing is fetched', async () => {
    const proxy = await proxyWith({ credentials: () => null });
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 401);
    assert.equal(firstError(response).code, 'Unauthorized');
    assert.equal(lwa.grants.length, 0);
    assert.equal(spApi.requests.length, 0);
  });

  test('a credentials() that throws is a 500 that does not repeat the error', async () => {
    const proxy = await proxyWith({
      credentials: async () => {
        throw new Error(`database down, tried ${REFRESH_TOKEN}`);
      },
    });
    const response = await rawRequest(proxy.port, PAYOUTS);
    assert.equal(response.status, 500);
    assert.ok(!response.body.toString().includes('database'));
  });

  test('incomplete credentials are a 500, not a request to LWA', async () => {
    const proxy = await proxyWith({
      credentials: () => ({ clientId: CLIENT_ID, clientSecret: '', refreshToken: REFRESH_TOKEN }),
    });
    assert.equal((await rawRequest(proxy.port, PAYOUTS)).status, 500);
    assert.equal(lwa.grants.length, 0);
  });
});

describe('response caching', () => {
  test('off by default: every request goes upstream', async () => {
    const proxy = await proxyWith();
    await rawRequest(proxy.port, PAYOUTS);
    await rawRequest(proxy.port, PAYOUTS);
    assert.equal(spApi.requests.length, 2);
  });

  test('with a TTL, a seller’s identical request is answered from the cache, byte for byte', async () => {
    const clock = testClock();
    const proxy = await proxyWith({
      cache: { ttlMs: 5000 },
      now: clock.now,
      credentials: (req) => ({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        refreshToken: REFRESH_TOKEN,
        sellerId: String(req.headers['x-test-seller']),
      }),
    });
    spApi.respond = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': 'cached-id' });
      res.end(EXACT_BODY);
    };
    const a = { headers: { 'x-test-seller': 'A' } };
    const b = { headers: { 'x-test-seller': 'B' } };
    const first = await rawRequest(proxy.port, `${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER`, a);
    const second = await rawRequest(proxy.port, `${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER`, a);
    assert.equal(spApi.requests.length, 1);
    assert.ok(Buffer.compare(second.body, first.body) === 0);
    assert.equal(second.headers['x-amzn-requestid'], 'cached-id');

    await rawRequest(proxy.port, `${PAYOUTS}?marketplaceIds=A1F83G8C2ARO7P`, a);
    await rawRequest(proxy.port, `${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER`, b);
    assert.equal(
      spApi.requests.length,
      3,
      'other queries and other sellers are not served from it',
    );

    clock.advance(5001);
    await rawRequest(proxy.port, `${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER`, a);
    assert.equal(spApi.requests.length, 4, 'expired');
  });

  test('errors are never cached', async () => {
    const proxy = await proxyWith({ cache: { ttlMs: 5000 } });
    spApi.respond = (_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end('{"errors":[]}');
    };
    await rawRequest(proxy.port, PAYOUTS);
    await rawRequest(proxy.port, PAYOUTS);
    assert.equal(spApi.requests.length, 2);
  });
});
