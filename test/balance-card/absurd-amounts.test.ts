/**
 * `<sp-balance-card>` over real HTTP with amounts no money can be (issue 20, "Absurd amounts"):
 * `1e400` as a JSON number (a double would make it "$∞") and `"1e100000000"` as text (formatting
 * it froze the page for 30 s) are shown as "Invalid amount", next to ordinary amounts that still
 * format, with one console warning naming the fields.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/balance-card/balance-card.js';
import type { SpBalanceCard } from '../../src/components/balance-card/balance-card.component.js';
import { baseUrlFor, newKey, script } from '../data/http-helpers.js';
import { recordWarnings } from '../fixtures/console-warnings.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const ACCOUNT = `"partnerMetadata":{"partnerId":"A1SELLER","accountType":"STANDARD_ORDERS","marketplaceId":"ATVPDKIKX0DER"}`;
/** Raw JSON text: `1e400` is a number here, exactly as a broken upstream would send it. */
const ABSURD_BALANCES = `{"balances":[
  {${ACCOUNT},"balanceType":"TOTAL","amount":{"currencyAmount":1e400,"currencyCode":"USD"}},
  {${ACCOUNT},"balanceType":"AVAILABLE","amount":{"currencyAmount":"1e100000000","currencyCode":"USD"}},
  {${ACCOUNT},"balanceType":"RESERVED","amount":{"currencyAmount":1234.5,"currencyCode":"USD"}}
]}`;

describe('<sp-balance-card> with absurd amounts', () => {
  const warned = recordWarnings();

  it('shows them as "Invalid amount", formats the rest, and warns once', async () => {
    const key = newKey('balance-absurd');
    await script(key, [{ body: ABSURD_BALANCES }]);
    const errors: unknown[] = [];
    const el = await fixture<SpBalanceCard>(
      html`<sp-balance-card
        base-url=${baseUrlFor(key)}
        locale="en-US"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-balance-card>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="total-amount"]'), 'no total shown');
    const root = el.shadowRoot!;
    const amounts = [...root.querySelectorAll('[part~="amount"]')].map(text);
    expect(amounts).to.deep.equal(['Invalid amount', 'Invalid amount', '$1,234.50']);
    const notes = [...root.querySelectorAll('[part~="invalid-amount"]')].map((n) =>
      n.getAttribute('title'),
    );
    expect(notes).to.deep.equal(['1e400', '1e100000000']);
    expect(text(root)).not.to.contain('∞');
    expect(errors).to.deep.equal([]);
    expect(warned.calls).to.have.length(1);
    const warning = String(warned.calls[0]![0]);
    expect(warning).to.contain('balances[0].amount.currencyAmount = 1e400');
    expect(warning).to.contain('balances[1].amount.currencyAmount = 1e100000000');
    expect(warning).not.to.contain('balances[2]');
    await expect(el).to.be.accessible();
  });
});
