/**
 * Section 4: all four elements, each twice, on one page with one base-url (the sandbox over
 * HTTP); then a burst of attribute changes and Retry clicks. The server counts the requests.
 */
import '../../src/define.js';
import { random } from './synthetic.js';

const TAGS = ['sp-balance-card', 'sp-summary-sunburst', 'sp-payout-list', 'sp-expected-payout'];
const MARKETPLACES = [
  'ATVPDKIKX0DER',
  'A2EUQ1WTGCTBG2',
  'A1PA6795UKMFR9',
  'A1F83G8C2ARO7P',
  'A21TJRUUN4KGV',
  'A2Q3Y263D00KWC',
  'A1VC38T7YXB528',
];

type Widget = HTMLElement & { updateComplete: Promise<boolean>; retry(): Promise<void> };
let elements: Widget[] = [];

async function mount(baseUrl: string) {
  document.body.replaceChildren();
  elements = [...TAGS, ...TAGS].map((tag) => {
    const element = document.createElement(tag) as Widget;
    element.setAttribute('base-url', baseUrl);
    return element;
  });
  document.body.append(...elements);
  await Promise.all(elements.map((element) => element.updateComplete));
}

/**
 * For `seconds`, every `everyMs`: one element either gets another marketplace filter, or its
 * Retry is clicked (the error state's button when shown, else `retry()`, which is what the
 * button calls: a refetch that skips the cache).
 */
async function burst(seconds: number, everyMs = 100, seed = 7) {
  const next = random(seed);
  const counts = { attributes: 0, retries: 0, retryButtons: 0 };
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const element = elements[Math.floor(next() * elements.length)]!;
    if (next() < 0.75) {
      const name = element.localName === 'sp-balance-card' ? 'marketplace-id' : 'marketplace-ids';
      const pick = Math.floor(next() * (MARKETPLACES.length + 1));
      if (pick === MARKETPLACES.length) element.removeAttribute(name);
      else element.setAttribute(name, MARKETPLACES[pick]!);
      counts.attributes++;
    } else {
      const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"]');
      if (button) {
        button.click();
        counts.retryButtons++;
      } else void element.retry();
      counts.retries++;
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return counts;
}

Object.assign(window, { bench: { mount, burst } });
