/**
 * The script tag is a loader (src/cdn.ts, src/cdn-autoloader.ts): each element's module loads
 * from beside the script when its tag first appears, or when a host names it. Each test runs in
 * a frame of its own, so what a page fetches and defines is that frame's alone.
 */
import { expect, waitUntil } from '@open-wc/testing';

const SCRIPT = '/dist/cdn/sp-finance-widgets.js';
const TAGS = [
  'sp-balance-card',
  'sp-summary-sunburst',
  'sp-payout-list',
  'sp-expected-payout',
  'sp-transaction-list',
];
const moduleOf = (tag: string) => `/dist/cdn/${tag}.js`;

interface Loader {
  define(...tags: string[]): Promise<void>;
  defineAll(): Promise<void>;
  load(tag: string): Promise<CustomElementConstructor>;
  SandboxDataSource: new (options?: object) => {
    requests: unknown[];
    listBalances(query: object): Promise<unknown>;
  };
  HttpDataSource: new (options: { baseUrl: string; fetch?: typeof fetch }) => unknown;
  registerClient(client: unknown): void;
  registerStrings(locale: string, strings: Record<string, string>): void;
  SpApiError: new (...args: never[]) => Error;
  version: string;
}

interface FrameWindow extends Window {
  __errors: string[];
  console: Console;
  SpFinanceWidgets: Loader;
}

type Widget = HTMLElement & { dataSource: unknown; updateComplete: Promise<boolean> };

/** Runs first in each frame: every uncaught error and unhandled rejection, in words. */
const RECORD_ERRORS = `<script>
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.error?.message ?? e.message)));
  addEventListener('unhandledrejection', (e) =>
    __errors.push('unhandled rejection: ' + String(e.reason?.message ?? e.reason)));
</script>`;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A frame whose document is `body` after the loader's tag (`attributes` on it), once loaded. */
function frameWith(body = '', attributes = ''): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise<FrameWindow>((resolve) => {
    frame.onload = () => resolve(frame.contentWindow as FrameWindow);
  });
  frame.srcdoc = `${RECORD_ERRORS}<script src="${SCRIPT}"${attributes}></script><body>${body}</body>`;
  document.body.append(frame);
  return loaded;
}

/** The paths a frame has fetched so far. */
const fetched = (win: Window) =>
  win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** Waits a few frames and a network round trip: time for a load that should not happen. */
async function settle(win: Window) {
  await fetch(`${SCRIPT}?settle`);
  for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
}

/** gzip bytes of `path` as on disk (the test server's own may rewrite it), compressed here. */
async function gzipped(path: string): Promise<number> {
  const body = (await fetch(`/__raw${path}`)).body!.pipeThrough(new CompressionStream('gzip'));
  return (await new Response(body).arrayBuffer()).byteLength;
}

describe('the script tag as a loader', () => {
  it('is at most 6 KiB gzip', async () => {
    expect(await gzipped(SCRIPT)).to.be.at.most(6 * 1024);
  });

  it('loads no element until its tag appears, then only that one', async () => {
    const win = await frameWith();
    await settle(win);
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal([]);
    expect(fetched(win).filter((path) => path.startsWith('/dist/cdn/sp-'))).to.deep.equal([SCRIPT]);

    win.document.body.append(win.document.createElement('sp-balance-card'));
    await win.customElements.whenDefined('sp-balance-card');
    expect(fetched(win)).to.include(moduleOf('sp-balance-card'));
    // Its module and the chunks it imports (preloaded together), and nothing else.
    const files = (await (await fetch('/dist/cdn/modules.json')).json()) as Record<
      string,
      string[]
    >;
    expect(files['sp-balance-card']![0]).to.equal('sp-balance-card.js');
    const scripts = fetched(win).filter((path) => /^\/dist\/cdn\/[^/]+\.js$/.test(path));
    expect([...new Set(scripts)].sort()).to.deep.equal(
      [SCRIPT, ...files['sp-balance-card']!.map((file) => `/dist/cdn/${file}`)].sort(),
    );
    for (const tag of TAGS.slice(1)) {
      expect(fetched(win), tag).not.to.include(moduleOf(tag));
      expect(win.customElements.get(tag), tag).to.equal(undefined);
    }
    expect(win.__errors).to.deep.equal([]);
  });

  it('defines a tag the page was parsed with, and one added later deep in a subtree', async () => {
    const win = await frameWith(
      '<main><sp-expected-payout base-url="/sandbox" locale="en-US"></sp-expected-payout></main>',
    );
    await win.customElements.whenDefined('sp-expected-payout');
    const payout = win.document.querySelector('sp-expected-payout') as Widget;
    await waitUntil(() => payout.shadowRoot?.textContent?.match(/\$[\d,]+\.\d\d/), 'amounts', {
      timeout: 5000,
    });

    const section = win.document.createElement('section');
    section.innerHTML = '<div><div><sp-payout-list></sp-payout-list></div></div>';
    win.document.body.append(section);
    await win.customElements.whenDefined('sp-payout-list');
    expect(section.querySelector('sp-payout-list')!.shadowRoot).not.to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it('keeps properties a host set before the element was defined', async () => {
    const win = await frameWith();
    const source = new win.SpFinanceWidgets.SandboxDataSource({ now: '2026-11-15T00:00:00Z' });
    const card = win.document.createElement('sp-balance-card') as Widget;
    card.setAttribute('locale', 'en-US');
    card.dataSource = source;
    win.document.body.append(card);
    expect(win.customElements.get('sp-balance-card'), 'not yet defined').to.equal(undefined);

    await win.customElements.whenDefined('sp-balance-card');
    expect(card.dataSource).to.equal(source);
    await waitUntil(
      () => card.shadowRoot?.querySelector('[part~="total-amount"], [part~="error"]'),
      'the card shows data or an error',
      { timeout: 5000 },
    );
    expect(card.shadowRoot!.querySelector('[part~="error"]')).to.equal(null);
    // The data came from the host's source, not from a base-url (there is none).
    expect(source.requests).to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
  });

  it('gives elements the client and the words a host registered before they loaded', async () => {
    const win = await frameWith();
    const { HttpDataSource, registerClient, registerStrings } = win.SpFinanceWidgets;
    const asked: string[] = [];
    registerClient(
      new HttpDataSource({
        baseUrl: '/sandbox',
        fetch: (input, init) => {
          asked.push(new URL(String(input), location.href).pathname);
          return win.fetch(input, init);
        },
      }),
    );
    registerStrings('en', { 'balance.title': 'Money on hand' });
    expect(() => registerStrings('not a tag!', {})).to.throw('is not a BCP 47 language tag');

    const card = win.document.createElement('sp-balance-card') as Widget;
    card.setAttribute('base-url', '/sandbox');
    card.setAttribute('locale', 'en-US');
    win.document.body.append(card);
    await win.customElements.whenDefined('sp-balance-card');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('.title')!.textContent!.trim()).to.equal('Money on hand');
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="total-amount"]'), 'amounts', {
      timeout: 5000,
    });
    expect(asked).to.deep.equal(['/sandbox/finances/2024-06-19/balances']);
    expect(win.__errors).to.deep.equal([]);
  });

  it('defines an element in a host’s own shadow root when asked to', async () => {
    const win = await frameWith();
    const host = win.document.createElement('div');
    win.document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const list = win.document.createElement('sp-payout-list') as Widget;
    list.setAttribute('locale', 'en-US');
    list.dataSource = new win.SpFinanceWidgets.SandboxDataSource();
    root.append(list);
    // The loader cannot see into the shadow root ...
    await settle(win);
    expect(win.customElements.get('sp-payout-list')).to.equal(undefined);
    expect(fetched(win)).not.to.include(moduleOf('sp-payout-list'));

    // ... so the host names the tag.
    await win.SpFinanceWidgets.define('sp-payout-list');
    expect(win.customElements.get('sp-payout-list')).to.be.a('function');
    await list.updateComplete;
    await waitUntil(() => list.shadowRoot?.querySelectorAll('[part~="row"]').length, 'rows', {
      timeout: 5000,
    });
    expect(win.__errors).to.deep.equal([]);
  });

  it('rejects a tag it does not have, naming the ones it has', async () => {
    const win = await frameWith();
    const error = await win.SpFinanceWidgets.define('sp-nope').then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).to.contain('<sp-nope>');
    expect(error?.message).to.contain('sp-balance-card');
  });

  it('with data-define="all", defines every element at once', async () => {
    const win = await frameWith('', ' data-define="all"');
    await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
    for (const tag of TAGS) expect(fetched(win), tag).to.include(moduleOf(tag));
    expect(win.__errors).to.deep.equal([]);
  });

  it('with data-define naming tags, defines those at once and no other', async () => {
    const win = await frameWith('', ' data-define="sp-summary-sunburst"');
    await win.customElements.whenDefined('sp-summary-sunburst');
    await settle(win);
    expect(TAGS.filter((tag) => win.customElements.get(tag))).to.deep.equal([
      'sp-summary-sunburst',
    ]);
  });

  it('loaded twice, or beside a copy from another folder, throws nothing', async () => {
    const win = await frameWith('<sp-balance-card></sp-balance-card>');
    await win.customElements.whenDefined('sp-balance-card');
    const first = win.customElements.get('sp-balance-card');
    const warnings: string[] = [];
    const warn = win.console.warn;
    win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const add = (src: string) =>
      new Promise<void>((resolve, reject) => {
        const script = win.document.createElement('script');
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`could not load ${src}`));
        win.document.head.append(script);
      });
    try {
      await add(`${SCRIPT}?copy=2`);
      await win.SpFinanceWidgets.defineAll();
      // The same folder is the same modules: nothing to warn about.
      expect(warnings).to.deep.equal([]);
      // Another folder is another copy of everything (its own Lit): it keeps ours.
      await add(`/__raw${SCRIPT}`);
      await win.SpFinanceWidgets.defineAll();
    } finally {
      win.console.warn = warn;
    }
    expect(win.customElements.get('sp-balance-card')).to.equal(first);
    expect(warnings.some((w) => w.includes('<sp-payout-list> is already defined'))).to.equal(true);
    expect(win.__errors).to.deep.equal([]);
  });

  it('hands out the class itself, for a tag of the host’s own', async () => {
    const win = await frameWith();
    const SpBalanceCard = await win.SpFinanceWidgets.load('sp-balance-card');
    // Loading is not defining: the page may use <sp-balance-card> for something else.
    expect(win.customElements.get('sp-balance-card')).to.equal(undefined);
    win.customElements.define('acme-balance-card', SpBalanceCard);
    const el = win.document.createElement('acme-balance-card');
    win.document.body.append(el);
    expect(el.shadowRoot).not.to.equal(null);
    expect((win.SpFinanceWidgets as unknown as Record<string, unknown>).SpBalanceCard).to.equal(
      SpBalanceCard,
    );
  });

  it('errors from the modules are instances of SpFinanceWidgets.SpApiError', async () => {
    const win = await frameWith();
    const { SpApiError, HttpDataSource } = win.SpFinanceWidgets;
    // Nothing answers there: a 404, which is not retried.
    const http = new HttpDataSource({ baseUrl: '/__nowhere' }) as {
      listBalances(query: object): Promise<unknown>;
    };
    const sandbox = new win.SpFinanceWidgets.SandboxDataSource({ scenario: 'error-403' });
    for (const source of [http, sandbox]) {
      const error = await source.listBalances({}).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(SpApiError);
    }
    expect(fetched(win)).to.include('/dist/cdn/sp-finance-widgets.core.js');
    expect(fetched(win)).to.include('/dist/cdn/sp-finance-widgets.sandbox.js');
  });
});
