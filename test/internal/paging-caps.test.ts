/**
 * The one paging policy, as a seller sees it, over the test runner's real HTTP endpoints: a
 * backend that sends empty page after empty page, each with a new token, is asked three times,
 * not a hundred; the element says it stopped and that data may be missing, and "Continue
 * loading" goes on from where it stopped.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/balance-card/balance-card.js';
import '../../src/components/payout-list/payout-list.js';
import '../../src/components/expected-payout/expected-payout.js';
import type { SpElement } from '../../src/internal/sp-element.js';
import { baseUrlFor, newKey, script, stats, type Step } from '../data/http-helpers.js';

/** `count` empty pages, each pointing at the next with a token never seen before. */
function emptyPages(key: 'payouts' | 'balances', count: number, last: Step): Step[] {
  return [
    ...Array.from({ length: count }, (_, i) => ({ body: { [key]: [], nextToken: `T${i + 1}` } })),
    last,
  ];
}

const text = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');

async function continueLoading(el: SpElement<object, unknown>) {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="paging-continue"]');
  expect(button, 'a Continue loading button').to.exist;
  button!.click();
  await el.updateComplete;
}

describe('paging caps: said in words, with a way to continue', () => {
  it('<sp-payout-list>: 3 empty pages, then "Stopped after 3 pages", then the payout', async () => {
    const key = newKey('caps-payouts');
    const payout = { id: 'P-9', currentStatus: 'PAID', creationDate: '2024-06-01' };
    await script(key, emptyPages('payouts', 5, { body: { payouts: [payout] } }));
    const el = await fixture<SpElement<object, unknown>>(
      html`<sp-payout-list base-url=${baseUrlFor(key)} locale="en-US"></sp-payout-list>`,
    );
    await el.updateComplete;
    expect((await stats(key)).count).to.equal(3);
    expect(text(el)).to.contain('Stopped after 3 pages; some data may be missing.');
    expect(text(el)).to.contain('No payouts');
    await expect(el).to.be.accessible();

    await continueLoading(el);
    expect((await stats(key)).count).to.equal(6);
    expect(el.shadowRoot!.querySelectorAll('[part~="row"]')).to.have.length(1);
    expect(text(el)).not.to.contain('Stopped after');
  });

  it('<sp-balance-card>: pauses, says so, and continues from the pending token', async () => {
    const key = newKey('caps-balances');
    const balance = {
      balanceType: 'AVAILABLE',
      amount: { currencyCode: 'USD', currencyAmount: '12.34' },
    };
    await script(key, emptyPages('balances', 4, { body: { balances: [balance] } }));
    const el = await fixture<SpElement<object, unknown>>(
      html`<sp-balance-card base-url=${baseUrlFor(key)} locale="en-US"></sp-balance-card>`,
    );
    await el.updateComplete;
    expect((await stats(key)).count).to.equal(3);
    expect(text(el)).to.contain('Stopped after 3 pages; some data may be missing.');
    await expect(el).to.be.accessible();

    await continueLoading(el);
    const sent = (await stats(key)).requests.map((request) => request.query.nextToken);
    expect(sent).to.deep.equal([undefined, 'T1', 'T2', 'T3', 'T4']);
    expect(text(el)).to.contain('$12.34');
    expect(text(el)).not.to.contain('Stopped after');
  });
});

describe('paging caps: the expected payout too', () => {
  it('<sp-expected-payout>: pauses on empty pages, says so, and continues', async () => {
    const key = newKey('caps-expected');
    const expected = {
      status: 'SCHEDULED',
      scheduledDate: '2026-11-18',
      amount: { currencyCode: 'USD', currencyAmount: '45.60' },
    };
    await script(key, [
      ...Array.from({ length: 3 }, (_, i) => ({
        body: { expectedPayouts: [], nextToken: `T${i + 1}` },
      })),
      { body: { expectedPayouts: [expected] } },
    ]);
    const el = await fixture<SpElement<object, unknown>>(
      html`<sp-expected-payout base-url=${baseUrlFor(key)} locale="en-US"></sp-expected-payout>`,
    );
    await el.updateComplete;
    expect((await stats(key)).count).to.equal(3);
    expect(text(el)).to.contain('Stopped after 3 pages; some data may be missing.');
    await continueLoading(el);
    expect((await stats(key)).count).to.equal(4);
    expect(text(el)).to.contain('$45.60');
    expect(text(el)).not.to.contain('Stopped after');
  });
});
