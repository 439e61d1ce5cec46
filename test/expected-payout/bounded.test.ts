/**
 * A seller with 20,000 expected payouts: the element shows the soonest paying one and a bounded
 * batch of the rest, with a "Show more" button for the next batch, so the first render builds a
 * few thousand nodes at most rather than hundreds of thousands. Timings are in the bench.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ExpectedPayout } from '../../src/api/wire.js';
import '../../src/components/expected-payout/expected-payout.js';
import type { SpExpectedPayout } from '../../src/components/expected-payout/expected-payout.component.js';
import { expectedPayout, NOW, onePage, renderExpected } from '../fixtures/expected-payouts.js';

const COUNT = 20_000;
const DAY = 86_400_000;

/**
 * 20,000 payouts sent out of date order: payout `i` is due `(i * 7919) % COUNT` days after the
 * 19th, and the soonest paying one (due the 18th) is sent last, behind a payout that will not pay
 * and is dated earlier still.
 */
function manyPayouts(): ExpectedPayout[] {
  const payouts = Array.from({ length: COUNT - 2 }, (_, i) =>
    expectedPayout({
      amount: { currencyCode: 'USD', currencyAmount: `${i + 1}.00` },
      scheduledDate: new Date(Date.UTC(2026, 10, 19) + ((i * 7919) % COUNT) * DAY).toISOString(),
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: `SETTLEMENT-${i}` },
      ],
    }),
  );
  payouts.push(
    expectedPayout({
      status: 'NO_PAYOUT_EXPECTED',
      amount: { currencyCode: 'USD', currencyAmount: '-5.00' },
      scheduledDate: '2026-11-17T00:00:00Z',
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'SETTLEMENT-NEG' },
      ],
    }),
    expectedPayout({
      amount: { currencyCode: 'USD', currencyAmount: '777.00' },
      scheduledDate: '2026-11-18T00:00:00Z',
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'SETTLEMENT-SOON' },
      ],
    }),
  );
  return payouts;
}

const PAYOUTS = manyPayouts();

const render = () => renderExpected(onePage(...PAYOUTS).source);

const shadow = (el: SpExpectedPayout) => el.shadowRoot!;
const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: SpExpectedPayout) => [...shadow(el).querySelectorAll('[part="item"]')];
const showMore = (el: SpExpectedPayout) =>
  shadow(el).querySelector<HTMLButtonElement>('[part="show-more"]');

describe('<sp-expected-payout> with 20,000 payouts', function () {
  this.timeout(60_000);

  it('first renders bounded DOM: the soonest paying payout and a batch of the rest', async () => {
    const el = await render();
    expect(shadow(el).querySelectorAll('*').length).to.be.below(3_000);
    expect(text(shadow(el).querySelector('[part="hero-amount"]'))).to.equal('$777.00');
    expect(text(shadow(el).querySelector('[part="hero"] [part="settlement-button"]'))).to.equal(
      'SETTLEMENT-SOON',
    );
    const shown = items(el);
    expect(shown).to.have.length(10);
    // The rest in date order: the 19th, 20th, … (payout i is due on day (i * 7919) % COUNT).
    expect(text(shown[0]!.querySelector('[part="settlement-button"]'))).to.equal('SETTLEMENT-0');
    expect(shown[1]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-20');
    expect(text(shadow(el).querySelector('[part="shown-count"]'))).to.equal('Showing 10 of 19,999');
    expect(text(showMore(el))).to.equal('Show 10 more');
  });

  it('reveals the next batch on "Show more" and moves focus to its first row', async () => {
    const el = await render();
    showMore(el)!.click();
    await el.updateComplete;
    const shown = items(el);
    expect(shown).to.have.length(20);
    expect(shadow(el).activeElement).to.equal(shown[10]);
    expect(shown[10]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-29');
    expect(text(shadow(el).querySelector('[part="shown-count"]'))).to.equal('Showing 20 of 19,999');
    expect(shadow(el).querySelectorAll('*').length).to.be.below(3_000);
  });

  it('is keyboard operable: Enter on the focused button shows the next batch', async () => {
    const el = await render();
    showMore(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length(20);
    expect(shadow(el).activeElement).to.equal(items(el)[10]);
    showMore(el)!.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(items(el)).to.have.length(30);
  });

  it('says how many are shown in a live region, and passes axe', async () => {
    const el = await render();
    const status = shadow(el).querySelector('[part="shown-count"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(showMore(el)!.getAttribute('aria-describedby')).to.equal(status.id);
    await expect(el).to.be.accessible();
  });

  it('shows no button once every payout is shown', async () => {
    const { source } = onePage(...PAYOUTS.slice(0, 12));
    const el = await fixture<SpExpectedPayout>(
      html`<sp-expected-payout
        locale="en-US"
        .now=${NOW}
        .dataSource=${source}
      ></sp-expected-payout>`,
    );
    await el.updateComplete;
    expect(items(el)).to.have.length(10);
    expect(text(showMore(el))).to.equal('Show 1 more');
    showMore(el)!.click();
    await el.updateComplete;
    expect(items(el)).to.have.length(11);
    expect(showMore(el)).to.equal(null);
    expect(shadow(el).querySelector('[part="shown-count"]')).to.equal(null);
  });
});
