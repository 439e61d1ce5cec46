import { expect } from '@open-wc/testing';
import { SpApiError } from '../../src/api/errors.js';
import { payoutFailure } from '../../src/api/on-demand-payout.js';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import {
  baseUrlFor,
  delay,
  newKey,
  rejectionOf,
  script,
  stats,
  type Step,
} from './http-helpers.js';

/**
 * `HttpDataSource.initiatePayout` against real HTTP endpoints (test/server/test-endpoints.ts):
 * one POST per call, with the headers the reference proxy requires, never retried, and every
 * failure an `SpApiError` whose reason `payoutFailure` can put in words.
 */

const DE = 'A1PA6795UKMFR9';
const REQUEST = { marketplaceId: DE, accountType: 'Standard Orders' };
const MADE = { body: { payoutReferenceId: 'REF-1' }, headers: { 'x-amzn-RequestId': 'req-1' } };
const PAYOUTS_PATH = '/finances/transfers/2024-06-01/payouts';

/** A client that would retry reads quickly and often: a payout must still go once. */
function clientFor(key: string) {
  return new HttpDataSource({
    baseUrl: baseUrlFor(key),
    backoff: { baseMs: 5, capMs: 10 },
    maxRetries: 5,
    random: () => 0.5,
    timeoutMs: 500,
  });
}

async function scripted(label: string, steps: Step[]): Promise<string> {
  const key = newKey(label);
  await script(key, steps);
  return key;
}

function errorList(code: string, message: string, details?: string) {
  return { errors: [{ code, message, ...(details ? { details } : {}) }] };
}

describe('HttpDataSource.initiatePayout', () => {
  it('sends one POST of exactly the two fields, as JSON, with the proxy’s custom header', async () => {
    const key = await scripted('payout-shape', [MADE]);
    const answer = await clientFor(key).initiatePayout({
      ...REQUEST,
      ...({ amount: '1000000' } as object),
    } as typeof REQUEST);
    expect(answer).to.deep.equal({ payoutReferenceId: 'REF-1' });
    const { count, requests } = await stats(key);
    expect(count).to.equal(1);
    const [request] = requests;
    expect(request!.method).to.equal('POST');
    expect(request!.url).to.equal(PAYOUTS_PATH);
    expect(JSON.parse(request!.body)).to.deep.equal(REQUEST);
    expect(request!.headers['content-type']).to.equal('application/json');
    expect(request!.headers['x-requested-with']).to.equal('sp-finance-widgets');
    expect(request!.headers.accept).to.equal('application/json');
  });

  for (const [what, step] of [
    ['a 503', { status: 503, body: errorList('ServiceUnavailable', 'Try later.') }],
    ['a 500', { status: 500, body: errorList('InternalFailure', 'Oops.') }],
    [
      'a 429 with Retry-After',
      { status: 429, headers: { 'Retry-After': '0' }, body: errorList('QuotaExceeded', 'Slow.') },
    ],
    ['a dropped connection', { destroy: true }],
    ['a timeout', { delayMs: 800, ...MADE }],
  ] as [string, Step][]) {
    it(`is not retried after ${what}`, async () => {
      const key = await scripted('payout-once', [step, MADE]);
      const error = await rejectionOf(clientFor(key).initiatePayout(REQUEST));
      expect(error).to.be.instanceOf(SpApiError);
      await delay(100);
      expect((await stats(key)).count).to.equal(1);
      expect(payoutFailure(error).reason).to.be.oneOf(['outcome-unknown', 'rate-limited']);
    });
  }

  it('ten rapid identical calls send one request; a later call sends another', async () => {
    const key = await scripted('payout-rapid', [{ delayMs: 100, ...MADE }]);
    const client = clientFor(key);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => client.initiatePayout(REQUEST)),
    );
    expect(answers.every((answer) => answer.payoutReferenceId === 'REF-1')).to.equal(true);
    expect((await stats(key)).count).to.equal(1);
    await client.initiatePayout(REQUEST);
    expect((await stats(key)).count).to.equal(2);
  });

  it('an abort before sending sends nothing; after sending it stops waiting, not the payout', async () => {
    const key = await scripted('payout-abort', [{ delayMs: 150, ...MADE }]);
    const client = clientFor(key);
    const aborted = new AbortController();
    aborted.abort();
    expect(
      (
        (await rejectionOf(
          client.initiatePayout(REQUEST, { signal: aborted.signal }),
        )) as SpApiError
      ).kind,
    ).to.equal('aborted');
    expect((await stats(key)).count).to.equal(0);
    const later = new AbortController();
    const pending = client.initiatePayout(REQUEST, { signal: later.signal });
    await delay(30);
    later.abort();
    expect(((await rejectionOf(pending)) as SpApiError).kind).to.equal('aborted');
    await delay(250);
    const { requests } = await stats(key);
    expect(requests.length).to.equal(1);
    expect(requests[0]!.aborted).to.equal(false, 'the request was seen through');
  });

  it('refuses while another tab holds the same payout’s lock, sending nothing', async () => {
    const key = await scripted('payout-tab', [MADE]);
    const name = `sp-finance-widgets:initiatePayout:${baseUrlFor(key)}${PAYOUTS_PATH} ${JSON.stringify(REQUEST)}`;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const locked = new Promise<void>((resolve) => {
      void navigator.locks.request(name, () => {
        resolve();
        return held;
      });
    });
    await locked;
    const error = await rejectionOf(clientFor(key).initiatePayout(REQUEST));
    release();
    expect((error as SpApiError).code).to.equal('PayoutInProgress');
    expect(payoutFailure(error).reason).to.equal('in-progress');
    expect((await stats(key)).count).to.equal(0);
  });

  it('a success clears the cache, so the next read shows the payout', async () => {
    const key = newKey('payout-cache');
    const client = clientFor(key);
    await client.listExpectedPayouts({ marketplaceIds: [DE] });
    await client.listExpectedPayouts({ marketplaceIds: [DE] });
    expect((await stats(key)).count).to.equal(1, 'the second read came from the cache');
    await script(key, [MADE, { body: { expectedPayouts: [] } }]);
    await client.initiatePayout(REQUEST);
    await client.listExpectedPayouts({ marketplaceIds: [DE] });
    expect((await stats(key)).count).to.equal(2);
  });

  it('each failure reads as a reason, with when to try again where the answer says', async () => {
    const now = Date.now();
    const cases: [Step, string][] = [
      [
        {
          status: 409,
          headers: { 'Retry-After': '3600' },
          body: errorList('PayoutAlreadyRequested', 'Already requested in the last 24 hours.'),
        },
        'already-requested',
      ],
      [
        { status: 400, body: errorList('NoDepositMethod', 'No deposit method found.') },
        'no-deposit-method',
      ],
      [
        { status: 400, body: errorList('InsufficientPayoutAmount', 'Below the minimum payout.') },
        'insufficient-balance',
      ],
      [
        { status: 400, body: errorList('InvalidInput', 'Not an EU store.', 'marketplaceId') },
        'ineligible',
      ],
      [{ status: 429, body: errorList('QuotaExceeded', 'Slow down.') }, 'rate-limited'],
      [{ status: 403, body: errorList('PayoutNotAuthorized', 'No.') }, 'refused'],
      [{ status: 404, body: errorList('NotFound', 'No.') }, 'refused'],
      [
        { status: 405, headers: { Allow: 'GET' }, body: errorList('MethodNotAllowed', 'No.') },
        'refused',
      ],
      [{ status: 503, body: errorList('ServiceUnavailable', 'Later.') }, 'outcome-unknown'],
    ];
    for (const [step, reason] of cases) {
      const key = await scripted('payout-reason', [step]);
      const error = await rejectionOf(clientFor(key).initiatePayout(REQUEST));
      const failure = payoutFailure(error, now);
      expect(failure.reason, JSON.stringify(step)).to.equal(reason);
      expect(failure.error?.message).to.equal(
        step.body && (step.body as ReturnType<typeof errorList>).errors[0]!.message,
      );
      if (reason === 'already-requested') expect(failure.retryAtMs).to.equal(now + 3_600_000);
    }
  });
});

describe('HttpDataSource.getPaymentMethods', () => {
  it('GETs the store’s deposit methods, types comma-separated', async () => {
    const key = await scripted('methods', [{ body: { paymentMethods: [] } }]);
    await clientFor(key).getPaymentMethods({
      marketplaceId: DE,
      paymentMethodTypes: ['BANK_ACCOUNT', 'CARD'],
    });
    const { requests } = await stats(key);
    expect(requests[0]!.method).to.equal('GET');
    expect(requests[0]!.url).to.equal(
      `/finances/transfers/2024-06-01/paymentMethods?marketplaceId=${DE}&paymentMethodTypes=BANK_ACCOUNT,CARD`,
    );
  });
});
