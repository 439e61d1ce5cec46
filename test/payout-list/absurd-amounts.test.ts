/**
 * `<sp-payout-list>` over real HTTP with amounts no money can be (issue 20, "Absurd amounts"):
 * shown as "Invalid amount" in their rows and never added into the paid total, with one console
 * warning naming the fields; the ordinary payouts still show their amounts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/payout-list/payout-list.js';
import type { SpPayoutList } from '../../src/components/payout-list/payout-list.component.js';
import { baseUrlFor, newKey, script } from '../data/http-helpers.js';
import { recordWarnings } from '../fixtures/console-warnings.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const payout = (id: string, day: string, status: string, amount: string, currency = 'USD') =>
  `{"id":"${id}","creationDate":"2025-01-${day}T10:00:00Z","currentStatus":"${status}","amount":{"currencyAmount":${amount},"currencyCode":"${currency}"}}`;

/** Raw JSON text, newest first: `1e400` is a number, `"1e100000000"` a string. */
const ABSURD_PAYOUTS = `{"payouts":[
  ${payout('P-4', '14', 'PAID', '1e400')},
  ${payout('P-3', '13', 'IN_TRANSIT', '"1e100000000"')},
  ${payout('P-2', '12', 'PAID', '12.34')},
  ${payout('P-1', '11', 'PAID', '-0.5', 'EUR')}
]}`;

describe('<sp-payout-list> with absurd amounts', () => {
  const warned = recordWarnings();

  it('shows them as "Invalid amount", never sums them, and warns once', async () => {
    const key = newKey('payouts-absurd');
    await script(key, [{ body: ABSURD_PAYOUTS }]);
    const errors: unknown[] = [];
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        show-totals
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
      ></sp-payout-list>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="row"]').length === 4, 'no rows');
    const root = el.shadowRoot!;
    const amounts = [...root.querySelectorAll('[part~="row"] [part~="amount"]')].map(text);
    expect(amounts).to.deep.equal(['Invalid amount', 'Invalid amount', '$12.34', '-€0.50']);
    const notes = [...root.querySelectorAll('[part~="row"] [part~="invalid-amount"]')].map((n) =>
      n.getAttribute('title'),
    );
    expect(notes).to.deep.equal(['1e400', '1e100000000']);
    // The USD total would have to include 1e400: it is not computed, not shown as $12.34.
    const totals = [...root.querySelectorAll('[part~="totals"] li')].map(text);
    expect(totals).to.deep.equal(['-€0.50', 'Invalid amount']);
    expect(text(root)).not.to.contain('∞');
    expect(errors).to.deep.equal([]);
    expect(warned.calls).to.have.length(1);
    const warning = String(warned.calls[0]![0]);
    expect(warning).to.contain('payouts[0].amount.currencyAmount = 1e400');
    expect(warning).to.contain('payouts[1].amount.currencyAmount = 1e100000000');
    await expect(el).to.be.accessible();
  });
});

describe('<sp-payout-list> with an amount that has no currency', () => {
  it('shows the exact number marked "currency not given", keeps the row, and sums nothing', async () => {
    const key = newKey('payouts-no-currency');
    // Both fields of Currency are optional: an amount may come without its code.
    await script(key, [
      {
        body: `{"payouts":[
          {"id":"P-2","creationDate":"2025-01-12T10:00:00Z","currentStatus":"PAID","amount":{"currencyAmount":1234567.891}},
          ${payout('P-1', '11', 'PAID', '10.00')}
        ]}`,
      },
    ]);
    const el = await fixture<SpPayoutList>(
      html`<sp-payout-list
        base-url=${baseUrlFor(key)}
        locale="en-US"
        show-totals
      ></sp-payout-list>`,
    );
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('[part~="row"]')];
    expect(rows.map((row) => row.getAttribute('data-payout-id'))).to.deep.equal(['P-2', 'P-1']);
    expect(text(rows[0]!.querySelector('[part~="amount"]'))).to.equal(
      '1,234,567.891 (currency not given)',
    );
    expect(text(rows[1]!.querySelector('[part~="amount"]'))).to.equal('$10.00');
    expect(text(el.shadowRoot!.querySelector('[part~="totals"]'))).to.equal(
      'Paid in loaded payouts: $10.00',
    );
  });
});
