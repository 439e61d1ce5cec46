/**
 * `initiatePayout` through the built proxy, over real HTTP, as an attacker and as the portal:
 * off by default; cross-site, form-encoded and header-less requests never reach Amazon; the body
 * is exactly two checked fields; the host's hook decides; the POST is never retried; every
 * attempt writes one audit line, and no token appears in any answer or line (the harness scans
 * them all after the file).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSandboxProxy, createSpApiProxy } from '../../server/proxy/index.js';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  firstError,
  listen,
  logLines,
  PAYOUTS,
  rawRequest,
  REFRESH_TOKEN,
  useProxyHarness,
} from './helpers.js';
import {
  DE,
  FR,
  IT,
  PAYOUT_BODY,
  PORTAL,
  postPayout,
  payoutMade,
  recordPayoutBodies,
  US,
} from './payout-helpers.js';

const { lwa, spApi, proxyWith } = await useProxyHarness();

/** Each test's requests act for a seller of their own (`x-test-seller`), so budgets don't mix. */
let sellers = 0;
const credentials = (req: { headers: Record<string, unknown> }) => ({
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  refreshToken: `${REFRESH_TOKEN}-${String(req.headers['x-test-seller'])}`,
  sellerId: `seller-${String(req.headers['x-test-seller'])}`,
});
const enabled = (authorizePayout: () => boolean | Promise<boolean> = () => true) => ({
  credentials,
  payouts: { enabled: true, origins: [PORTAL], authorizePayout },
});

function auditLines(): string[] {
  return logLines.filter((line) => line.includes('audit: initiatePayout'));
}

describe('initiatePayout is off unless the host enables it', () => {
  test('a proxy without payouts answers 405 (Allow: GET) and calls nobody', async () => {
    for (const payouts of [
      undefined,
      { enabled: false, origins: [PORTAL], authorizePayout: () => true },
    ]) {
      const proxy = await proxyWith({ payouts });
      const response = await postPayout(proxy.port, PAYOUTS);
      assert.equal(response.status, 405);
      assert.equal(response.headers.allow, 'GET');
      assert.equal(firstError(response).code, 'MethodNotAllowed');
    }
    assert.equal(spApi.requests.length, 0);
  });

  test('enabling needs an authorizePayout hook and the portal’s origins', () => {
    const base = { endpoint: 'http://127.0.0.1:1', credentials };
    const bad = [
      { enabled: true, origins: [PORTAL] },
      { enabled: true, origins: [], authorizePayout: () => true },
      { enabled: true, origins: ['*'], authorizePayout: () => true },
      { enabled: true, origins: ['https://portal.example/app'], authorizePayout: () => true },
    ];
    for (const payouts of bad) {
      assert.throws(
        () => createSpApiProxy({ ...base, payouts } as never),
        TypeError,
        JSON.stringify(payouts),
      );
    }
  });
});

describe('a payout the portal asks for', () => {
  test('goes to Amazon once, exactly the two fields, and Amazon’s answer comes back', async () => {
    const seller = `ok-${++sellers}`;
    const seen: unknown[] = [];
    const proxy = await proxyWith({
      ...enabled(),
      payouts: {
        enabled: true,
        origins: [PORTAL],
        authorizePayout: (_req, payout) => {
          seen.push(payout);
          return true;
        },
      },
    });
    const bodies = recordPayoutBodies(spApi, payoutMade);
    const before = auditLines().length;
    const response = await postPayout(proxy.port, PAYOUTS, {
      headers: { 'x-test-seller': seller },
    });
    assert.equal(response.status, 200);
    assert.deepEqual(response.json(), {
      payoutReferenceId: '3DM7DQi8DPAMOLOSaN5HxT0q2waNwH95fopx3AD2Lgc',
    });
    assert.equal(response.headers['x-amzn-requestid'], 'req-payout-1');
    assert.equal(spApi.requests.length, 1);
    const [upstream] = spApi.requests;
    assert.equal(upstream!.method, 'POST');
    assert.equal(upstream!.url, '/finances/transfers/2024-06-01/payouts');
    assert.equal(upstream!.headers['content-type'], 'application/json');
    assert.ok(upstream!.headers['x-amz-access-token'], 'the access token is added');
    assert.equal(upstream!.headers.origin, undefined, 'browser headers are not forwarded');
    assert.deepEqual(bodies, [PAYOUT_BODY]);
    assert.deepEqual(seen, [
      { marketplaceId: DE, accountType: 'Standard Orders', seller: `seller-${seller}` },
    ]);
    const audit = auditLines().slice(before);
    assert.equal(audit.length, 1, 'one audit line per attempt');
    for (const field of [`seller-${seller}`, DE, 'Standard Orders', 'succeeded', 'req-payout-1']) {
      assert.ok(audit[0]!.includes(field), `the audit line names ${field}: ${audit[0]}`);
    }
  });

  test('a repeat within 24 hours is a 409 with Retry-After, without calling Amazon', async () => {
    const seller = `repeat-${++sellers}`;
    const proxy = await proxyWith(enabled());
    recordPayoutBodies(spApi, payoutMade);
    const headers = { 'x-test-seller': seller };
    assert.equal((await postPayout(proxy.port, PAYOUTS, { headers })).status, 200);
    const repeat = await postPayout(proxy.port, PAYOUTS, { headers });
    assert.equal(repeat.status, 409);
    assert.equal(firstError(repeat).code, 'PayoutAlreadyRequested');
    assert.match(firstError(repeat).message, /24 hours/);
    const retryAfter = Number(repeat.headers['retry-after']);
    assert.ok(retryAfter > 86_000 && retryAfter <= 86_400, `Retry-After ${retryAfter}`);
    assert.equal(spApi.requests.length, 1);
    // Another store of the same seller is another payout.
    const other = await postPayout(proxy.port, PAYOUTS, {
      headers,
      body: JSON.stringify({ marketplaceId: FR, accountType: 'Standard Orders' }),
    });
    assert.equal(other.status, 200);
    assert.equal(spApi.requests.length, 2);
    assert.ok(auditLines().some((line) => line.includes('already-requested')));
  });
});

describe('cross-site requests never reach Amazon', () => {
  test('another origin, no origin, a form, text/plain, no custom header: all refused', async () => {
    let resolved = 0;
    const proxy = await proxyWith({
      ...enabled(),
      credentials: (req) => {
        resolved++;
        return credentials(req);
      },
    });
    const attacks: [string, Record<string, string | undefined>, number][] = [
      ['another origin', { origin: 'https://evil.example' }, 403],
      ['a look-alike origin', { origin: 'https://portal.example.evil.example' }, 403],
      ['the opaque origin', { origin: 'null' }, 403],
      ['no origin', { origin: undefined }, 403],
      ['no custom header', { 'x-requested-with': undefined }, 403],
      ['another custom header value', { 'x-requested-with': 'XMLHttpRequest' }, 403],
      ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
      ['a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }, 415],
      ['text/plain', { 'content-type': 'text/plain' }, 415],
      ['no content type', { 'content-type': undefined }, 415],
    ];
    for (const [what, headers, status] of attacks) {
      const response = await postPayout(proxy.port, PAYOUTS, {
        headers: { 'x-test-seller': 'csrf', ...headers },
      });
      assert.equal(response.status, status, what);
    }
    const form = await postPayout(proxy.port, PAYOUTS, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `marketplaceId=${DE}&accountType=Standard+Orders`,
    });
    assert.equal(form.status, 415);
    assert.equal(spApi.requests.length, 0, 'nothing reached the fake SP-API');
    assert.equal(resolved, 0, 'no seller was even looked up');
  });
});

describe('the body is exactly the two fields, checked', () => {
  test('tampered bodies get a 400 that names the field; a huge one 413', async () => {
    const proxy = await proxyWith(enabled());
    const tampered: [string, string, string | undefined][] = [
      [
        'an extra field',
        JSON.stringify({ marketplaceId: DE, accountType: 'Standard Orders', amount: 1e6 }),
        'body',
      ],
      ['no account type', JSON.stringify({ marketplaceId: DE }), 'accountType'],
      [
        'the code, not the label',
        JSON.stringify({ marketplaceId: DE, accountType: 'STANDARD_ORDERS' }),
        'accountType',
      ],
      [
        'another account type',
        JSON.stringify({ marketplaceId: DE, accountType: 'Invoiced Orders' }),
        'accountType',
      ],
      [
        'a US store',
        JSON.stringify({ marketplaceId: US, accountType: 'Standard Orders' }),
        'marketplaceId',
      ],
      [
        'a marketplace list',
        JSON.stringify({ marketplaceId: [DE], accountType: 'Standard Orders' }),
        'marketplaceId',
      ],
      ['no marketplace', JSON.stringify({ accountType: 'Standard Orders' }), 'marketplaceId'],
      ['an array', JSON.stringify([DE, 'Standard Orders']), undefined],
      ['not JSON', '{marketplaceId: DE}', undefined],
      ['empty', '', undefined],
    ];
    for (const [what, body, field] of tampered) {
      const response = await postPayout(proxy.port, PAYOUTS, {
        body,
        headers: { 'x-test-seller': 'tamper' },
      });
      assert.equal(response.status, 400, what);
      assert.equal(firstError(response).code, 'InvalidInput', what);
      assert.equal(firstError(response).details, field, what);
    }
    const huge = await postPayout(proxy.port, PAYOUTS, {
      body: `{"marketplaceId":"${'A'.repeat(5000)}"}`,
    });
    assert.equal(huge.status, 413);
    const query = await postPayout(proxy.port, `${PAYOUTS}?marketplaceId=${IT}`);
    assert.equal(query.status, 400, 'the operation takes no query');
    assert.equal(spApi.requests.length, 0);
  });
});

describe('the host’s authorizePayout decides', () => {
  test('false (or anything but true) refuses with 403; a throwing hook is a 500', async () => {
    for (const [hook, status, code] of [
      [() => false, 403, 'PayoutNotAuthorized'],
      [async () => false, 403, 'PayoutNotAuthorized'],
      [() => 'yes' as unknown as boolean, 403, 'PayoutNotAuthorized'],
      [
        () => {
          throw new Error(`boom ${REFRESH_TOKEN}`);
        },
        500,
        'InternalFailure',
      ],
    ] as const) {
      const proxy = await proxyWith(enabled(hook));
      const response = await postPayout(proxy.port, PAYOUTS, {
        headers: { 'x-test-seller': `hook-${++sellers}` },
      });
      assert.equal(response.status, status);
      assert.equal(firstError(response).code, code);
    }
    assert.equal(spApi.requests.length, 0);
    assert.ok(auditLines().some((line) => line.includes('not-authorized')));
  });
});

describe('the POST is never retried', () => {
  test('503, 429, an expired token and a timeout each reach Amazon exactly once', async () => {
    const proxy = await proxyWith({ ...enabled(), timeoutMs: 300 });
    const answers: [string, (res: import('node:http').ServerResponse) => void, number][] = [
      [
        '503',
        (res) => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end('{"errors":[{"code":"ServiceUnavailable","message":"x"}]}');
        },
        503,
      ],
      [
        '429',
        (res) => {
          res.writeHead(429, { 'content-type': 'application/json' });
          res.end('{"errors":[{"code":"QuotaExceeded","message":"x"}]}');
        },
        429,
      ],
      [
        'expired token',
        (res) => {
          res.writeHead(403, { 'content-type': 'application/json' });
          res.end('{"errors":[{"code":"Unauthorized","message":"The access token has expired"}]}');
        },
        403,
      ],
      ['timeout', () => undefined, 504],
    ];
    for (const [what, answer, status] of answers) {
      spApi.reset();
      recordPayoutBodies(spApi, (_req, res) => answer(res));
      const response = await postPayout(proxy.port, PAYOUTS, {
        headers: { 'x-test-seller': `retry-${++sellers}` },
      });
      assert.equal(response.status, status, what);
      assert.equal(spApi.requests.length, 1, `${what}: one request upstream, no retry`);
      if (what === 'timeout')
        assert.match(firstError(response).message, /may or may not have been made/);
    }
    // Nothing was made, so nothing is remembered: the seller may ask again at once.
    spApi.reset();
    recordPayoutBodies(spApi, payoutMade);
    const again = await postPayout(proxy.port, PAYOUTS, {
      headers: { 'x-test-seller': `retry-${sellers}` },
    });
    assert.equal(again.status, 200);
  });

  test('after an expired token the seller’s next attempt goes with a fresh one', async () => {
    const proxy = await proxyWith(enabled());
    recordPayoutBodies(spApi, (_req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"Unauthorized","message":"The access token has expired"}]}');
    });
    const headers = { 'x-test-seller': `expired-${++sellers}` };
    assert.equal((await postPayout(proxy.port, PAYOUTS, { headers })).status, 403);
    assert.equal(spApi.requests.length, 1, 'not retried');
    recordPayoutBodies(spApi, payoutMade);
    assert.equal((await postPayout(proxy.port, PAYOUTS, { headers })).status, 200);
    const [first, second] = spApi.requests.map((r) => r.headers['x-amz-access-token']);
    assert.notEqual(first, second);
    assert.equal(lwa.grants.length, 2);
  });

  test('the seller’s budget is 0.017/s, burst 2, whatever limit the reads are given', async () => {
    recordPayoutBodies(spApi, (_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"NoDepositMethod","message":"No deposit method found."}]}');
    });
    for (const rateLimits of [undefined, false, { ratePerSecond: 100, burst: 100 }] as const) {
      spApi.requests.length = 0;
      const proxy = await proxyWith({ ...enabled(), rateLimits });
      const headers = { 'x-test-seller': `budget-${++sellers}` };
      const statuses: number[] = [];
      for (const marketplaceId of [DE, FR, IT]) {
        const body = JSON.stringify({ marketplaceId, accountType: 'Standard Orders' });
        statuses.push((await postPayout(proxy.port, PAYOUTS, { headers, body })).status);
      }
      assert.deepEqual(statuses, [400, 400, 429], JSON.stringify(rateLimits));
      assert.equal(spApi.requests.length, 2);
    }
  });
});

describe('CORS is an explicit allowlist', () => {
  test('an allowed origin gets its own origin back, others nothing, never *', async () => {
    const proxy = await proxyWith({ ...enabled(), cors: { origins: [PORTAL] } });
    const preflight = (origin: string, method: string) =>
      rawRequest(proxy.port, PAYOUTS, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': method,
          'access-control-request-headers': 'content-type, x-requested-with',
        },
      });
    const allowed = await preflight(PORTAL, 'POST');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers['access-control-allow-origin'], PORTAL);
    assert.equal(allowed.headers['access-control-allow-credentials'], 'true');
    assert.equal(allowed.headers['access-control-allow-methods'], 'GET, POST');
    assert.match(String(allowed.headers['access-control-allow-headers']), /X-Requested-With/);
    const evil = await preflight('https://evil.example', 'POST');
    assert.equal(evil.status, 403);
    assert.equal(evil.headers['access-control-allow-origin'], undefined);
    assert.equal((await preflight(PORTAL, 'DELETE')).status, 403);

    const read = await rawRequest(proxy.port, PAYOUTS, { headers: { origin: PORTAL } });
    assert.equal(read.headers['access-control-allow-origin'], PORTAL);
    assert.equal(read.headers.vary, 'Origin');
    assert.match(String(read.headers['access-control-expose-headers']), /x-amzn-RequestId/);
    const foreign = await rawRequest(proxy.port, PAYOUTS, {
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    const elsewhere = await rawRequest(proxy.port, '/sp-api/nope', { headers: { origin: PORTAL } });
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.headers['access-control-allow-origin'], undefined, 'not its path');

    const plain = await proxyWith({ credentials });
    const none = await rawRequest(plain.port, PAYOUTS, { headers: { origin: PORTAL } });
    assert.equal(
      none.headers['access-control-allow-origin'],
      undefined,
      'no CORS unless configured',
    );
    assert.throws(
      () =>
        createSpApiProxy({ endpoint: 'http://127.0.0.1:1', credentials, cors: { origins: ['*'] } }),
      TypeError,
    );
  });
});

describe('getPaymentMethods', () => {
  test('is allowed like the other GETs, its parameters validated', async () => {
    const proxy = await proxyWith({ credentials });
    const path = '/sp-api/finances/transfers/2024-06-01/paymentMethods';
    const headers = { 'x-test-seller': `methods-${++sellers}` };
    const ok = await rawRequest(
      proxy.port,
      `${path}?paymentMethodTypes=BANK_ACCOUNT,CARD&marketplaceId=${DE}`,
      { headers },
    );
    assert.equal(ok.status, 200);
    assert.equal(
      spApi.requests[0]!.url,
      `/finances/transfers/2024-06-01/paymentMethods?marketplaceId=${DE}&paymentMethodTypes=BANK_ACCOUNT,CARD`,
    );
    for (const [query, parameter] of [
      ['', 'marketplaceId'],
      ['?paymentMethodTypes=CARD', 'marketplaceId'],
      [`?marketplaceId=${DE}&paymentMethodTypes=CASH`, 'paymentMethodTypes'],
      [`?marketplaceId=${DE}&paymentMethodTypes=CARD,card`, 'paymentMethodTypes'],
      [`?marketplaceId=${DE}&tail=677`, 'tail'],
    ]) {
      const refused = await rawRequest(proxy.port, `${path}${query}`, { headers });
      assert.equal(refused.status, 400, query);
      assert.equal(firstError(refused).details, parameter, query);
    }
    assert.equal(spApi.requests.length, 1);
    assert.equal((await rawRequest(proxy.port, path, { method: 'POST' })).status, 405);
  });
});

describe('createSandboxProxy', () => {
  test('payouts are off by default, and on behind the same checks, per visitor', async () => {
    const off = await listen(
      (req, res) => void createSandboxProxy({ rateLimits: false })(req, res),
    );
    assert.equal((await postPayout(off.port, PAYOUTS.replace('/sp-api', ''))).status, 405);
    await off.close();
    const handler = createSandboxProxy({
      sellerId: (req) => String(req.headers['x-test-seller']),
      payouts: { enabled: true, origins: [PORTAL], authorizePayout: () => true },
    });
    const on = await listen((req, res) => void handler(req, res));
    const path = '/finances/transfers/2024-06-01/payouts';
    const expected = `${path}/expected?marketplaceIds=${DE}&accountType=STANDARD_ORDERS`;
    const headers = { 'x-test-seller': 'visitor-a' };
    assert.equal(
      (await postPayout(on.port, path, { headers: { ...headers, origin: 'https://evil.example' } }))
        .status,
      403,
    );
    const made = await postPayout(on.port, path, { headers });
    assert.equal(made.status, 200);
    const reference = (made.json() as { payoutReferenceId: string }).payoutReferenceId;
    const mine = (await rawRequest(on.port, expected, { headers })).json() as {
      expectedPayouts: unknown[];
    };
    assert.deepEqual(mine.expectedPayouts, []);
    const payouts = (
      await rawRequest(on.port, `${path}?marketplaceIds=${DE}`, { headers })
    ).json() as {
      payouts: { id: string; type: string }[];
    };
    assert.deepEqual([payouts.payouts[0]!.id, payouts.payouts[0]!.type], [reference, 'ON_DEMAND']);
    assert.equal((await postPayout(on.port, path, { headers })).status, 409);
    const theirs = (
      await rawRequest(on.port, expected, { headers: { 'x-test-seller': 'visitor-b' } })
    ).json() as {
      expectedPayouts: unknown[];
    };
    assert.equal(theirs.expectedPayouts.length, 1, 'another visitor’s sandbox is untouched');
    await on.close();
  });
});
