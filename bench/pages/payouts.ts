/** Section 3: <sp-payout-list> with 10,000 payouts next to a plain Lit `repeat` of every row. */
import '../../src/components/payout-list/payout-list.js';
import { PlainPayoutList } from './plain-list.js';
import { readySource } from './sources.js';
import { payoutId, payoutsResponse } from './synthetic.js';
import { countNodes, painted, timeToPaint } from './timing.js';

// Defined here: the package's `sideEffects` list would let a bare import be dropped.
customElements.define('plain-payout-list', PlainPayoutList);

type Impl = 'element' | 'plain';

async function firstRender(impl: Impl, count: number) {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
  const response = payoutsResponse(count);
  await painted(document.body);
  if (impl === 'plain') {
    const list = document.createElement('plain-payout-list');
    return timeToPaint(list, () => {
      list.payouts = response.payouts ?? [];
      document.body.append(list);
      return list.updateComplete;
    });
  }
  const list = document.createElement('sp-payout-list');
  return timeToPaint(list, () => {
    list.dataSource = readySource({ listPayouts: response });
    document.body.append(list);
    return list.updateComplete;
  });
}

/** Scrolls the page (the list's scroller) to the end until the oldest payout's row is there. */
async function scrollToEnd(count: number, timeoutMs = 10_000) {
  const list = document.body.firstElementChild!;
  const root = list.shadowRoot ?? list;
  const selector = `[data-payout-id="${payoutId(count - 1)}"]`;
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    window.scrollTo(0, document.documentElement.scrollHeight);
    await painted(list);
    const row = root.querySelector(selector);
    if (row && row.getBoundingClientRect().top < window.innerHeight) {
      return { ms: performance.now() - start, found: true };
    }
  }
  return { ms: performance.now() - start, found: false };
}

function nodes() {
  return countNodes(document.body);
}

Object.assign(window, { bench: { firstRender, scrollToEnd, nodes } });
