import { expect } from '@open-wc/testing';
import {
  SpApiError,
  errorFromResponse,
  parseRetryAfter,
  toErrorDetail,
} from '../../src/api/errors.js';

const NOW = Date.parse('2025-01-12T10:00:00Z');

function headers(init: Record<string, string> = {}) {
  return new Headers(init);
}

describe('errorFromResponse', () => {
  it('reads the ErrorList’s first error, the request id and Retry-After', () => {
    const error = errorFromResponse(
      429,
      headers({ 'x-amzn-RequestId': 'a1b2c3', 'Retry-After': '2' }),
      JSON.stringify({
        errors: [
          { code: 'QuotaExceeded', message: 'You exceeded your quota.', details: 'Slow down' },
          { code: 'Other', message: 'second' },
        ],
      }),
    );
    expect(error).to.be.instanceOf(SpApiError);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(429);
    expect(error.code).to.equal('QuotaExceeded');
    expect(error.message).to.equal('You exceeded your quota.');
    expect(error.details).to.equal('Slow down');
    expect(error.errors).to.deep.equal([
      { code: 'QuotaExceeded', message: 'You exceeded your quota.', details: 'Slow down' },
      { code: 'Other', message: 'second', details: undefined },
    ]);
    expect(error.requestId).to.equal('a1b2c3');
    expect(error.retryAfterMs).to.equal(2000);
    expect(error.retryable).to.equal(true);
  });

  it('reads a {message} body (API gateways answer 403 so)', () => {
    const error = errorFromResponse(403, headers(), '{"message":"Forbidden"}');
    expect(error.message).to.equal('Forbidden');
    expect(error.code).to.equal(undefined);
    expect(error.retryable).to.equal(false);
  });

  it('uses a non-JSON body as the message, shortened when long', () => {
    expect(errorFromResponse(502, headers(), '  upstream connect error  ').message).to.equal(
      'upstream connect error',
    );
    const long = errorFromResponse(500, headers(), `<html>${'x'.repeat(1000)}</html>`);
    expect(long.message).to.have.length(301);
    expect(long.message.endsWith('…')).to.equal(true);
  });

  it('says the status for an empty body', () => {
    for (const body of ['', '  \n']) {
      const error = errorFromResponse(503, headers(), body);
      expect(error.message).to.equal('HTTP 503');
      expect(error.code).to.equal(undefined);
      expect(error.requestId).to.equal(undefined);
    }
  });

  it('reads Retry-After given as an HTTP date', () => {
    const error = errorFromResponse(
      503,
      headers({ 'Retry-After': 'Sun, 12 Jan 2025 10:00:30 GMT' }),
      '',
      NOW,
    );
    expect(error.retryAfterMs).to.equal(30_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates, and nothing else', () => {
    expect(parseRetryAfter('0', NOW)).to.equal(0);
    expect(parseRetryAfter(' 120 ', NOW)).to.equal(120_000);
    expect(parseRetryAfter('1.5', NOW)).to.equal(1500);
    expect(parseRetryAfter('Sun, 12 Jan 2025 10:01:00 GMT', NOW)).to.equal(60_000);
    expect(parseRetryAfter('Sun, 12 Jan 2025 09:00:00 GMT', NOW)).to.equal(0);
    expect(parseRetryAfter('soon', NOW)).to.equal(undefined);
    expect(parseRetryAfter('', NOW)).to.equal(undefined);
    expect(parseRetryAfter(null, NOW)).to.equal(undefined);
  });
});

describe('SpApiError', () => {
  it('is retried automatically for rate limits, server trouble and the network only', () => {
    const http = (status: number) => new SpApiError({ kind: 'http', status, message: '' });
    expect([429, 500, 502, 503, 504].map((s) => http(s).retryable)).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([400, 401, 403, 404].map((s) => http(s).retryable)).to.deep.equal([
      false,
      false,
      false,
      false,
    ]);
    expect(new SpApiError({ kind: 'network', message: '' }).retryable).to.equal(true);
    // A timeout is retried like a network failure (the client test shows the requests).
    expect(new SpApiError({ kind: 'timeout', message: '' }).retryable).to.equal(true);
    expect(new SpApiError({ kind: 'parse', message: '' }).retryable).to.equal(false);
  });

  it('toErrorDetail gives the sp-error detail for API errors and anything else', () => {
    const error = errorFromResponse(
      404,
      headers({ 'x-amzn-RequestId': 'r-404' }),
      '{"errors":[{"code":"NotFound","message":"No payout"}]}',
    );
    expect(toErrorDetail(error)).to.deep.equal({
      status: 404,
      code: 'NotFound',
      message: 'No payout',
      requestId: 'r-404',
      errors: [{ code: 'NotFound', message: 'No payout', details: undefined }],
    });
    expect(toErrorDetail(new TypeError('boom'))).to.deep.equal({
      status: undefined,
      code: undefined,
      message: 'boom',
      requestId: undefined,
      errors: [],
    });
    expect(toErrorDetail('text').message).to.equal('text');
  });
});
