/**
 * The script-tag bundle leaves out what only some pages need and imports it from beside itself
 * on first use: the sandbox (sp-finance-widgets.sandbox.js) and the payout list's virtualizer
 * (sp-finance-widgets.virtualizer.js). These files share the bundle's own Lit, Decimal and
 * SpApiError.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';

const SCRIPT = '/dist/cdn/sp-finance-widgets.js';
const SANDBOX = '/dist/cdn/sp-finance-widgets.sandbox.js';
const VIRTUALIZER = '/dist/cdn/sp-finance-widgets.virtualizer.js';

function addClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

interface Sandbox {
  readonly seed: number;
  readonly now: string;
  readonly requests: { operation: string; scenario: string }[];
  listBalances(query: object): Promise<unknown>;
  respond(operation: string, query: object): Promise<{ kind: string; status?: number }>;
}

interface Global {
  SandboxDataSource: new (options?: object) => Sandbox;
  SpApiError: new (...args: never[]) => Error;
}

const global = () => (window as unknown as { SpFinanceWidgets: Global }).SpFinanceWidgets;

/** The paths this page has fetched so far. */
const fetched = () =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

type Widget = HTMLElement & { dataSource: unknown; updateComplete: Promise<boolean> };

async function mount(tag: string, source: unknown, attributes: Record<string, string> = {}) {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.dataSource = source;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('what the script-tag bundle loads on demand', () => {
  before(() => addClassicScript(SCRIPT));

  it('carries neither the sandbox nor the virtualizer itself', async () => {
    const bundle = await (await fetch(SCRIPT)).text();
    // A sandbox failure reason and the virtualizer's own error message.
    for (const text of [
      'Invalid routing number',
      'The virtualize directive can only be used in child expressions',
    ]) {
      expect(bundle, text).not.to.contain(text);
    }
    expect(fetched()).not.to.include(SANDBOX);
    expect(fetched()).not.to.include(VIRTUALIZER);
  });

  it('checks SandboxDataSource options at once, before loading anything', () => {
    const { SandboxDataSource } = global();
    expect(() => new SandboxDataSource({ scenario: 'nope' })).to.throw(
      RangeError,
      'SandboxDataSource: unknown scenario nope',
    );
    expect(() => new SandboxDataSource({ now: 'soon' })).to.throw(
      RangeError,
      'SandboxDataSource: invalid now soon',
    );
    const source = new SandboxDataSource({ seed: 7 });
    expect(source.seed).to.equal(7);
    // By default the start of the current UTC day, as the real sandbox's.
    expect(source.now).to.equal(`${new Date().toISOString().slice(0, 10)}T00:00:00.000Z`);
    expect(fetched()).not.to.include(SANDBOX);
  });

  it('loads the sandbox beside the script on the first request, once', async () => {
    const { SandboxDataSource } = global();
    const source = new SandboxDataSource();
    const requests = source.requests;
    const card = await mount('sp-balance-card', source);
    try {
      const root = card.shadowRoot!;
      expect(root.querySelector('[part~="error"]')).to.equal(null);
      expect(root.querySelectorAll('[part~="group"]').length).to.be.greaterThan(1);
      expect(fetched().filter((path) => path === SANDBOX)).to.deep.equal([SANDBOX]);
      // The requests are recorded where the host already holds them.
      expect(source.requests).to.equal(requests);
      expect(requests.map((r) => [r.operation, r.scenario])).to.deep.equal([
        ['listBalances', 'default'],
      ]);
      const exchange = await source.respond('listPayouts', {});
      expect(exchange.kind).to.equal('response');
      expect(exchange.status).to.equal(200);
      expect(fetched().filter((path) => path === SANDBOX)).to.have.length(1);
    } finally {
      card.remove();
    }
  });

  it("fails with the bundle's own SpApiError, which the elements show in full", async () => {
    const { SandboxDataSource, SpApiError } = global();
    const source = new SandboxDataSource({ scenario: 'error-403' });
    const error = await source.listBalances({}).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(SpApiError);
    const card = await mount('sp-balance-card', source);
    try {
      const text = card.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '';
      // Status, code and request id are shown only for an SpApiError.
      expect(text).to.contain('403');
      expect(text).to.contain('Unauthorized');
    } finally {
      card.remove();
    }
  });

  describe('the payout list', () => {
    setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

    it('loads the virtualizer only for a list longer than virtualize-threshold', async () => {
      const { SandboxDataSource } = global();
      const source = new SandboxDataSource();
      const short = await mount('sp-payout-list', source);
      try {
        expect(short.shadowRoot!.querySelectorAll('[part~="row"]').length).to.equal(25);
        expect(short.shadowRoot!.querySelector('.rows.virtual')).to.equal(null);
        expect(fetched()).not.to.include(VIRTUALIZER);
      } finally {
        short.remove();
      }

      const long = await mount('sp-payout-list', source, { 'virtualize-threshold': '10' });
      try {
        expect(long.shadowRoot!.querySelector('.rows.virtual')).not.to.equal(null);
        expect(fetched()).to.include(VIRTUALIZER);
        const rows = () => long.shadowRoot!.querySelectorAll('[part~="row"]');
        await waitUntil(() => rows().length > 0, 'the virtualizer renders rows', {
          timeout: 5000,
        });
        expect(rows()[0]!.getAttribute('aria-setsize')).to.equal('25');
      } finally {
        long.remove();
      }
    });
  });
});
