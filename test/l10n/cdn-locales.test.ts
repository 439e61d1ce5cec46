/**
 * The script-tag bundle keeps English inline and fetches other languages from `locales/` beside
 * itself (dist/cdn/locales/<locale>.js); the translations are not in the bundle.
 */
import { expect, waitUntil } from '@open-wc/testing';

const SCRIPT = '/dist/cdn/sp-finance-widgets.js';

function addClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

interface Global {
  SandboxDataSource: new (options?: object) => unknown;
  registerStrings: (locale: string, strings: Record<string, string>) => void;
  SHIPPED_LOCALES: readonly string[];
}

describe('languages in the script-tag bundle', () => {
  before(() => addClassicScript(SCRIPT));

  it('loads German from locales/de.js beside the script', async () => {
    const { SandboxDataSource } = (window as unknown as { SpFinanceWidgets: Global })
      .SpFinanceWidgets;
    const el = document.createElement('sp-balance-card') as HTMLElement & {
      dataSource: unknown;
      updateComplete: Promise<boolean>;
    };
    el.setAttribute('locale', 'de-DE');
    el.dataSource = new SandboxDataSource();
    document.body.append(el);
    try {
      await el.updateComplete;
      const title = () => el.shadowRoot?.querySelector('.title')?.textContent?.trim();
      await waitUntil(() => title() === 'Guthaben', 'German title');
      const fetched = performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname);
      expect(fetched).to.include('/dist/cdn/locales/de.js');
      expect(fetched.filter((path) => path.includes('/locales/'))).to.deep.equal([
        '/dist/cdn/locales/de.js',
      ]);
      // A script-tag host rewords through window.SpFinanceWidgets.
      const global = (window as unknown as { SpFinanceWidgets: Global }).SpFinanceWidgets;
      expect(global.SHIPPED_LOCALES).to.include.members(['en', 'de', 'ar', 'ja', 'pt-BR']);
      global.registerStrings('de', { 'balance.title': 'Kontostand' });
      await waitUntil(() => title() === 'Kontostand', 'host wording');
    } finally {
      el.remove();
    }
  });

  it('carries no translations itself', async () => {
    const bundle = await (await fetch(SCRIPT)).text();
    expect(bundle).to.contain('Balances');
    for (const word of ['Guthaben', 'Auszahlung', '残高', 'الأرصدة', 'Versements']) {
      expect(bundle, word).not.to.contain(word);
    }
  });
});
