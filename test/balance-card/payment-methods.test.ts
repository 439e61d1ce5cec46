/**
 * `<sp-balance-card show-payment-methods>` (#17): each account's deposit methods under the
 * balances, from the sandbox, the expiring card flagged; and no request without the attribute.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/balance-card/balance-card.js';
import type { SpBalanceCard } from '../../src/components/balance-card/balance-card.component.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';

const DE = 'A1PA6795UKMFR9';
// The card reads expiry against the real clock, so the sandbox's card runs out this month.
const NOW = new Date().toISOString();
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function card(source: SandboxDataSource, showMethods: boolean) {
  const el = await fixture<SpBalanceCard>(
    html`<sp-balance-card
      locale="en-US"
      marketplace-id=${DE}
      ?show-payment-methods=${showMethods}
      .dataSource=${source}
    ></sp-balance-card>`,
  );
  await el.updateComplete;
  return el;
}

const methodCalls = (source: SandboxDataSource) =>
  source.requests.filter((request) => request.operation === 'getPaymentMethods');

describe('<sp-balance-card show-payment-methods>', () => {
  it('lists the account’s deposit methods under the balances, the default marked', async () => {
    const source = new SandboxDataSource({ now: NOW, scenario: 'expiring-card' });
    const el = await card(source, true);
    const sections = [...el.shadowRoot!.querySelectorAll('[part~="deposit-methods"]')];
    expect(sections).to.have.length(1);
    expect(sections[0]!.getAttribute('data-marketplace-id')).to.equal(DE);
    const methods = [...sections[0]!.querySelectorAll<HTMLElement>('[part~="deposit-method"]')];
    expect(methods.filter((m) => m.dataset.default === 'true')).to.have.length(1);
    const expiry = methods
      .find((m) => m.dataset.type === 'CARD')!
      .querySelector('[part="expiry"]')!;
    expect(expiry.getAttribute('data-state')).to.equal('expiring');
    expect(text(expiry)).to.contain('Update it in Seller Central before then.');
    expect(methodCalls(source).map((request) => request.query)).to.deep.equal([
      { marketplaceId: DE },
    ]);
    // Under the balances, not instead of them.
    expect(el.shadowRoot!.querySelectorAll('[part~="balance-row"]').length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('reads no deposit methods without the attribute', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await card(source, false);
    expect(el.shadowRoot!.querySelector('[part~="deposit-methods"]')).to.equal(null);
    expect(methodCalls(source)).to.have.length(0);
  });
});
