import { expect } from '@open-wc/testing';

/** Adds a classic <script> (no type="module") and resolves when it has run. */
function addClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

interface SpFinanceWidgetsGlobal {
  version: string;
  HttpDataSource: unknown;
  SandboxDataSource: unknown;
  registerClient: unknown;
  registerStrings: unknown;
  defineElement: (tag: string, ctor: CustomElementConstructor) => boolean;
  SpBalanceCard: CustomElementConstructor;
}

describe('the script-tag bundle (dist/cdn/sp-finance-widgets.js)', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('defines all five elements and exposes window.SpFinanceWidgets', async () => {
    await addClassicScript('/dist/cdn/sp-finance-widgets.js');
    for (const tag of [
      'sp-balance-card',
      'sp-summary-sunburst',
      'sp-payout-list',
      'sp-expected-payout',
      'sp-transaction-list',
    ]) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    const global = (window as unknown as { SpFinanceWidgets: SpFinanceWidgetsGlobal })
      .SpFinanceWidgets;
    expect(global.version).to.match(/^\d+\.\d+\.\d+/);
    expect(global.HttpDataSource).to.be.a('function');
    expect(global.SandboxDataSource).to.be.a('function');
    expect(global.registerClient).to.be.a('function');
    expect(global.registerStrings).to.be.a('function');
    expect(errors).to.deep.equal([]);
  });

  it('loaded a second time, throws nothing and keeps the first definitions', async () => {
    const first = customElements.get('sp-payout-list');
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await addClassicScript('/dist/cdn/sp-finance-widgets.js?copy=2');
    } finally {
      console.warn = warn;
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('sp-payout-list')).to.equal(first);
    expect(
      warnings.some((w) => String(w[0]).includes('<sp-payout-list> is already defined')),
    ).to.equal(true);
  });

  it('registers a class under a host-chosen tag name', async () => {
    const global = (window as unknown as { SpFinanceWidgets: SpFinanceWidgetsGlobal })
      .SpFinanceWidgets;
    expect(global.defineElement('acme-balance-card', global.SpBalanceCard)).to.equal(true);
    const el = document.createElement('acme-balance-card');
    document.body.append(el);
    expect(el.shadowRoot).to.not.equal(null);
    el.remove();
  });
});
