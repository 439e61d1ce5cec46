/** The sunburst's derived state: selection, chart in view and arcs in view, as pure functions. */
import { expect } from '@open-wc/testing';
import type { SummaryModel } from '../../src/api/model.js';
import { normaliseSummaries, normaliseSummary } from '../../src/api/normalise-summary.js';
import { breakdownLabel } from '../../src/components/summary-sunburst/sunburst-labels.js';
import { layoutSunburst } from '../../src/components/summary-sunburst/sunburst-layout.js';
import {
  arcsInView,
  chartInView,
  selectSummary,
  type ChartView,
} from '../../src/components/summary-sunburst/sunburst-state.js';
import { summaryOptions } from '../../src/components/summary-sunburst/summary-selection.js';
import { ENGLISH } from '../../src/l10n/runtime.js';
import { referenceSummary, summaryWith } from '../fixtures/summary-reference.js';

const usd = (currencyAmount: string) => ({ currencyAmount, currencyCode: 'USD' });

/** Two USD summaries and one EUR: "All USD summaries (2)", the two, then the EUR one. */
function threeSummaries(): SummaryModel[] {
  return normaliseSummaries({
    summaries: [
      summaryWith('USD', [{ breakdownType: 'EARNINGS', breakdownAmount: usd('1') }]),
      summaryWith('EUR', [
        {
          breakdownType: 'EARNINGS',
          breakdownAmount: { currencyAmount: '5', currencyCode: 'EUR' },
        },
      ]),
      summaryWith('USD', [{ breakdownType: 'EARNINGS', breakdownAmount: usd('2') }], {
        partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'A2EUQ1WTGCTBG2' },
      }),
    ],
  });
}

/** The options maker, counting its calls. */
function countingOptions() {
  const made = { calls: 0 };
  const options = (data: readonly SummaryModel[]) => {
    made.calls++;
    return summaryOptions(data, ENGLISH);
  };
  return { made, options };
}

const layoutOf = (model: SummaryModel) =>
  layoutSunburst(model.breakdowns, {
    name: (b) => breakdownLabel(b, ENGLISH),
    net: model.net,
  });

describe('selectSummary', () => {
  it('shows the first option, a chosen one, and the first again for a key it does not know', () => {
    const data = threeSummaries();
    const { options } = countingOptions();
    const first = selectSummary(data, undefined, 'en', undefined, options);
    expect(first.key).to.equal('all:USD');
    expect(first.groups.map((g) => g.options.map((o) => o.key))).to.deep.equal([
      ['all:USD', data[0]!.key, data[2]!.key],
      [data[1]!.key],
    ]);
    // "All" adds the two USD summaries' earnings up exactly.
    expect(first.model!.breakdowns[0]!.money!.amount.toString()).to.equal('3');

    const eur = selectSummary(data, data[1]!.key, 'en', first, options);
    expect(eur.key).to.equal(data[1]!.key);
    expect(eur.model).to.equal(data[1]);

    const unknown = selectSummary(data, 'no-such-key', 'en', eur, options);
    expect(unknown.key).to.equal('all:USD');
  });

  it('returns the previous selection itself when nothing changed, and makes options only for new data or words', () => {
    const data = threeSummaries();
    const { made, options } = countingOptions();
    const first = selectSummary(data, undefined, 'en', undefined, options);
    expect(selectSummary(data, undefined, 'en', first, options)).to.equal(first);
    expect(selectSummary(data, 'all:USD', 'en', first, options)).to.equal(first);
    expect(made.calls).to.equal(1);

    // New words: new option labels, the same summary shown.
    const reworded = selectSummary(data, undefined, 'de', first, options);
    expect(reworded).not.to.equal(first);
    expect(reworded.textKey).to.equal('de');
    expect(reworded.model).to.equal(first.model);
    expect(made.calls).to.equal(2);

    // New data: everything again.
    const fresh = threeSummaries();
    const next = selectSummary(fresh, undefined, 'de', reworded, options);
    expect(next.data).to.equal(fresh);
    expect(made.calls).to.equal(3);
  });

  it('selects nothing in no data', () => {
    const { options } = countingOptions();
    const none = selectSummary([], undefined, 'en', undefined, options);
    expect(none).to.deep.equal({
      data: [],
      textKey: 'en',
      groups: [],
      key: undefined,
      model: undefined,
    });
  });
});

describe('chartInView', () => {
  const model = normaliseSummary(referenceSummary);

  it('starts at the root, drills to a node by id, and keeps its previous value when nothing changed', () => {
    let layouts = 0;
    const layout = (m: SummaryModel) => (layouts++, layoutOf(m));
    const root = chartInView(model, 'en', undefined, undefined, layout);
    expect(root.focus).to.equal(root.layout.root);
    expect(root.domain).to.deep.equal({ x0: 0, x1: 2 * Math.PI, depth: 0 });
    expect(chartInView(model, 'en', undefined, root, layout)).to.equal(root);
    expect(chartInView(model, 'en', 'root', root, layout)).to.equal(root);

    // n5 is "Amazon service charges and fees", the second L1 (after Earnings and its three).
    const fees = chartInView(model, 'en', 'n5', root, layout);
    expect(fees.layout).to.equal(root.layout);
    expect(fees.focus.name).to.equal('Amazon service charges and fees');
    expect(fees.domain).to.deep.equal({ x0: fees.focus.x0, x1: fees.focus.x1, depth: 1 });
    expect(chartInView(model, 'en', 'n5', fees, layout)).to.equal(fees);
    expect(layouts).to.equal(1);

    // An id the layout does not have: the root.
    expect(chartInView(model, 'en', 'n999', fees, layout).focus).to.equal(root.layout.root);
  });

  it('lays out again for new words, keeping the node drilled into', () => {
    const fees = chartInView(model, 'en', 'n5', undefined, layoutOf);
    expect(fees.focus.id).to.equal('root');
    const drilled = chartInView(model, 'en', 'n5', fees, layoutOf);
    const reworded = chartInView(model, 'de', 'n5', drilled, layoutOf);
    expect(reworded.layout).not.to.equal(drilled.layout);
    expect(reworded.focus.id).to.equal('n5');
    expect(reworded.domain).to.deep.equal(drilled.domain);
  });

  it('starts a new summary at its root, whatever the node asked for', () => {
    const drilled = chartInView(
      model,
      'en',
      'n5',
      chartInView(model, 'en', undefined, undefined, layoutOf),
      layoutOf,
    );
    const other = normaliseSummary(referenceSummary);
    const next = chartInView(other, 'en', 'n5', drilled, layoutOf);
    expect(next.model).to.equal(other);
    expect(next.focus.id).to.equal('root');
    expect(next.domain).to.deep.equal({ x0: 0, x1: 2 * Math.PI, depth: 0 });
  });
});

describe('arcsInView', () => {
  const model = normaliseSummary(referenceSummary);
  const root: ChartView = chartInView(model, 'en', undefined, undefined, layoutOf);
  const names = (view: ReturnType<typeof arcsInView>) =>
    view.arcs.map((arc) => `${arc.id} ${arc.node.name}`);

  it('draws every arc with an angle at the root, the first L1 taking Tab', () => {
    const view = arcsInView(root, 320, undefined, undefined);
    expect(names(view)).to.deep.equal([
      'n1 Earnings',
      'n2 Sales',
      'n3 Refunds',
      'n4 Chargebacks',
      'n5 Amazon service charges and fees',
      'n6 Fulfilled by Amazon',
      'n7 Pick and pack',
      'n8 Storage fees',
      'n9 Advertising',
      'n12 Others',
    ]);
    expect(view.activeId).to.equal('n1');
    expect(view.size).to.equal(320);
    expect(view.geometry.rings).to.equal(3);
    expect(view.geometry.radius).to.equal(158);
  });

  it('keeps an active arc in view, and moves Tab to the centre ring when it leaves', () => {
    const atRoot = arcsInView(root, 320, 'n7', undefined);
    expect(atRoot.activeId).to.equal('n7');
    const fees = chartInView(model, 'en', 'n5', root, layoutOf);
    const drilled = arcsInView(fees, 320, 'n2', atRoot);
    expect(names(drilled)).to.deep.equal([
      'n6 Fulfilled by Amazon',
      'n7 Pick and pack',
      'n8 Storage fees',
      'n9 Advertising',
    ]);
    // Sales is not in view: Tab goes to the first arc around the centre.
    expect(drilled.activeId).to.equal('n6');
    expect(arcsInView(fees, 320, 'n8', drilled).activeId).to.equal('n8');
  });

  it('returns the previous view itself unless the view, the size or the active arc changes', () => {
    const view = arcsInView(root, 320, undefined, undefined);
    expect(arcsInView(root, 320, 'n1', view)).to.equal(view);
    expect(arcsInView(root, 321, 'n1', view)).not.to.equal(view);
    expect(arcsInView(root, 320, 'n2', view)).not.to.equal(view);
    const reworded = chartInView(model, 'de', undefined, root, layoutOf);
    expect(arcsInView(reworded, 320, 'n1', view)).not.to.equal(view);
  });

  it('has no arcs and no active arc when every amount is zero', () => {
    const zero = normaliseSummaries({
      summaries: [summaryWith('USD', [{ breakdownType: 'EARNINGS', breakdownAmount: usd('0') }])],
    })[0]!;
    const chart = chartInView(zero, 'en', undefined, undefined, layoutOf);
    const view = arcsInView(chart, 320, 'n1', undefined);
    expect(view.arcs).to.deep.equal([]);
    expect(view.activeId).to.equal(undefined);
  });
});
