/**
 * The script tag works wherever a script can run: inlined into an iframe's `srcdoc` or into an
 * `about:blank` frame (a sandboxed preview), or loaded from a blob: or data: URL. None of these
 * has a folder to find the on-demand files in (the sandbox, the virtualizer, `locales/`), so
 * they come from the script tag's `data-base-path`; without one, an element that needs such a
 * file says so in its error state. Either way every element is defined and nothing throws.
 */
import { expect, waitUntil } from '@open-wc/testing';

const SCRIPT = '/dist/cdn/sp-finance-widgets.js';
const TAGS = ['sp-balance-card', 'sp-summary-sunburst', 'sp-payout-list', 'sp-expected-payout'];

/** Runs first in each frame: every uncaught error and unhandled rejection, in words. */
const RECORD_ERRORS = `<script>
  window.__errors = [];
  addEventListener('error', (e) => __errors.push(String(e.error?.message ?? e.message)));
  addEventListener('unhandledrejection', (e) =>
    __errors.push('unhandled rejection: ' + String(e.reason?.message ?? e.reason)));
</script>`;

interface FrameWindow extends Window {
  __errors: string[];
  console: Console;
  SpFinanceWidgets: { SandboxDataSource: new () => unknown };
}

let bundleText: Promise<string> | undefined;
const bundle = () => (bundleText ??= fetch(SCRIPT).then((response) => response.text()));

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** An iframe whose document is `srcdoc`, once it has loaded (its scripts have run). */
function srcdocFrame(srcdoc: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  const loaded = new Promise<FrameWindow>((resolve) => {
    frame.onload = () => resolve(frame.contentWindow as FrameWindow);
  });
  frame.srcdoc = srcdoc;
  document.body.append(frame);
  return loaded;
}

/** `<script>` attributes: `data-base-path` when given. */
const basePathAttribute = (basePath?: string) =>
  basePath === undefined ? '' : ` data-base-path="${basePath}"`;

/** The bundle's text inlined into a srcdoc. */
async function inlinedInSrcdoc(basePath?: string): Promise<FrameWindow> {
  const code = (await bundle()).replaceAll('</script', '<\\/script');
  return srcdocFrame(
    `${RECORD_ERRORS}<script${basePathAttribute(basePath)}>${code}</script><body></body>`,
  );
}

/** The bundle loaded by `<script src>` from `src` (a blob: or data: URL) in a srcdoc frame. */
function loadedFrom(src: string, basePath?: string): Promise<FrameWindow> {
  return srcdocFrame(
    `${RECORD_ERRORS}<script src="${src}"${basePathAttribute(basePath)}></script><body></body>`,
  );
}

/** An about:blank frame into which the bundle's text is inserted as an inline script. */
async function insertedIntoBlank(basePath?: string): Promise<FrameWindow> {
  const code = await bundle();
  const frame = document.createElement('iframe');
  frames.push(frame);
  document.body.append(frame);
  const win = frame.contentWindow as FrameWindow;
  const doc = win.document;
  // Not document.write: document.open would give the frame this page's address.
  const inline = (text: string, attributes: Record<string, string> = {}) => {
    const script = doc.createElement('script');
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.textContent = text;
    doc.head.append(script);
  };
  inline(RECORD_ERRORS.replace(/<\/?script>/g, ''));
  inline(code, basePath === undefined ? {} : { 'data-base-path': basePath });
  expect(win.location.href).to.equal('about:blank');
  return win;
}

function expectAllDefined(win: FrameWindow) {
  for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.be.a('function');
}

type Widget = HTMLElement & { dataSource: unknown; updateComplete: Promise<boolean> };

/**
 * A balance card in `win`, once it shows data or an error: by default on the bundle's own
 * (on-demand) sandbox; `source` sets it up otherwise.
 */
async function sandboxCard(
  win: FrameWindow,
  source: (card: Widget) => void = (card) => {
    card.dataSource = new win.SpFinanceWidgets.SandboxDataSource();
  },
): Promise<ShadowRoot> {
  const card = win.document.createElement('sp-balance-card') as Widget;
  card.setAttribute('locale', 'en-US');
  source(card);
  win.document.body.append(card);
  const root = card.shadowRoot!;
  await waitUntil(
    () => root.querySelector('[part~="total-amount"], [part~="error"]'),
    'the card shows data or an error',
    { timeout: 5000 },
  );
  return root;
}

async function expectRealAmounts(win: FrameWindow) {
  const root = await sandboxCard(win);
  expect(root.querySelector('[part~="error"]')?.textContent ?? null).to.equal(null);
  const amounts = [...root.querySelectorAll('[part~="total-amount"]')].map((el) =>
    el.textContent!.trim(),
  );
  expect(amounts.length).to.be.greaterThan(0);
  for (const amount of amounts) expect(amount).to.match(/\d/);
  expect(
    amounts.some((amount) => /^-?\$\d[\d,]*\.\d\d$/.test(amount)),
    amounts.join(' '),
  ).to.equal(true);
}

/** Without a folder, the card says in words which file it could not find and how to fix it. */
async function expectErrorInWords(win: FrameWindow) {
  const root = await sandboxCard(win);
  const text = root.querySelector('[part~="error"]')?.textContent ?? '';
  expect(text).to.contain('sp-finance-widgets.sandbox.js');
  expect(text).to.contain('data-base-path');
  expect(text).not.to.contain('Invalid URL');
}

const blobUrls: string[] = [];
after(() => blobUrls.forEach((url) => URL.revokeObjectURL(url)));
async function blobUrl(): Promise<string> {
  const url = URL.createObjectURL(new Blob([await bundle()], { type: 'text/javascript' }));
  blobUrls.push(url);
  return url;
}

describe('the script tag outside a folder of its own', () => {
  const base = new URL('/dist/cdn/', location.href).href;

  describe('inlined into an iframe srcdoc', () => {
    it('without data-base-path: defines every element, throws nothing, and says why the sandbox cannot load', async () => {
      const win = await inlinedInSrcdoc();
      expectAllDefined(win);
      expect(win.__errors).to.deep.equal([]);
      await expectErrorInWords(win);
      expect(win.__errors).to.deep.equal([]);
    });

    it('with a relative data-base-path: loads the sandbox from it and shows real amounts', async () => {
      const win = await inlinedInSrcdoc('/dist/cdn');
      expectAllDefined(win);
      await expectRealAmounts(win);
      expect(win.__errors).to.deep.equal([]);
    });
  });

  describe('inlined into an iframe srcdoc, with the page’s own services', () => {
    it('loads translations from data-base-path', async () => {
      const win = await inlinedInSrcdoc('/dist/cdn/');
      const card = win.document.createElement('sp-balance-card') as Widget;
      card.setAttribute('locale', 'de');
      card.dataSource = new win.SpFinanceWidgets.SandboxDataSource();
      win.document.body.append(card);
      const fetched = () =>
        win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      await waitUntil(() => fetched().includes('/dist/cdn/locales/de.js'), 'de.js is fetched', {
        timeout: 5000,
      });
      expect(win.__errors).to.deep.equal([]);
    });

    it('without data-base-path, shows English and says in the console how to get German', async () => {
      const win = await inlinedInSrcdoc();
      const warnings: string[] = [];
      win.console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      const card = win.document.createElement('sp-balance-card') as Widget;
      card.setAttribute('locale', 'de');
      card.dataSource = new win.SpFinanceWidgets.SandboxDataSource();
      win.document.body.append(card);
      await waitUntil(() => warnings.length > 0, 'a warning', { timeout: 5000 });
      expect(warnings[0]).to.contain('could not load the de translations');
      expect(warnings[0]).to.contain('locales/de.js');
      expect(warnings[0]).to.contain('data-base-path');
      expect(win.__errors).to.deep.equal([]);
    });

    it('an element with a relative base-url reads the backend it names', async () => {
      const win = await inlinedInSrcdoc();
      const root = await sandboxCard(win, (card) => card.setAttribute('base-url', '/sandbox'));
      expect(root.querySelector('[part~="error"]')?.textContent ?? null).to.equal(null);
      expect(win.__errors).to.deep.equal([]);
    });
  });

  it('inlined into a sandboxed srcdoc (an opaque origin): defines every element and throws nothing', async () => {
    const code = (await bundle()).replaceAll('</script', '<\\/script');
    // The frame is cross-origin to this page, so it reports back by message.
    const report = `<script>
      const card = document.createElement('sp-balance-card');
      card.setAttribute('locale', 'en-US');
      card.dataSource = new SpFinanceWidgets.SandboxDataSource();
      document.body.append(card);
      const tags = ${JSON.stringify(TAGS)};
      const poll = setInterval(() => {
        const error = card.shadowRoot.querySelector('[part~="error"]');
        if (!error) return;
        clearInterval(poll);
        parent.postMessage({
          defined: tags.filter((tag) => customElements.get(tag)),
          error: error.textContent,
          errors: __errors,
        }, '*');
      }, 20);
    </script>`;
    const frame = document.createElement('iframe');
    frames.push(frame);
    frame.setAttribute('sandbox', 'allow-scripts');
    const message = new Promise<{ defined: string[]; error: string; errors: string[] }>(
      (resolve) => {
        const onMessage = (event: MessageEvent) => {
          if (event.source !== frame.contentWindow) return;
          window.removeEventListener('message', onMessage);
          resolve(event.data);
        };
        window.addEventListener('message', onMessage);
      },
    );
    frame.srcdoc = `${RECORD_ERRORS}<body><script>${code}</script>${report}</body>`;
    document.body.append(frame);
    const { defined, error, errors } = await message;
    expect(defined).to.deep.equal(TAGS);
    expect(error).to.contain('data-base-path');
    expect(errors).to.deep.equal([]);
  });

  describe('inserted into an about:blank frame', () => {
    it('without data-base-path: defines every element and throws nothing', async () => {
      const win = await insertedIntoBlank();
      expectAllDefined(win);
      await expectErrorInWords(win);
      expect(win.__errors).to.deep.equal([]);
    });

    it('with an absolute data-base-path: shows real amounts', async () => {
      const win = await insertedIntoBlank(base);
      expectAllDefined(win);
      await expectRealAmounts(win);
      expect(win.__errors).to.deep.equal([]);
    });
  });

  describe('loaded from a blob: URL', () => {
    it('without data-base-path: defines every element and throws nothing', async () => {
      const win = await loadedFrom(await blobUrl());
      expectAllDefined(win);
      await expectErrorInWords(win);
      expect(win.__errors).to.deep.equal([]);
    });

    it('with data-base-path: shows real amounts', async () => {
      const win = await loadedFrom(await blobUrl(), base);
      expectAllDefined(win);
      await expectRealAmounts(win);
      expect(win.__errors).to.deep.equal([]);
    });
  });

  describe('loaded from a data: URL', () => {
    it('without data-base-path: defines every element and throws nothing', async () => {
      const data = `data:text/javascript,${encodeURIComponent(await bundle())}`;
      const win = await loadedFrom(data);
      expectAllDefined(win);
      await expectErrorInWords(win);
      expect(win.__errors).to.deep.equal([]);
    });
  });
});
