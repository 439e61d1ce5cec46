import { expect } from '@open-wc/testing';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { clientFor, registerClient, resetSharedClients } from '../../src/data/registry.js';
import { baseUrlFor, newKey, script, stats } from './http-helpers.js';

/** Elements with the same base-url share one client: one cache, one rate budget. */
describe('clientFor', () => {
  afterEach(() => resetSharedClients());

  it('returns one client for every spelling of a base URL', () => {
    const base = baseUrlFor(newKey('registry'));
    const client = clientFor(base);
    expect(clientFor(`${base}/`)).to.equal(client);
    expect(clientFor(`${location.origin}${base}`)).to.equal(client);
    expect(clientFor(`${location.origin}${base}//`)).to.equal(client);
    expect(clientFor(`${base}-other`)).not.to.equal(client);
    expect(client).to.be.instanceOf(HttpDataSource);
  });

  it('shares coalescing and the cache between equivalent base URLs', async () => {
    const key = newKey('registry-shared');
    await script(key, [{ delayMs: 100, body: { payouts: [] } }]);
    const base = baseUrlFor(key);
    await Promise.all([clientFor(base).listPayouts({}), clientFor(`${base}/`).listPayouts({})]);
    await clientFor(`${location.origin}${base}`).listPayouts({});
    expect((await stats(key)).count).to.equal(1);
  });

  it('uses a registered, host-configured client, and so shares its rate budget', async () => {
    const key = newKey('registry-registered');
    await script(key, [{ body: { payouts: [] } }]);
    const base = baseUrlFor(key);
    const configured = new HttpDataSource({
      baseUrl: `${base}/`,
      rate: { ratePerSecond: 5, burst: 1 },
      headers: () => ({ 'x-csrf-token': 'from-host' }),
    });
    registerClient(configured);
    expect(clientFor(base)).to.equal(configured);
    await clientFor(base).listPayouts({ payoutId: '1' });
    await clientFor(`${location.origin}${base}`).listPayouts({ payoutId: '2' });
    const { requests } = await stats(key);
    expect(requests.map((r) => r.headers['x-csrf-token'])).to.deep.equal([
      'from-host',
      'from-host',
    ]);
    expect(requests[1]!.at - requests[0]!.at).to.be.at.least(150);
  });

  it('resetSharedClients forgets them', () => {
    const base = baseUrlFor(newKey('registry-reset'));
    const client = clientFor(base);
    resetSharedClients();
    expect(clientFor(base)).not.to.equal(client);
  });
});
