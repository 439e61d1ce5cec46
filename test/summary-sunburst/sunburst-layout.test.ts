/** The partition: exact angles, shares and signs, and nothing outside its parent. */
import { expect } from '@open-wc/testing';
import { normaliseSummary } from '../../src/api/normalise-summary.js';
import {
  THIN_ARC_PX,
  domainOf,
  sunburstGeometry,
  viewArcs,
} from '../../src/components/summary-sunburst/sunburst-geometry.js';
import { layoutSunburst } from '../../src/components/summary-sunburst/sunburst-layout.js';
import { sandboxSummaryResponse } from '../fixtures/summary-sandbox.js';
import { EPS, TAU, byType, englishLabel, expectAngles, referenceLayout } from './layouts.js';
import { bigWireTree, everyNumber, node } from './trees.js';

describe('sunburst layout', () => {
  it('gives exact angles to a tree with negatives, zeros and a partly itemised parent', () => {
    const layout = referenceLayout();
    // Gross: |3000| + |-1234.56| + |0| + |-15.44| = 4250.
    const at = (amount: number) => (TAU * amount) / 4250;
    expectAngles(layout.root, 0, TAU);
    expectAngles(byType(layout, 'EARNINGS'), 0, at(3000));
    expectAngles(byType(layout, 'AMAZON_SERVICE_CHARGES_AND_FEES'), at(3000), at(4234.56));
    expectAngles(byType(layout, 'DEDUCTIONS_AND_WITHHOLDINGS'), at(4234.56), at(4234.56));
    expectAngles(byType(layout, 'OTHERS'), at(4234.56), TAU);

    // Earnings' children add up (in absolute terms) to 4000 > 3000: scaled into its angle.
    const e = at(3000);
    expectAngles(byType(layout, 'SALES'), 0, (e * 3500) / 4000);
    expectAngles(byType(layout, 'REFUNDS'), (e * 3500) / 4000, (e * 3950) / 4000);
    expectAngles(byType(layout, 'CHARGEBACKS'), (e * 3950) / 4000, e);

    // Fees' children fill it exactly.
    const f0 = at(3000);
    const fees = at(1234.56);
    const fbaEnd = f0 + (fees * 1000) / 1234.56;
    expectAngles(byType(layout, 'FULFILLED_BY_AMAZON'), f0, fbaEnd);
    expectAngles(byType(layout, 'ADVERTISING'), fbaEnd, f0 + fees);

    // FBA (1000) itemises only 900: its children keep their true share and leave a gap.
    const fba = fbaEnd - f0;
    expectAngles(byType(layout, 'PICK_AND_PACK'), f0, f0 + fba * 0.6);
    expectAngles(byType(layout, 'Storage fees'), f0 + fba * 0.6, f0 + fba * 0.9);

    // Zero amounts take no angle.
    const loan = byType(layout, 'LOAN_REPAYMENT');
    expect(loan.x1 - loan.x0).to.equal(0);
  });

  it('keeps the API amounts, signs and exact shares on the nodes', () => {
    const layout = referenceLayout();
    const earnings = byType(layout, 'EARNINGS');
    expect(earnings.money!.amount.toString()).to.equal('3000');
    expect(earnings.sign).to.equal('inflow');
    expect(earnings.name).to.equal('Earnings');
    expect(earnings.path).to.deep.equal(['EARNINGS']);
    expect(earnings.shareOfParent!.toString()).to.equal(earnings.shareOfGross!.toString());
    expect(earnings.shareOfGross!.toSignificantDigits(6).toString()).to.equal('0.705882');

    const sales = byType(layout, 'SALES');
    expect(sales.shareOfParent!.toSignificantDigits(6).toString()).to.equal('1.16667');
    expect(sales.path).to.deep.equal(['EARNINGS', 'SALES']);

    const pick = byType(layout, 'PICK_AND_PACK');
    expect(pick.sign).to.equal('outflow');
    expect(pick.shareOfParent!.toString()).to.equal('0.6');
    expect(pick.path).to.deep.equal([
      'AMAZON_SERVICE_CHARGES_AND_FEES',
      'FULFILLED_BY_AMAZON',
      'PICK_AND_PACK',
    ]);
    expect(byType(layout, 'LOAN_REPAYMENT').sign).to.equal('zero');
    expect(layout.gross!.amount.toString()).to.equal('4250');
    expect(layout.root.money!.amount.toString()).to.equal('1750');
    expect(layout.height).to.equal(3);
  });

  it('keeps the L1 order as sent and puts the largest first further out', () => {
    const layout = layoutSunburst([
      node('SMALL_FIRST', '1', [node('A', '1'), node('B', '5'), node('C', '3')]),
      node('BIG_SECOND', '-9'),
    ]);
    expect(layout.root.children.map((n) => n.type)).to.deep.equal(['SMALL_FIRST', 'BIG_SECOND']);
    expect(layout.root.children[0]!.children.map((n) => n.type)).to.deep.equal(['B', 'C', 'A']);
  });

  it('lays out the sandbox parent "Sales" 8000 with its child 9000 inside it', () => {
    const model = normaliseSummary(sandboxSummaryResponse.summaries![0]!);
    const layout = layoutSunburst(model.breakdowns, { name: englishLabel });
    const sales = layout.root.children[0]!;
    const product = sales.children[0]!;
    expect(sales.name).to.equal('Sales');
    expect(sales.money!.amount.toString()).to.equal('8000');
    expect(product.name).to.equal('Product Charges');
    expect(product.money!.amount.toString()).to.equal('9000');
    expectAngles(sales, 0, (TAU * 8000) / 9000);
    // The child is scaled to its parent's extent: never wider than the parent.
    expectAngles(product, sales.x0, sales.x1);
    expect(product.shareOfParent!.toString()).to.equal('1.125');
  });

  it('never puts a child outside its parent, on a 5,000-node tree', () => {
    const model = normaliseSummary({
      amount: { currencyAmount: '1', currencyCode: 'USD' },
      breakdowns: bigWireTree(5000),
    });
    const layout = layoutSunburst(model.breakdowns);
    expect(layout.nodes.length).to.be.greaterThan(5000);
    for (const n of layout.nodes) {
      const parent = n.parent!;
      expect(n.x0).to.be.at.least(parent.x0 - EPS);
      expect(n.x1).to.be.at.most(parent.x1 + EPS);
      expect(n.x1).to.be.at.least(n.x0);
    }
  });

  it('produces only finite numbers, on a 5,000-node tree, at every zoom', () => {
    const model = normaliseSummary({ breakdowns: bigWireTree(5000) });
    const layout = layoutSunburst(model.breakdowns);
    for (const value of everyNumber(layout)) expect(Number.isFinite(value)).to.equal(true);

    const geometry = sunburstGeometry(400, layout.height);
    const focuses = [layout.root, layout.root.children[1]!, layout.root.children[1]!.children[3]!];
    for (const focus of focuses) {
      const arcs = viewArcs(layout, domainOf(focus), geometry);
      expect(arcs.length).to.be.greaterThan(0);
      for (const arc of arcs) {
        expect(arc.d).not.to.match(/NaN|Infinity/);
        const numbers = everyNumber([
          arc.d,
          arc.startAngle,
          arc.endAngle,
          arc.innerRadius,
          arc.outerRadius,
          arc.centroid,
          arc.labelTransform,
          arc.labelChars,
        ]);
        for (const value of numbers) expect(Number.isFinite(value)).to.equal(true);
      }
      // Thin arcs are grouped: at most a few hundred paths per ring, whatever the tree.
      const ringLength = TAU * geometry.radius;
      expect(arcs.length).to.be.below((geometry.rings * ringLength) / THIN_ARC_PX);
    }
  });

  it('produces no NaN for an all-zero tree, and draws no arc', () => {
    const layout = layoutSunburst([
      node('EARNINGS', '0', [node('SALES', '0.00')]),
      node('OTHERS', '-0'),
    ]);
    for (const value of everyNumber(layout)) expect(Number.isFinite(value)).to.equal(true);
    for (const n of layout.nodes) expect(n.x1 - n.x0).to.equal(0);
    expect(layout.root.children[0]!.shareOfGross).to.equal(undefined);
    expect(viewArcs(layout, domainOf(layout.root), sunburstGeometry(300, 2))).to.deep.equal([]);
  });

  it('produces no NaN for an empty tree, nodes without amounts, or a zero-width view', () => {
    const empty = layoutSunburst([]);
    expect(empty.nodes).to.deep.equal([]);
    expect(empty.height).to.equal(0);
    const noAmounts = layoutSunburst([node('A', undefined, [node('B', '2'), node('C', '-2')])]);
    const a = noAmounts.root.children[0]!;
    // Without its own amount a node's extent is its children's.
    expectAngles(a, 0, TAU);
    expectAngles(a.children[0]!, 0, Math.PI);
    expect(a.money).to.equal(undefined);
    expect(a.sign).to.equal('none');
    for (const value of everyNumber(noAmounts)) expect(Number.isFinite(value)).to.equal(true);
    const geometry = sunburstGeometry(300, 2);
    expect(viewArcs(noAmounts, { x0: 1, x1: 1, depth: 0 }, geometry)).to.deep.equal([]);
    expect(viewArcs(noAmounts, domainOf(noAmounts.root), sunburstGeometry(NaN, 2))).to.deep.equal(
      [],
    );
  });

  it('gives an invalid amount no room of its own and carries it to be shown in words', () => {
    const invalid = { raw: '1e400', currency: 'USD' };
    const layout = layoutSunburst(
      [
        {
          ...node('EARNINGS', undefined, [node('SALES', '30'), node('REFUNDS', '-10')]),
          invalidAmount: invalid,
        },
        { ...node('OTHERS', undefined), invalidAmount: invalid },
        node('AMAZON_SERVICE_CHARGES_AND_FEES', '-60'),
      ],
      { name: englishLabel, invalidNet: invalid },
    );
    const [earnings, others, fees] = layout.root.children;
    // Earnings takes its breakdowns' room (40), Others none; the gross is 100.
    expect(layout.gross!.amount.toString()).to.equal('100');
    expectAngles(earnings!, 0, 0.4 * TAU);
    expectAngles(others!, 0.4 * TAU, 0.4 * TAU);
    expectAngles(fees!, 0.4 * TAU, TAU);
    expect([earnings!.money, earnings!.invalid]).to.deep.equal([undefined, invalid]);
    expect([earnings!.shareOfParent, earnings!.shareOfGross]).to.deep.equal([undefined, undefined]);
    expect(earnings!.sign).to.equal('none');
    expect(layout.root.invalid).to.equal(invalid);
    expect(byType(layout, 'SALES').shareOfParent!.toString()).to.equal('0.75');
  });

  it('lays out every level of a deep model and counts what lies past the bound', () => {
    const chain = (levels: number) => {
      let inner: ReturnType<typeof node>[] = [];
      for (let level = levels; level >= 1; level--) inner = [node(`L${level}`, '1', inner)];
      return inner;
    };
    const hundred = layoutSunburst(chain(100), { name: englishLabel });
    expect(hundred.height).to.equal(100);
    expect(hundred.nodes).to.have.length(100);
    expect(hundred.nodes.map((n) => n.deeperLevels).filter((n) => n > 0)).to.deep.equal([]);

    // A model made by hand is held to the normaliser's bound, and says what it left out.
    const deep = layoutSunburst(chain(300), { name: englishLabel });
    expect(deep.height).to.equal(256);
    expect(deep.nodes).to.have.length(256);
    const last = deep.nodes[255]!;
    expect([last.type, last.deeperLevels]).to.deep.equal(['L256', 44]);

    // The normaliser's own count is kept.
    const counted = layoutSunburst([{ ...node('L1', '1'), deeperLevels: 7 }], {
      name: englishLabel,
    });
    expect(counted.nodes[0]!.deeperLevels).to.equal(7);
  });
});
