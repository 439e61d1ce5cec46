/** Changing the language at run time: `locale`, an ancestor's `lang`, and a host's own words. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerStrings } from '../../src/l10n/runtime.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { NOW, renderIn, spokenStrings, text, type AnyElement } from './helpers.js';

const title = (el: AnyElement) => text(el.shadowRoot!.querySelector('.title'));
const copyButtonText = (el: AnyElement) =>
  text(el.shadowRoot!.querySelector('sp-copy-button')!.shadowRoot!.querySelector('button'));

describe('run-time language changes', () => {
  it('re-renders in German when locale changes to "de", copy buttons too', async () => {
    const el = await renderIn('sp-balance-card', 'en-US');
    expect(title(el)).to.equal('Balances');
    expect(copyButtonText(el)).to.equal('Copy');
    el.setAttribute('locale', 'de');
    await el.updateComplete;
    expect(title(el)).to.equal('Guthaben');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('de');
    await waitUntil(() => copyButtonText(el) === 'Kopieren', 'copy button in German');
    expect(spokenStrings(el)).to.include('Partner-ID kopieren');
    el.locale = 'ja-JP';
    await el.updateComplete;
    expect(title(el)).to.equal('残高');
  });

  it("follows an ancestor's lang when it has no locale of its own", async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <sp-payout-list
          .dataSource=${new SandboxDataSource({ now: NOW.toISOString() })}
        ></sp-payout-list>
      </div>`,
    );
    const el = wrapper.querySelector('sp-payout-list') as unknown as AnyElement;
    await el.updateComplete;
    expect(title(el)).to.equal('Versements');
    wrapper.lang = 'ja';
    await waitUntil(() => title(el) === '支払い', 'Japanese after lang="ja"');
    wrapper.lang = 'pl-PL';
    await waitUntil(() => title(el) === 'Wypłaty', 'Polish after lang="pl-PL"');
    expect(text(el.shadowRoot!.querySelector('.count'))).to.match(/^\d+ wypłat/);
  });

  it('keeps the sunburst drilled in while its words change', async () => {
    const el = await renderIn('sp-summary-sunburst', 'en-US');
    const root = el.shadowRoot!;
    root
      .querySelector('svg .arc.drillable')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const crumbs = () => [...root.querySelectorAll('[part~="breadcrumb"] li')].map(text);
    const before = crumbs();
    expect(before).to.have.length(2);
    expect(before[0]).to.equal('Summary');
    el.locale = 'de';
    await el.updateComplete;
    expect(crumbs()).to.have.length(2);
    expect(crumbs()[0]).to.equal('Übersicht');
    expect(text(root.querySelector('[part~="table-toggle"]'))).to.equal('Tabelle anzeigen');
  });

  it("shows a host's own words, the element's strings over registered ones", async () => {
    const el = await renderIn('sp-expected-payout', 'nl-NL');
    const heading = () => text(el.shadowRoot!.querySelector('.hero-title'));
    expect(heading()).to.equal('Volgende verwachte uitbetaling');
    registerStrings('nl', { 'expected.next': 'Eerstvolgende storting' });
    await el.updateComplete;
    expect(heading()).to.equal('Eerstvolgende storting');
    el.strings = { 'expected.next': 'Uw volgende geld' };
    await el.updateComplete;
    expect(heading()).to.equal('Uw volgende geld');
    el.strings = undefined;
    await el.updateComplete;
    expect(heading()).to.equal('Eerstvolgende storting');
  });
});
