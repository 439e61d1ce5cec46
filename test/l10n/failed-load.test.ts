/**
 * Translations that cannot be loaded leave English in place: the element still shows its data,
 * nothing throws, one warning says why; a working source later brings the words back.
 */
import { expect } from '@open-wc/testing';
import { loadLocaleModule } from '../../src/l10n/loaders.js';
import { setLocaleLoader } from '../../src/l10n/runtime.js';
import { renderIn, text } from './helpers.js';

describe('a locale that fails to load', () => {
  const warnings: unknown[][] = [];
  const errors: unknown[] = [];
  const warn = console.warn;
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);

  before(() => {
    console.warn = (...args: unknown[]) => warnings.push(args);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    // As if the locale files were missing from the server.
    setLocaleLoader((locale) => import(/* @vite-ignore */ `/nowhere/locales/${locale}.js`));
  });
  after(() => {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('shows the data in English, with a warning and no error', async () => {
    const el = await renderIn('sp-balance-card', 'de-DE');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('.title'))).to.equal('Balances');
    expect(root.querySelector('[part~="error"]')).to.equal(null);
    expect(root.querySelector('[part~="skeleton"]')).to.equal(null);
    expect(root.querySelectorAll('[part~="group"]').length).to.be.greaterThan(0);
    // Numbers are still German; only the words fell back.
    expect(text(root.querySelector('[part~="total-amount"]'))).to.match(/\d,\d\d/);
    expect(warnings.some((w) => String(w[0]).includes('could not load the de translations'))).to.be
      .true;
    expect(errors).to.deep.equal([]);
  });

  it('loads the words once a working source is set', async () => {
    const el = await renderIn('sp-payout-list', 'de-DE');
    expect(text(el.shadowRoot!.querySelector('.title'))).to.equal('Payouts');
    setLocaleLoader(loadLocaleModule);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('.title'))).to.equal('Auszahlungen');
  });
});
