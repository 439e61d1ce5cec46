import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firstError, rawRequest, testClock, useProxyHarness } from './helpers.js';

const TRANSACTIONS = '/sp-api/finances/2024-06-19/transactions';
const { spApi, proxyWith } = await useProxyHarness({ rateLimits: false });
const proxy = await proxyWith();

describe('listTransactions through the proxy', () => {
  test('is forwarded with its parameters re-encoded, in the API order', async () => {
    const response = await rawRequest(
      proxy.port,
      `${TRANSACTIONS}?relatedIdentifierValue=111-222&relatedIdentifierName=ORDER_ID` +
        `&transactionStatus=DEFERRED_RELEASED&marketplaceId=ATVPDKIKX0DER` +
        `&postedBefore=2026-11-08&postedAfter=2026-11-01T00:00:00Z&nextToken=t%2B1`,
    );
    assert.equal(response.status, 200);
    assert.deepEqual(
      spApi.requests.map((r) => r.url),
      [
        '/finances/2024-06-19/transactions?postedAfter=2026-11-01T00%3A00%3A00Z&postedBefore=2026-11-08' +
          '&marketplaceId=ATVPDKIKX0DER&transactionStatus=DEFERRED_RELEASED' +
          '&relatedIdentifierName=ORDER_ID&relatedIdentifierValue=111-222&nextToken=t%2B1',
      ],
    );
  });

  test('takes FINANCIAL_EVENT_GROUP_ID as the other filterable identifier', async () => {
    const response = await rawRequest(
      proxy.port,
      `${TRANSACTIONS}?relatedIdentifierName=FINANCIAL_EVENT_GROUP_ID&relatedIdentifierValue=G1`,
    );
    assert.equal(response.status, 200);
  });

  const cases: [string, string][] = [
    [`${TRANSACTIONS}?postedAfter=yesterday`, 'postedAfter'],
    [`${TRANSACTIONS}?postedBefore=2026-02-30`, 'postedBefore'],
    [`${TRANSACTIONS}?transactionStatus=HELD`, 'transactionStatus'],
    [`${TRANSACTIONS}?transactionStatus=deferred`, 'transactionStatus'],
    [`${TRANSACTIONS}?relatedIdentifierName=SETTLEMENT_ID`, 'relatedIdentifierName'],
    [`${TRANSACTIONS}?relatedIdentifierName=SHIPMENT_ID`, 'relatedIdentifierName'],
    [`${TRANSACTIONS}?marketplaceIds=ATVPDKIKX0DER`, 'marketplaceIds'],
  ];
  for (const [path, parameter] of cases) {
    test(`400 naming ${parameter} for ${path.slice(path.indexOf('?'))}`, async () => {
      const response = await rawRequest(proxy.port, path);
      assert.equal(response.status, 400);
      const error = firstError(response);
      assert.equal(error.code, 'InvalidInput');
      assert.equal(error.details, parameter);
      assert.equal(spApi.requests.length, 0);
    });
  }
});

describe('listTransactions rate limit', async () => {
  const { spApi: limited, proxyWith: limitedProxy } = await useProxyHarness();
  test('is the operations table’s 0.5/s, burst 10', async () => {
    const clock = testClock();
    const server = await limitedProxy({ now: clock.now });
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await rawRequest(server.port, TRANSACTIONS)).status);
    assert.deepEqual(statuses, [...Array(10).fill(200), 429]);
    const refused = await rawRequest(server.port, TRANSACTIONS);
    assert.equal(refused.headers['retry-after'], '2');
    assert.equal(limited.requests.length, 10);
  });
});
