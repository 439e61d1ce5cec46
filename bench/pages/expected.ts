/**
 * Section: <sp-expected-payout> with 20,000 expected payouts (issue 20: it once took 12.7 s and
 * 420,000 nodes). Next to it in the same run: the same element with 20 payouts (its fixed cost)
 * and the load path alone (normalise and order all 20,000, no DOM), so a slow first render can be
 * told apart from a slow load.
 */
import '../../src/components/expected-payout/expected-payout.js';
import { normaliseExpectedPayouts } from '../../src/api/normalise-expected-payouts.js';
import { orderBySchedule } from '../../src/components/expected-payout/expected-view.js';
import { readySource } from './sources.js';
import { expectedResponse } from './synthetic.js';
import { countNodes, painted, timeToPaint } from './timing.js';

const NOW = new Date('2026-11-17T12:00:00Z');

/** Data source ready to the first frame with the soonest payout and its batch on screen. */
async function firstRender(count: number) {
  document.body.replaceChildren();
  const response = expectedResponse(count);
  await painted(document.body);
  const el = document.createElement('sp-expected-payout');
  return timeToPaint(el, () => {
    el.locale = 'en-US';
    el.now = NOW;
    el.dataSource = readySource({ listExpectedPayouts: response });
    document.body.append(el);
    return el.updateComplete;
  });
}

/** Normalising and ordering `count` payouts, without any DOM. */
function loadPath(count: number) {
  const response = expectedResponse(count);
  const start = performance.now();
  orderBySchedule(normaliseExpectedPayouts(response));
  return performance.now() - start;
}

function nodes() {
  return countNodes(document.body);
}

Object.assign(window, { bench: { firstRender, loadPath, nodes } });
