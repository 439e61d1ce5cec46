/**
 * The script tag on a page that declares no charset, served without one: the browser then reads
 * the page, and a classic script that does not say otherwise, as windows-1252, so every
 * non-ASCII character in the bundle would be misread ("·" as "Â·", the slot placeholders as
 * three characters each, and "Updated" would lose its date). The bundle is pure ASCII, so it
 * reads the same in any ASCII-compatible encoding.
 */
import { expect, waitUntil } from '@open-wc/testing';

/**
 * The bundle as on disk, served with a bare `text/javascript` (web-test-runner's own server
 * would re-encode it on the way).
 */
const SCRIPT = '/__raw/dist/cdn/sp-finance-widgets.js';
const NOW = '2026-11-15T00:00:00Z';

interface FrameWindow extends Window {
  SpFinanceWidgets: { SandboxDataSource: new (options: { now: string }) => unknown };
}

const bundleBytes = () => fetch(SCRIPT).then((response) => response.arrayBuffer());

/**
 * A window whose page is a blob with no charset, loading the bundle with no charset either. A
 * top-level window: a frame would take its parent's encoding; this one gets the browser's
 * fallback, windows-1252, and so does the script.
 */
async function pageWithoutCharset(): Promise<FrameWindow> {
  const script = new URL(SCRIPT, location.href).href;
  const base = new URL('/dist/cdn/', location.href).href;
  const page = URL.createObjectURL(
    new Blob(
      [
        `<!doctype html><html lang="en"><head><title>No charset</title>` +
          `<script src="${script}" data-base-path="${base}"></script></head><body></body></html>`,
      ],
      { type: 'text/html' },
    ),
  );
  const win = window.open(page, '_blank') as FrameWindow | null;
  if (!win) throw new Error('the browser blocked the test window');
  await waitUntil(() => win.document.readyState === 'complete' && win.location.href === page);
  return win;
}

/** Mounts `tag` with the sandbox in the frame and resolves its shadow root's text once loaded. */
async function shownText(win: FrameWindow, tag: string): Promise<string> {
  const element = win.document.createElement(tag) as HTMLElement & { dataSource: unknown };
  element.dataSource = new win.SpFinanceWidgets.SandboxDataSource({ now: NOW });
  const loaded = new Promise((resolve) => element.addEventListener('sp-load', resolve));
  win.document.body.append(element);
  await loaded;
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

describe('the script tag on a page without <meta charset>', () => {
  const windows: Window[] = [];
  afterEach(() => windows.splice(0).forEach((win) => win.close()));

  it('is pure ASCII, byte for byte', async () => {
    const bytes = new Uint8Array(await bundleBytes());
    const firstNonAscii = bytes.findIndex((byte) => byte > 0x7f);
    expect(firstNonAscii, 'offset of the first non-ASCII byte').to.equal(-1);
  });

  it('shows the balance card and payout list as written, dates and symbols included', async () => {
    const win = await pageWithoutCharset();
    windows.push(win);
    // The page really is read as windows-1252: what a page without a charset gets.
    expect(win.document.characterSet).to.equal('windows-1252');
    await waitUntil(() => win.customElements.get('sp-balance-card'), 'the bundle ran');

    // Checked as booleans: the element's whole text in a failure message would bury the point.
    const balances = await shownText(win, 'sp-balance-card');
    expect(balances.includes('Amazon.com \u00b7 Standard orders'), 'the "·" between names').to.be
      .true;
    expect(balances.includes('\u00c2'), 'a misread "·" ("Â·")').to.be.false;
    // "Updated <date>": the date fills the placeholder, nothing of it is left over.
    expect(/Updated \w{3} \d{1,2}, 2026/.test(balances), '"Updated" with its date').to.be.true;
    expect(/[\ue000-\uf8ff]/.test(balances), 'a placeholder left in the text').to.be.false;

    const payouts = await shownText(win, 'sp-payout-list');
    expect(payouts.includes('\u25d4'), 'the in-progress status icon "◔"').to.be.true;
    expect(payouts.includes('\u00e2'), 'a misread "◔" ("â—”")').to.be.false;
  });
});
