/**
 * `<sp-payout-list base-url>` over real HTTP: the scripted endpoints of
 * test/server/test-endpoints.ts (exact requests, retries, request ids) and the built-in sandbox
 * mounted at /sandbox (its paging, with empty pages, and its flaky-503 scenario).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/payout-list/payout-list.js';
import type { SpPayoutList } from '../../src/components/payout-list/payout-list.component.js';
import type { PayoutModel } from '../../src/api/model.js';
import { baseUrlFor, newKey, script, stats } from '../data/http-helpers.js';
import { sandboxListPayoutsResponse } from '../fixtures/payouts-sandbox.js';

const SERVICE_UNAVAILABLE = {
  status: 503,
  headers: { 'x-amzn-RequestId': 'rid-payouts-503', 'retry-after': '0' },
  body: { errors: [{ code: 'ServiceUnavailable', message: 'Service temporarily unavailable.' }] },
};

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const rowIds = (el: SpPayoutList) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')].map(
    (row) => row.dataset.payoutId,
  );

describe('<sp-payout-list> over HTTP', () => {
  it('requests the SP-API path with the filters and retries a 503 to success', async () => {
    const key = newKey('payouts-503');
    await script(key, [SERVICE_UNAVAILABLE, { body: sandboxListPayoutsResponse }]);
    const errors: unknown[] = [];
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        marketplace-ids="ATVPDKIKX0DER,A2EUQ1WTGCTBG2"
        created-after="2024-06-01T00:00:00Z"
        account-type="STANDARD_ORDERS"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-payout-list>`,
    );
    await el.updateComplete;
    const seen = await stats(key);
    expect(seen.requests.map((r) => r.url)).to.deep.equal([
      '/finances/transfers/2024-06-01/payouts?marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2&createdAfter=2024-06-01T00%3A00%3A00Z&accountType=STANDARD_ORDERS',
      '/finances/transfers/2024-06-01/payouts?marketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2&createdAfter=2024-06-01T00%3A00%3A00Z&accountType=STANDARD_ORDERS',
    ]);
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="error"]') === null).to.equal(true);
    expect(rowIds(el)).to.deep.equal(['11888387941']);
    expect(text(el.shadowRoot!.querySelector('[part~="amount"]'))).to.equal('$1,250.75');
  });

  it('shows the error with its request id once retries run out, and Retry recovers', async () => {
    const key = newKey('payouts-503-exhausted');
    await script(key, [
      SERVICE_UNAVAILABLE,
      SERVICE_UNAVAILABLE,
      SERVICE_UNAVAILABLE,
      SERVICE_UNAVAILABLE,
      { body: sandboxListPayoutsResponse },
    ]);
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list base-url=${baseUrlFor(key)} locale="en-US"></sp-payout-list>`,
    );
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(text(error)).to.contain('Amazon’s service had a problem');
    expect(text(error)).to.contain('Service temporarily unavailable.');
    expect(text(error.querySelector('.request-id'))).to.equal('rid-payouts-503');
    expect((await stats(key)).count).to.equal(4);
    await expect(el).to.be.accessible();

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await el.updateComplete;
    expect(rowIds(el)).to.deep.equal(['11888387941']);
    expect((await stats(key)).count).to.equal(5);
  });

  it('pages the sandbox, with its empty pages, through Load more without duplicates', async () => {
    const loads: PayoutModel[][] = [];
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list
        base-url="/sandbox"
        locale="en-US"
        @sp-load=${(e: CustomEvent) => loads.push(e.detail as PayoutModel[])}
      ></sp-payout-list>`,
    );
    await el.updateComplete;
    const first = rowIds(el);
    expect(first.length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part~="empty"]') === null).to.equal(true);

    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="load-more-button"]')!.click();
    await el.updateComplete;
    const after = rowIds(el);
    expect(after.length).to.be.greaterThan(first.length);
    expect(new Set(after).size).to.equal(after.length);
    expect(loads.map((rows) => rows.length)).to.deep.equal([first.length, after.length]);
    const dates = (loads.at(-1) ?? []).map((p) => Date.parse(p.creationDate ?? ''));
    expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
  });

  it("retries the sandbox's flaky 503 without showing an error", async () => {
    const errors: unknown[] = [];
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list
        base-url="/sandbox/scenario/flaky-503/session/${crypto.randomUUID()}/failures/1"
        locale="en-US"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-payout-list>`,
    );
    await el.updateComplete;
    expect(errors).to.deep.equal([]);
    expect(rowIds(el).length).to.be.greaterThan(0);
  });
});
