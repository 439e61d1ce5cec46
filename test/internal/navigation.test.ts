/**
 * A Turbo- or HTMX-style page swap (#18): each element is removed, put back, and moved into
 * another container, as such libraries do with the body they swap. Each keeps showing its data,
 * makes no second request for the same query, and takes its listeners with it when it leaves.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import type { SpElement } from '../../src/internal/sp-element.js';

const NOW = '2026-11-15T12:00:00Z';
const TAGS = [
  'sp-balance-card',
  'sp-summary-sunburst',
  'sp-payout-list',
  'sp-expected-payout',
  'sp-transaction-list',
] as const;

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a page swap that removes, re-inserts and moves each element', () => {
  for (const tag of TAGS) {
    it(`<${tag}> keeps working, with no duplicate request`, async () => {
      const source = new SandboxDataSource({ now: NOW });
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <section id="a"></section>
          <section id="b"></section>
        </div>`,
      );
      const el = document.createElement(tag) as SpElement<object, unknown>;
      el.dataSource = source;
      if (tag === 'sp-transaction-list') el.setAttribute('posted-after', '2026-10-15T00:00:00Z');
      page.querySelector('#a')!.append(el);
      await el.updateComplete;
      const shown = text(el);
      const requests = source.requests.length;
      expect(requests, 'the first load').to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);

      // Turbo keeps the element and puts it back; HTMX moves it into the new content.
      el.remove();
      page.querySelector('#a')!.append(el);
      await el.updateComplete;
      page.querySelector('#b')!.append(el);
      await el.updateComplete;
      expect(text(el)).to.equal(shown);
      expect(source.requests.length, 'no second request').to.equal(requests);

      // Still live: a changed attribute loads, once.
      el.setAttribute('locale', 'de-DE');
      await el.updateComplete;
      expect(text(el)).to.not.equal(shown);
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    });
  }

  it('an element that left the page hears no more page-wide events', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await fixture<SpElement<object, unknown>>(
      html`<sp-balance-card .dataSource=${source}></sp-balance-card>`,
    );
    await el.updateComplete;
    const requests = source.requests.length;
    el.remove();
    document.dispatchEvent(new CustomEvent('sp-payout-request', { detail: {} }));
    document.documentElement.lang = 'fr';
    await el.updateComplete;
    document.documentElement.removeAttribute('lang');
    expect(source.requests.length).to.equal(requests);
  });
});
