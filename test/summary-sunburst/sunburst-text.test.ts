/** What the sunburst says, in an element's words: exact phrases for nodes, arcs and the centre. */
import { expect } from '@open-wc/testing';
import { normaliseSummary } from '../../src/api/normalise-summary.js';
import {
  sunburstGeometry,
  viewArcs,
} from '../../src/components/summary-sunburst/sunburst-geometry.js';
import { layoutSunburst } from '../../src/components/summary-sunburst/sunburst-layout.js';
import {
  SunburstText,
  centreNote,
  deeperLevels,
  smallerCategories,
} from '../../src/components/summary-sunburst/sunburst-text.js';
import { ENGLISH, wordsFor } from '../../src/l10n/runtime.js';
import { referenceSummary } from '../fixtures/summary-reference.js';
import { byType, englishLabel, referenceLayout } from './layouts.js';
import { node } from './trees.js';

describe('sunburst words', () => {
  it('says a node in table and tooltip words: trail, signed amount, shares', () => {
    const layout = referenceLayout();
    const text = new SunburstText(layout, ENGLISH);
    expect(text.node(byType(layout, 'PICK_AND_PACK'))).to.deep.equal({
      trail: 'Amazon service charges and fees › Fulfilled by Amazon › ',
      amount: '-$600.00',
      negative: true,
      invalidRaw: '',
      shareOfParent: '60%',
      shareOfGross: '14.1%',
      deeper: '',
    });
    const arcs = viewArcs(layout, { x0: 0, x1: 2 * Math.PI, depth: 0 }, sunburstGeometry(320, 3));
    const fba = arcs.find((a) => a.node.type === 'FULFILLED_BY_AMAZON')!;
    expect(text.tooltipLines(fba)).to.deep.equal([
      'Fulfilled by Amazon',
      '-$1,000.00',
      '81% of Amazon service charges and fees',
      '23.5% of gross',
    ]);
    expect(text.arcLabel(fba)).to.equal(
      'Fulfilled by Amazon, -$1,000.00, 81% of Amazon service charges and fees, 23.5% of gross',
    );
    expect(text.arcName(fba)).to.equal('Fulfilled by Amazon');
  });

  it('says an invalid amount and deeper levels in words', () => {
    const invalid = { raw: '1e400', currency: 'USD' };
    const layout = layoutSunburst(
      [
        {
          ...node('EARNINGS', undefined, [node('SALES', '5')]),
          invalidAmount: invalid,
          deeperLevels: 1,
        },
      ],
      { name: englishLabel, invalidNet: invalid },
    );
    const text = new SunburstText(layout, ENGLISH);
    const earnings = layout.root.children[0]!;
    expect(text.node(earnings)).to.deep.equal({
      trail: '',
      amount: 'Invalid amount',
      negative: false,
      invalidRaw: '1e400',
      shareOfParent: '',
      shareOfGross: '',
      deeper: '1 deeper level not shown',
    });
    expect(text.centre(layout.root, 'Jan 2026')).to.deep.equal({
      name: 'Net proceeds',
      amount: 'Invalid amount',
      negative: false,
      note: 'Jan 2026',
      label: 'Net proceeds, Invalid amount, Jan 2026',
    });
    expect(text.announce(earnings)).to.equal('Showing Earnings: Invalid amount');
  });

  it('says the centre drilled in, and announces drills', () => {
    const layout = referenceLayout();
    const text = new SunburstText(layout, ENGLISH);
    const fees = byType(layout, 'AMAZON_SERVICE_CHARGES_AND_FEES');
    expect(text.centre(fees, 'ignored')).to.deep.equal({
      name: 'Amazon service charges and fees',
      amount: '-$1,234.56',
      negative: true,
      note: 'Back to Summary',
      label: 'Amazon service charges and fees, -$1,234.56, Back to Summary',
    });
    expect(text.announce(fees)).to.equal('Showing Amazon service charges and fees: -$1,234.56');
    const netless = layoutSunburst([], { name: englishLabel });
    expect(new SunburstText(netless, ENGLISH).announce(netless.root)).to.equal(
      'Showing the whole summary',
    );
  });

  it('counts in the reader’s plural forms and digits', () => {
    expect(deeperLevels(44, ENGLISH)).to.equal('44 deeper levels not shown');
    expect(deeperLevels(1, ENGLISH)).to.equal('1 deeper level not shown');
    expect(deeperLevels(1234, wordsFor('de'))).to.equal('1.234 deeper levels not shown');
    expect(smallerCategories(1, 'Fees', ENGLISH)).to.equal('1 smaller category of Fees');
    expect(smallerCategories(12, 'Fees', ENGLISH)).to.equal('12 smaller categories of Fees');
  });

  it('notes the period, else the settlement asked for or the only one', () => {
    const model = normaliseSummary(referenceSummary);
    expect(centreNote(model, undefined, 'Jan 1 – 31, 2026', ENGLISH)).to.equal('Jan 1 – 31, 2026');
    expect(centreNote(model, '42', 'Jan 1 – 31, 2026', ENGLISH)).to.equal('Settlement 42');
    expect(centreNote(model, undefined, undefined, ENGLISH)).to.equal(undefined);
    const settled = { ...model, settlementIds: ['7'] };
    expect(centreNote(settled, undefined, undefined, ENGLISH)).to.equal('Settlement 7');
  });
});
