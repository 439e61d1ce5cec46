/**
 * The script-tag bundle's `SandboxDataSource` (src/data/sandbox-lazy.ts) loads the sandbox on
 * its first request; apart from that it must be the real one: same checks, same answers, same
 * record of requests.
 */
import { expect } from '@open-wc/testing';
import { SandboxDataSource as LazySandbox } from '../../src/data/sandbox-lazy.js';
import { SandboxDataSource, SCENARIO_NAMES } from '../../src/data/sandbox/index.js';
import { SpApiError } from '../../src/api/errors.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('the lazy SandboxDataSource', () => {
  it('rejects the options the real one rejects, with the same error, at once', () => {
    for (const options of [{ scenario: 'nope' }, { now: 'soon' }, { now: '' }]) {
      const real = thrown(() => new SandboxDataSource(options as never));
      const lazy = thrown(() => new LazySandbox(options as never));
      expect(real, JSON.stringify(options)).to.be.instanceOf(RangeError);
      expect(lazy, JSON.stringify(options)).to.be.instanceOf(RangeError);
      expect((lazy as Error).message).to.equal((real as Error).message);
    }
    for (const scenario of SCENARIO_NAMES) {
      expect(() => new LazySandbox({ scenario }), scenario).not.to.throw();
    }
  });

  it('answers byte for byte as the real one, and records the same requests', async () => {
    const options = { seed: 42, now: '2025-03-01T12:00:00Z', pageSize: 5 };
    const real = new SandboxDataSource(options);
    const lazy = new LazySandbox(options);
    expect([lazy.seed, lazy.now]).to.deep.equal([real.seed, real.now]);
    const requests = lazy.requests;
    for (const source of [real, lazy]) {
      await source.listBalances({});
      await source.listSummary({});
      await source.listPayouts({ nextToken: undefined });
      await source.listExpectedPayouts({});
    }
    expect(JSON.stringify(await lazy.listPayouts({}))).to.equal(
      JSON.stringify(await real.listPayouts({})),
    );
    expect(await lazy.listExpectedPayouts({})).to.deep.equal(await real.listExpectedPayouts({}));
    expect(await lazy.respond('listBalances', {})).to.deep.equal(
      await real.respond('listBalances', {}),
    );
    expect(lazy.requests).to.equal(requests);
    expect(lazy.requests).to.deep.equal(real.requests);
  });

  it('passes per-request options and scenarios through', async () => {
    const lazy = new LazySandbox({
      scenario: (operation) => (operation === 'listPayouts' ? 'error-404' : undefined),
    });
    await lazy.listBalances({});
    const error = await lazy.listPayouts({}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(SpApiError);
    expect((error as SpApiError).status).to.equal(404);
    const aborted = new AbortController();
    aborted.abort();
    const abortError = await lazy
      .listBalances({}, { signal: aborted.signal, scenario: 'slow' })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect((abortError as SpApiError).kind).to.equal('aborted');
    expect(lazy.requests.map((r) => r.scenario)).to.deep.equal(['default', 'error-404', 'slow']);
  });
});
