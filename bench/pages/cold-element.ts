/**
 * Cold pages, the package's side: the page has loaded the script tag (dist/cdn) and nothing
 * else; one element is appended with a data source that answers at once. Nothing of the
 * package is bundled here, so its code is compiled as a visitor's page compiles it.
 */
import type { FinanceDataSource } from '../../src/data/data-source.js';
import { coldPaint, paths, stage } from './cold-timing.js';
import { readySource } from './sources.js';
import {
  balancesResponse,
  expectedResponse,
  payoutsResponse,
  summaryResponse,
} from './synthetic.js';
import { countNodes } from './timing.js';

type Shown = HTMLElement & {
  dataSource: FinanceDataSource;
  locale: string | undefined;
  updateComplete: Promise<boolean>;
  now?: Date;
};

/**
 * Appends `tag` fed by `source` and times it to the first frame painted once its data has
 * loaded (`sp-load`; its render follows in the same task). Not `updateComplete`: that also
 * waits for what an element does after its first paint (the sunburst's table rows).
 */
async function show(tag: string, source: FinanceDataSource, setUp?: (element: Shown) => void) {
  const where = stage();
  const element = document.createElement(tag) as Shown;
  const ms = await coldPaint(() => {
    const loaded = new Promise<void>((resolve, reject) => {
      element.addEventListener('sp-load', () => resolve(), { once: true });
      element.addEventListener('sp-error', () => reject(new Error(`${tag}: sp-error`)));
    });
    element.dataSource = source;
    setUp?.(element);
    where.append(element);
    return loaded;
  });
  return { ms, nodes: countNodes(element).all, paths: paths(where) };
}

const sunburst = (nodes: number) =>
  show('sp-summary-sunburst', readySource({ listSummary: summaryResponse(nodes) }));

const balances = () =>
  show('sp-balance-card', readySource({ listBalances: balancesResponse() }), (element) => {
    element.locale = 'en-US';
  });

const expected = (count: number) =>
  show(
    'sp-expected-payout',
    readySource({ listExpectedPayouts: expectedResponse(count) }),
    (element) => {
      element.locale = 'en-US';
      element.now = new Date('2026-11-17T12:00:00Z');
    },
  );

const payouts = (count: number) =>
  show('sp-payout-list', readySource({ listPayouts: payoutsResponse(count) }), (element) => {
    element.locale = 'en-US';
  });

Object.assign(window, { bench: { sunburst, balances, expected, payouts } });
