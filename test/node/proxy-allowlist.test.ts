import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  BALANCES,
  EXPECTED,
  firstError,
  PAYOUTS,
  rawRequest,
  SUMMARY,
  useProxyHarness,
} from './helpers.js';

const { lwa, spApi, proxyWith } = await useProxyHarness({ rateLimits: false });
const proxy = await proxyWith();

describe('allowed paths and methods', () => {
  test('each of the four operations is forwarded to its SP-API path', async () => {
    for (const path of [BALANCES, SUMMARY, PAYOUTS, EXPECTED]) {
      const response = await rawRequest(proxy.port, path);
      assert.equal(response.status, 200, path);
    }
    assert.deepEqual(
      spApi.requests.map((r) => r.url),
      [
        '/finances/2024-06-19/balances',
        '/finances/2024-06-19/summary',
        '/finances/transfers/2024-06-01/payouts',
        '/finances/transfers/2024-06-01/payouts/expected',
      ],
    );
  });

  test('other paths get 404 with an ErrorList, and nothing goes upstream', async () => {
    for (const path of [
      // paymentMethods is an operation now; a path beside it is not.
      '/sp-api/finances/transfers/2024-06-01/nowhere',
      '/sp-api/',
      '/sp-api/finances/2024-06-19/balances/extra',
      '/finances/2024-06-19/balances',
      '/other/finances/2024-06-19/balances',
      '/sp-apix/finances/2024-06-19/balances',
    ]) {
      const response = await rawRequest(proxy.port, path);
      assert.equal(response.status, 404, path);
      assert.equal(firstError(response).code, 'NotFound');
    }
    assert.equal(spApi.requests.length, 0);
  });

  test('methods other than GET get 405 with Allow: GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      const response = await rawRequest(proxy.port, PAYOUTS, { method });
      assert.equal(response.status, 405, method);
      assert.equal(response.headers.allow, 'GET');
      if (method !== 'HEAD') assert.equal(firstError(response).code, 'MethodNotAllowed');
    }
    assert.equal(spApi.requests.length, 0);
  });
});

describe('path traversal, encoded slashes and absolute URLs', () => {
  const attacks = [
    '/sp-api/finances/2024-06-19/balances/../../x',
    '/sp-api/finances/2024-06-19/balances/..',
    '/sp-api/../finances/2024-06-19/balances',
    '/sp-api/%2e%2e/finances/2024-06-19/balances',
    '/sp-api/%2E%2E/%2e%2e/x',
    '/sp-api/finances%2F2024-06-19%2Fbalances',
    '/sp-api/finances%2f2024-06-19%2fbalances',
    '/sp-api/finances/2024-06-19%5Cbalances',
    '/sp-api/finances\\2024-06-19\\balances',
    '/sp-api//finances/2024-06-19/balances',
    '/sp-api/finances//2024-06-19/balances',
    '/sp-api/./finances/2024-06-19/balances',
    'http://evil.example/finances/2024-06-19/balances',
    'http://evil.example/sp-api/finances/2024-06-19/balances',
    'https://127.0.0.1:1/sp-api/finances/2024-06-19/balances',
    '//evil.example/sp-api/finances/2024-06-19/balances',
    '//evil.example/finances/2024-06-19/balances',
    '*',
  ];

  for (const target of attacks) {
    test(`refuses ${target}`, async () => {
      const response = await rawRequest(proxy.port, target);
      assert.equal(response.status, 400);
      assert.equal(firstError(response).code, 'InvalidInput');
      assert.equal(spApi.requests.length, 0, 'nothing may reach the SP-API');
      assert.equal(lwa.grants.length, 0, 'no token is even fetched');
    });
  }

  test('a query cannot steer the upstream URL either', async () => {
    const response = await rawRequest(
      proxy.port,
      `${PAYOUTS}?nextToken=${encodeURIComponent('x/../../evil?a=b#c')}`,
    );
    assert.equal(response.status, 200);
    assert.equal(spApi.requests.length, 1);
    assert.equal(
      spApi.requests[0]!.url,
      '/finances/transfers/2024-06-01/payouts?nextToken=x%2F..%2F..%2Fevil%3Fa%3Db%23c',
    );
  });

  test('a trailing slash is the same operation', async () => {
    const response = await rawRequest(proxy.port, `${BALANCES}/`);
    assert.equal(response.status, 200);
    assert.equal(spApi.requests[0]!.url, '/finances/2024-06-19/balances');
  });
});

describe('query parameters', () => {
  test('documented parameters are forwarded re-encoded, in the API order', async () => {
    const response = await rawRequest(
      proxy.port,
      `${PAYOUTS}?accountType=STANDARD_ORDERS&marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2` +
        `&createdBefore=2024-06-30T00:00:00Z&createdAfter=2024-06-01T00%3A00%3A00%2B02%3A00` +
        `&payoutId=11888387941&nextToken=abc%2B%2F%3D`,
    );
    assert.equal(response.status, 200);
    assert.equal(
      spApi.requests[0]!.url,
      '/finances/transfers/2024-06-01/payouts?marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2' +
        '&createdAfter=2024-06-01T00%3A00%3A00%2B02%3A00&createdBefore=2024-06-30T00%3A00%3A00Z' +
        '&payoutId=11888387941&accountType=STANDARD_ORDERS&nextToken=abc%2B%2F%3D',
    );
  });

  test('balance, summary and expected-payout parameters pass when well formed', async () => {
    for (const path of [
      `${BALANCES}?marketplaceId=ATVPDKIKX0DER&balanceType=AVAILABLE,DEFERRED&accountType=Standard%20Orders&asOfDate=2024-02-29`,
      `${SUMMARY}?marketplaceIds=ATVPDKIKX0DER&periodStart=2025-01-12&periodEnd=2025-01-31T23:59:59.999Z&relatedIdentifierName=SETTLEMENT_ID&relatedIdentifierValue=11888387941`,
      `${EXPECTED}?marketplaceIds=ATVPDKIKX0DER&accountType=STANDARD_ORDERS&nextToken=Next%20token%20value`,
      // The published model's balances filter, beside the reference's marketplaceId (#21).
      `${BALANCES}?marketplaceIds=ATVPDKIKX0DER,A1F83G8C2ARO7P&balanceType=ACCOUNT_LEVEL_RESERVE`,
    ]) {
      const response = await rawRequest(proxy.port, path);
      assert.equal(response.status, 200, path);
    }
    assert.equal(spApi.requests.length, 4);
    assert.match(spApi.requests[0]!.url, /accountType=Standard%20Orders&asOfDate=2024-02-29$/);
  });

  const tooMany = Array.from({ length: 21 }, (_, i) => `A${i}`).join(',');
  const cases: [string, string][] = [
    [`${PAYOUTS}?marketplaceId=ATVPDKIKX0DER`, 'marketplaceId'],
    [`${BALANCES}?marketplaceIds=ATVPDKIKX0DER,,A1`, 'marketplaceIds'],
    [`${BALANCES}?foo=bar`, 'foo'],
    [`${EXPECTED}?createdAfter=2024-06-01`, 'createdAfter'],
    [`${BALANCES}?asOfDate=2024-06-01T00:00:00Z`, 'asOfDate'],
    [`${BALANCES}?asOfDate=yesterday`, 'asOfDate'],
    [`${BALANCES}?asOfDate=2023-02-29`, 'asOfDate'],
    [`${SUMMARY}?periodStart=2024-13-01`, 'periodStart'],
    [`${SUMMARY}?periodEnd=2024-06-01T25:00:00Z`, 'periodEnd'],
    [`${SUMMARY}?periodEnd=06/01/2024`, 'periodEnd'],
    [`${PAYOUTS}?createdBefore=1717200000`, 'createdBefore'],
    [`${PAYOUTS}?marketplaceIds=${tooMany}`, 'marketplaceIds'],
    [`${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER,,A1`, 'marketplaceIds'],
    [`${PAYOUTS}?marketplaceIds=${'A'.repeat(33)}`, 'marketplaceIds'],
    [`${PAYOUTS}?marketplaceIds=ATVPDKIKX0DER%26x%3Dy`, 'marketplaceIds'],
    [`${BALANCES}?balanceType=AVAILABLE;DROP`, 'balanceType'],
    [`${PAYOUTS}?payoutId=${'9'.repeat(257)}`, 'payoutId'],
    [`${PAYOUTS}?payoutId=a%0Ab`, 'payoutId'],
    [`${PAYOUTS}?payoutId=`, 'payoutId'],
    [`${PAYOUTS}?nextToken=${'x'.repeat(4097)}`, 'nextToken'],
    [`${PAYOUTS}?payoutId=1&payoutId=2`, 'payoutId'],
    [`${PAYOUTS}?payoutId=%E0%A4%A`, 'payoutId'],
    [`${SUMMARY}?relatedIdentifierName=SETTLEMENT-ID`, 'relatedIdentifierName'],
    [`${PAYOUTS}?accountType=%3Cscript%3E`, 'accountType'],
  ];
  for (const [path, parameter] of cases) {
    test(`400 naming ${parameter} for ${path.slice(path.indexOf('?'), 80)}`, async () => {
      const response = await rawRequest(proxy.port, path);
      assert.equal(response.status, 400);
      assert.match(String(response.headers['content-type']), /^application\/json/);
      const error = firstError(response);
      assert.equal(error.code, 'InvalidInput');
      assert.equal(error.details, parameter);
      assert.ok(error.message.includes(parameter), error.message);
      assert.equal(spApi.requests.length, 0);
    });
  }
});
