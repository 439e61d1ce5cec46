import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Log, redact, REDACTED, type LogFields } from '../../server/proxy/log.js';
import {
  assertNoSecretsLeaked,
  CLIENT_SECRET,
  logLines,
  PAYOUTS,
  rawRequest,
  REFRESH_TOKEN,
  secrets,
  seenResponses,
  startProxy,
  testClock,
  useProxyHarness,
} from './helpers.js';

const { lwa, spApi, proxyWith } = await useProxyHarness();
const clock = testClock();
const proxy = await proxyWith({
  now: clock.now,
  timeoutMs: 100,
  rateLimits: { ratePerSecond: 0.000001, burst: 5 },
});

/** An SP-API that echoes what it was sent, as a misbehaving upstream might in an error. */
function echoingSpApi(status: number) {
  spApi.respond = (req, res) => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-echo-token': String(req.headers['x-amz-access-token']),
    });
    res.end('{"errors":[{"code":"InternalFailure","message":"oops"}]}');
  };
}

describe('secrets never leave the server', () => {
  test('every kind of answer, then a scan of all responses and log lines', async () => {
    const answers: number[] = [];
    const get = async (path: string, method = 'GET') =>
      answers.push((await rawRequest(proxy.port, path, { method })).status);

    await get(PAYOUTS); // 200
    await get(`${PAYOUTS}?secret=${encodeURIComponent(CLIENT_SECRET)}`); // 400
    await get('/sp-api/nothing-here'); // 404
    await get(PAYOUTS, 'POST'); // 405
    echoingSpApi(500);
    await get(PAYOUTS); // 500 from upstream, its headers dropped
    spApi.respond = (req, res) => {
      res.writeHead(403, { 'content-type': 'application/json' });
      res.end('{"errors":[{"code":"Unauthorized","message":"The access token has expired"}]}');
    };
    await get(PAYOUTS); // 403 after one refresh
    spApi.respond = () => undefined; // never answers
    await get(PAYOUTS); // 504
    lwa.behaviour.fail = {
      status: 401,
      body: JSON.stringify({ error: 'invalid_grant', error_description: `bad ${REFRESH_TOKEN}` }),
    };
    clock.advance(4_000_000); // the cached token expires
    await get(PAYOUTS); // 502
    await get(PAYOUTS); // 429: the bucket is spent
    assert.deepEqual(answers, [200, 400, 404, 405, 500, 403, 504, 502, 429]);

    assert.ok(secrets.size >= 4, 'the fake LWA issued access tokens to look for');
    for (const outcome of ['forwarded', 'rate-limited', 'failed', 'refused', 'unknown path']) {
      assert.ok(
        logLines.some((line) => line.includes(outcome)),
        `a log line for ${outcome}: ${logLines.join('\n')}`,
      );
    }
    assert.ok(logLines.some((line) => line.includes('Login with Amazon failed')));
    assert.ok(logLines.some((line) => line.includes('invalid_grant')));
    assert.ok(seenResponses.length >= 18);
    assertNoSecretsLeaked();
  });

  test('redaction replaces known secrets and anything shaped like an LWA token', () => {
    assert.equal(redact(`a ${CLIENT_SECRET} b`, [CLIENT_SECRET]), `a ${REDACTED} b`);
    assert.equal(redact('token Atza|IwEBIabc-def_123 end', []), `token ${REDACTED} end`);
    assert.equal(redact('refresh "Atzr|xyz"', []), `refresh "${REDACTED}"`);
    assert.equal(redact('short ab', ['ab']), 'short ab', 'too short to be a credential');

    const lines: [string, LogFields | undefined][] = [];
    const log = new Log({
      info: (message, fields) => lines.push([message, fields]),
      warn: () => undefined,
      error: () => undefined,
    });
    log.write('info', `saw ${REFRESH_TOKEN}`, { field: `x ${CLIENT_SECRET}`, n: 1 }, [
      CLIENT_SECRET,
      REFRESH_TOKEN,
    ]);
    assert.deepEqual(lines, [[`saw ${REDACTED}`, { field: `x ${REDACTED}`, n: 1 }]]);
  });

  test('a logger that throws does not break the request', async () => {
    const broken = await startProxy(lwa, spApi, {
      rateLimits: false,
      logger: {
        info: () => {
          throw new Error('disk full');
        },
        warn: () => undefined,
        error: () => undefined,
      },
    });
    try {
      delete lwa.behaviour.fail;
      spApi.reset();
      assert.equal((await rawRequest(broken.port, PAYOUTS)).status, 200);
    } finally {
      await broken.close();
    }
  });
});
