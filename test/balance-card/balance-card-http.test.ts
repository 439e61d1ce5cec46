/**
 * `<sp-balance-card base-url>` over real HTTP, against the scripted endpoints of
 * test/server/test-endpoints.ts: the request the proxy receives, the shared client's retries,
 * lossless amounts and the API's error details.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/balance-card/balance-card.js';
import type { SpBalanceCard } from '../../src/components/balance-card/balance-card.component.js';
import { baseUrlFor, newKey, script, stats } from '../data/http-helpers.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** An answer whose amount no double can hold, as raw JSON text (numbers, not strings). */
const BIG_BALANCES = `{"balances":[{"partnerMetadata":{"partnerId":"A1SELLER","accountType":"STANDARD_ORDERS","marketplaceId":"ATVPDKIKX0DER"},"balanceType":"TOTAL","amount":{"currencyAmount":9007199254740993.07,"currencyCode":"USD"}}]}`;

describe('<sp-balance-card> over HTTP', () => {
  it('requests the SP-API path with the filters, lists comma-separated', async () => {
    const key = newKey('balance-query');
    await script(key, [{ body: BIG_BALANCES }]);
    const el = await fixture<SpBalanceCard>(
      html`<sp-balance-card
        base-url=${baseUrlFor(key)}
        locale="en-US"
        marketplace-id="ATVPDKIKX0DER"
        balance-types="TOTAL,ACCOUNT_LEVEL_RESERVES"
        account-type="Standard Orders"
        as-of-date="2025-01-12"
      ></sp-balance-card>`,
    );
    await el.updateComplete;
    const seen = await stats(key);
    expect(seen.requests.map((r) => r.url)).to.deep.equal([
      '/finances/2024-06-19/balances?marketplaceId=ATVPDKIKX0DER&balanceType=TOTAL,ACCOUNT_LEVEL_RESERVES&accountType=Standard+Orders&asOfDate=2025-01-12',
    ]);
    expect(text(el.shadowRoot!.querySelector('[part~="total-amount"]'))).to.equal(
      '$9,007,199,254,740,993.07',
    );
  });

  it('retries a 429 to success', async () => {
    const key = newKey('balance-429');
    await script(key, [
      {
        status: 429,
        headers: { 'x-amzn-RequestId': 'rid-429', 'retry-after': '0' },
        body: { errors: [{ code: 'QuotaExceeded', message: 'You exceeded your quota.' }] },
      },
      { body: BIG_BALANCES },
    ]);
    const errors: unknown[] = [];
    const el = await fixture<SpBalanceCard>(
      html`<sp-balance-card
        base-url=${baseUrlFor(key)}
        locale="en-US"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-balance-card>`,
    );
    await el.updateComplete;
    expect((await stats(key)).count).to.equal(2);
    expect(errors).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('[part~="total-amount"]'))).to.equal(
      '$9,007,199,254,740,993.07',
    );
  });

  it("shows a 403 with the API's message and the x-amzn-RequestId, without retrying", async () => {
    const key = newKey('balance-403');
    await script(key, [
      {
        status: 403,
        headers: { 'x-amzn-RequestId': '3f1c0e9a-balance-403' },
        body: {
          errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.' }],
        },
      },
    ]);
    const el = await fixture<SpBalanceCard>(
      html`<sp-balance-card base-url=${baseUrlFor(key)} locale="en-US"></sp-balance-card>`,
    );
    await el.updateComplete;
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(text(error)).to.contain('Access denied');
    expect(text(error)).to.contain('Access to requested resource is denied.');
    expect(text(error.querySelector('.request-id'))).to.equal('3f1c0e9a-balance-403');
    expect(error.querySelector('sp-copy-button')!.value).to.equal('3f1c0e9a-balance-403');
    expect((await stats(key)).count).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
