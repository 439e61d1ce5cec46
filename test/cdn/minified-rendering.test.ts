/**
 * The production builds minify the text of Lit's html/svg/css templates
 * (scripts/vite-minify-templates.ts). That must never change the page: here each element from
 * the script-tag bundle (registered under a `cdn-` tag) renders beside the same element from the
 * source, with the same data, and a reader must meet the same text, the same elements and
 * attributes, and the same computed style on every element.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';

const SCRIPT = '/dist/cdn/sp-finance-widgets.js';
/** A fixed `now` for both copies: what they render must not depend on the day the test runs. */
const NOW = '2026-11-15T00:00:00Z';

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
  SandboxDataSource: typeof SandboxDataSource;
  defineElement: (tag: string, ctor: CustomElementConstructor) => boolean;
  [name: string]: unknown;
}

const ELEMENTS = {
  'balance-card': 'SpBalanceCard',
  'summary-sunburst': 'SpSummarySunburst',
  'payout-list': 'SpPayoutList',
  'expected-payout': 'SpExpectedPayout',
} as const;

type Widget = HTMLElement & { dataSource: unknown; updateComplete: Promise<boolean> };

/**
 * A custom property keeps its value's text as written; the minifier's only change to it is
 * the space next to `,` `(` `)`, which does not change what `var()` substitutes.
 */
const tokens = (value: string) =>
  value
    .replace(/\s*([,()])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** Everything a reader or a stylesheet can tell apart, one line each. */
function describeTree(root: ShadowRoot): string[] {
  const lines: string[] = [];
  for (const child of root.children) {
    if (child instanceof HTMLElement) lines.push(`text: ${JSON.stringify(child.innerText)}`);
  }
  root.querySelectorAll('*').forEach((el, i) => {
    const attributes = [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`);
    lines.push(`${i} <${el.localName} ${attributes.join(' ')}>`);
    const style = getComputedStyle(el);
    for (const name of style) {
      const value = style.getPropertyValue(name);
      lines.push(`${i} ${el.localName} ${name}: ${name.startsWith('--') ? tokens(value) : value}`);
    }
  });
  return lines;
}

/** Compares line by line, naming the first few differences rather than both whole lists. */
function expectSame(actual: string[], expected: string[]) {
  const differences: string[] = [];
  for (let i = 0; i < Math.max(actual.length, expected.length) && differences.length < 5; i++) {
    if (actual[i] !== expected[i]) {
      differences.push(`source: ${expected[i]}\n  built: ${actual[i]}`);
    }
  }
  expect(differences.join('\n')).to.equal('');
}

/** Mounts an element and waits for its data; a `pending` one stays loading, so only a frame. */
async function mount(tag: string, source: unknown, host: HTMLElement, pending = false) {
  const el = document.createElement(tag) as Widget;
  el.setAttribute('locale', 'en-US');
  el.dataSource = source;
  host.append(el);
  if (pending) await nextFrame();
  else await el.updateComplete;
  return el;
}

describe('minified templates render as the source does', () => {
  let global: Global;
  let hosts: HTMLElement[];

  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const warn = console.warn;
    console.warn = () => {}; // "<sp-…> is already defined": the source defined the sp- tags.
    try {
      await addClassicScript(SCRIPT);
    } finally {
      console.warn = warn;
    }
    global = (window as unknown as { SpFinanceWidgets: Global }).SpFinanceWidgets;
    for (const [name, className] of Object.entries(ELEMENTS)) {
      global.defineElement(`cdn-${name}`, global[className] as CustomElementConstructor);
    }
  });

  beforeEach(() => {
    // Two columns of the same width, so that lengths resolve alike.
    hosts = [0, 1].map(() => {
      const host = document.createElement('div');
      // A containing block of its own, so absolutely positioned parts resolve alike too.
      host.style.width = '720px';
      host.style.position = 'relative';
      document.body.append(host);
      return host;
    });
  });

  afterEach(() => hosts.forEach((host) => host.remove()));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const name of Object.keys(ELEMENTS)) {
    for (const scenario of ['default', 'empty', 'error-403', 'pending'] as const) {
      it(`<sp-${name}>, sandbox scenario ${scenario}`, async () => {
        const pending = scenario === 'pending';
        const source = await mount(
          `sp-${name}`,
          new SandboxDataSource({ scenario, now: NOW }),
          hosts[0]!,
          pending,
        );
        const built = await mount(
          `cdn-${name}`,
          new global.SandboxDataSource({ scenario, now: NOW }),
          hosts[1]!,
          pending,
        );
        await nextFrame();
        const expected = describeTree(source.shadowRoot!);
        expect(expected.length).to.be.greaterThan(1);
        expectSame(describeTree(built.shadowRoot!), expected);
      });
    }
  }

  it('<sp-payout-list> with a payout open', async () => {
    const lists = await Promise.all([
      mount('sp-payout-list', new SandboxDataSource({ now: NOW }), hosts[0]!),
      mount('cdn-payout-list', new global.SandboxDataSource({ now: NOW }), hosts[1]!),
    ]);
    for (const list of lists) {
      const toggles = list.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toggle');
      // The first payout and a failed one, if any, so the timeline and failure show.
      toggles[0]!.click();
      list
        .shadowRoot!.querySelector<HTMLElement>('.failure')
        ?.closest('li')
        ?.querySelector<HTMLButtonElement>('.toggle')
        ?.click();
      await list.updateComplete;
    }
    await nextFrame();
    const expected = describeTree(lists[0]!.shadowRoot!);
    expect(expected.join('\n')).to.contain('timeline');
    expectSame(describeTree(lists[1]!.shadowRoot!), expected);
  });
});
