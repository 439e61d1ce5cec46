/**
 * A proxy on another origin than the page (#21): with the page's origin on the proxy's CORS
 * allowlist, the client reads the answer and the headers the proxy exposes (the request id for
 * support, the rate-limit hint); with it off the list, the browser hides the answer and the
 * element says it could not reach the server. Real HTTP, a real second origin (127.0.0.1 vs
 * localhost), the real proxy in front of the sandbox.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SpApiError } from '../../src/api/errors.js';
import '../../src/components/payout-list/payout-list.js';
import type { SpPayoutList } from '../../src/components/payout-list/payout-list.component.js';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { rejectionOf } from './http-helpers.js';

/** The same test server, as another origin. */
const otherOrigin = () => `http://127.0.0.1:${location.port}`;

describe('a proxy on another origin', () => {
  it('is the other origin the test means', () => {
    expect(location.hostname).to.equal('localhost');
    expect(new URL(otherOrigin()).origin).to.not.equal(location.origin);
  });

  it('answers an allowed origin, and exposes the request id of an error', async () => {
    const client = new HttpDataSource({ baseUrl: `${otherOrigin()}/__cors-open` });
    const page = await client.listPayouts({ marketplaceIds: ['ATVPDKIKX0DER'] });
    expect(page.payouts?.length).to.be.greaterThan(0);
    // The sandbox behind the proxy refuses this (postedAfter is required), with a request id.
    const error = await rejectionOf(client.listTransactions({ transactionStatus: 'DEFERRED' }));
    expect(error).to.be.instanceOf(SpApiError);
    expect((error as SpApiError).status).to.equal(400);
    // Without Access-Control-Expose-Headers the browser would hide x-amzn-RequestId.
    expect((error as SpApiError).requestId)
      .to.be.a('string')
      .and.not.equal('');
  });

  it('is refused by the browser for an origin off the list, shown as unreachable', async () => {
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list
        base-url=${`${otherOrigin()}/__cors-closed`}
        locale="en-US"
      ></sp-payout-list>`,
    );
    await el.updateComplete;
    const state = el.shadowRoot!.querySelector('[part~="error"]');
    expect(state?.textContent).to.contain('Could not reach the server');
  });
});
