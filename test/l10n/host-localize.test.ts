/**
 * A host app that localises itself with @lit/localize's runtime (one locale per page, installed
 * once) is unaffected by the widgets, and the widgets keep a language per element.
 */
import { expect } from '@open-wc/testing';
import { configureLocalization, msg as hostMsg } from '@lit/localize';
import { renderIn, text } from './helpers.js';

describe("next to a host's own @lit/localize runtime", () => {
  it('both work: the host in its locale, each element in its own', async () => {
    const before = await renderIn('sp-balance-card', 'de');
    expect(text(before.shadowRoot!.querySelector('.title'))).to.equal('Guthaben');

    // The host configures @lit/localize after the widgets are loaded and rendering.
    const { setLocale, getLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({ templates: { 'host.greeting': 'Hola' } }),
    });
    await setLocale('es');
    expect(getLocale()).to.equal('es');
    expect(hostMsg('Hello', { id: 'host.greeting' })).to.equal('Hola');

    const spanish = await renderIn('sp-balance-card', 'es');
    const japanese = await renderIn('sp-balance-card', 'ja');
    expect(text(spanish.shadowRoot!.querySelector('.title'))).to.equal('Saldos');
    expect(text(japanese.shadowRoot!.querySelector('.title'))).to.equal('残高');
    expect(text(before.shadowRoot!.querySelector('.title'))).to.equal('Guthaben');
  });
});
