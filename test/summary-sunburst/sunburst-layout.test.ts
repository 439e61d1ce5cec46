import { expect } from '@open-wc/testing';
import type { BreakdownNode } from '../../src/api/model.js';
import { normaliseSummary } from '../../src/api/normalise-summary.js';
import { fitLabel, wrapLabel } from '../../src/components/summary-sunburst/sunburst-fit.js';
import {
  THIN_ARC_PX,
  domainOf,
  moveAmongArcs,
  sunburstGeometry,
  viewArcs,
  type ArcView,
} from '../../src/components/summary-sunburst/sunburst-geometry.js';
import {
  layoutSunburst,
  type SunburstLayout,
  type SunburstNode,
} from '../../src/components/summary-sunburst/sunburst-layout.js';
import {
  HIDDEN_ARC_PX,
  easeCubicInOut,
  interpolateDomain,
  zoomTween,
} from '../../src/components/summary-sunburst/sunburst-tween.js';
import { breakdownLabel } from '../../src/components/summary-sunburst/sunburst-labels.js';
import { ENGLISH } from '../../src/l10n/runtime.js';
import { referenceSummary } from '../fixtures/summary-reference.js';
import { sandboxSummaryResponse } from '../fixtures/summary-sandbox.js';
import { bigWireTree, everyNumber, node } from './trees.js';

const TAU = 2 * Math.PI;
const englishLabel = (node: BreakdownNode) => breakdownLabel(node, ENGLISH);
const EPS = 1e-9;

function byType(layout: SunburstLayout, type: string): SunburstNode {
  const found = layout.nodes.find((n) => n.type === type);
  if (!found) throw new Error(`no node ${type}`);
  return found;
}

function expectAngles(n: SunburstNode, x0: number, x1: number) {
  expect(n.x0, `${n.type} x0`).to.be.closeTo(x0, EPS);
  expect(n.x1, `${n.type} x1`).to.be.closeTo(x1, EPS);
}

function referenceLayout() {
  const model = normaliseSummary(referenceSummary);
  return layoutSunburst(model.breakdowns, { name: englishLabel, net: model.net });
}

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

  it('draws the children of the node drilled into around the whole circle', () => {
    const layout = referenceLayout();
    const geometry = sunburstGeometry(400, layout.height);
    const fees = byType(layout, 'AMAZON_SERVICE_CHARGES_AND_FEES');
    const arcs = viewArcs(layout, domainOf(fees), geometry);
    expect(arcs.map((a) => a.node.type)).to.deep.equal([
      'FULFILLED_BY_AMAZON',
      'PICK_AND_PACK',
      'Storage fees',
      'ADVERTISING',
    ]);
    const [fba, pick, , ads] = arcs;
    expect(fba!.startAngle).to.be.closeTo(0, EPS);
    expect(fba!.endAngle).to.be.closeTo((TAU * 1000) / 1234.56, EPS);
    expect(ads!.endAngle).to.be.closeTo(TAU, EPS);
    expect(fba!.innerRadius).to.be.closeTo(geometry.centreRadius, EPS);
    expect(pick!.innerRadius).to.be.closeTo(geometry.centreRadius + geometry.ringWidth, EPS);
    expect(pick!.endAngle).to.be.closeTo((TAU * 600) / 1234.56, EPS);
  });

  it('shows at most three rings and hides zero arcs', () => {
    const layout = referenceLayout();
    const arcs = viewArcs(layout, domainOf(layout.root), sunburstGeometry(400, layout.height));
    expect(arcs.map((a) => a.node.type)).to.deep.equal([
      'EARNINGS',
      'SALES',
      'REFUNDS',
      'CHARGEBACKS',
      'AMAZON_SERVICE_CHARGES_AND_FEES',
      'FULFILLED_BY_AMAZON',
      'PICK_AND_PACK',
      'Storage fees',
      'ADVERTISING',
      'OTHERS',
    ]);
    const deep = layoutSunburst([
      node('A', '1', [node('B', '1', [node('C', '1', [node('D', '1')])])]),
    ]);
    const ids = viewArcs(deep, domainOf(deep.root), sunburstGeometry(400, deep.height)).map(
      (a) => a.node.type,
    );
    expect(ids).to.deep.equal(['A', 'B', 'C']);
    const drilled = viewArcs(deep, domainOf(deep.root.children[0]!), sunburstGeometry(400, 4));
    expect(drilled.map((a) => a.node.type)).to.deep.equal(['B', 'C', 'D']);
  });

  it('groups a trailing run of thin siblings as one "other" arc', () => {
    const tiny = Array.from({ length: 40 }, (_, i) => node(`T${i}`, '-0.01'));
    const layout = layoutSunburst([node('BIG', '-10000', [node('HUGE', '-9000'), ...tiny])]);
    const arcs = viewArcs(layout, domainOf(layout.root), sunburstGeometry(300, layout.height));
    const group = arcs.find((a) => a.kind === 'group')!;
    expect(group.id).to.equal(`${layout.root.children[0]!.id}~other`);
    expect(group.members.map((m) => m.type)).to.deep.equal(tiny.map((t) => t.type));
    expect(arcs.filter((a) => a.kind === 'node').map((a) => a.node.type)).to.deep.equal([
      'BIG',
      'HUGE',
    ]);
    // A pinned (keyboard-focused) arc is always drawn on its own.
    const pinnedId = layout.nodes.find((n) => n.type === 'T5')!.id;
    const pinned = viewArcs(layout, domainOf(layout.root), sunburstGeometry(300, 2), {
      pinned: new Set([pinnedId]),
    });
    expect(pinned.some((a) => a.id === pinnedId)).to.equal(true);
  });

  it('draws a bounded number of arcs however big the tree', () => {
    for (const nodes of [5000, 50000]) {
      const layout = layoutSunburst(
        normaliseSummary({ breakdowns: bigWireTree(nodes) }).breakdowns,
      );
      for (const size of [240, 560]) {
        const geometry = sunburstGeometry(size, layout.height);
        for (const focus of [layout.root, ...layout.root.children]) {
          const arcs = viewArcs(layout, domainOf(focus), geometry);
          const length = (a: ArcView) =>
            ((a.endAngle - a.startAngle) * (a.innerRadius + a.outerRadius)) / 2;
          // Below the L1 ring (which keeps the API's order), a parent's thin children are one
          // "Other (n)" group and at most one lone thin arc.
          const parents = new Set(arcs.map((a) => a.parent).filter((p) => p !== layout.root));
          for (const parent of parents) {
            const thin = arcs.filter(
              (a) => a.parent === parent && a.kind === 'node' && length(a) < THIN_ARC_PX,
            );
            expect(thin.length).to.be.at.most(1);
            expect(
              arcs.filter((a) => a.parent === parent && a.kind === 'group').length,
            ).to.be.at.most(1);
          }
          // So a ring holds at most its length in thin-arc widths, plus two per parent inside it.
          let bound = 0;
          let inner = 1;
          for (let ring = 1; ring <= geometry.rings; ring++) {
            const middle = geometry.centreRadius + (ring - 0.5) * geometry.ringWidth;
            inner = (TAU * middle) / THIN_ARC_PX + 2 * inner;
            bound += inner;
          }
          expect(arcs.length, `${nodes} nodes at ${size}px`).to.be.at.most(bound);
        }
      }
    }
  });

  it('zooms by moving the arcs of the two views, fixed when the zoom starts', () => {
    const layout = referenceLayout();
    const geometry = sunburstGeometry(400, layout.height);
    const fees = byType(layout, 'AMAZON_SERVICE_CHARGES_AND_FEES');
    const from = {
      domain: domainOf(layout.root),
      arcs: viewArcs(layout, domainOf(layout.root), geometry),
    };
    const to = { domain: domainOf(fees), arcs: viewArcs(layout, domainOf(fees), geometry) };
    const tween = zoomTween(from, to, geometry);
    const ids = tween.arcs.map((a) => a.id);
    // The target view's arcs first, in its order; then what only the start view has.
    expect(ids.slice(0, to.arcs.length)).to.deep.equal(to.arcs.map((a) => a.id));
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids.length).to.equal(new Set([...from.arcs, ...to.arcs].map((a) => a.id)).size);
    // Starts as the start view drew them, ends exactly as the target view draws them.
    const start = tween.paths(0);
    for (const arc of from.arcs) expect(start[ids.indexOf(arc.id)]).to.equal(arc.d);
    expect(tween.paths(1).slice(0, to.arcs.length)).to.deep.equal(to.arcs.map((a) => a.d));
    // Every frame draws the same arcs (no element comes or goes mid-zoom), with finite paths.
    for (const t of [0.1, 0.25, 0.5, 0.75, 0.9]) {
      const paths = tween.paths(easeCubicInOut(t));
      expect(paths.length).to.equal(ids.length);
      for (const d of paths) expect(d).not.to.match(/NaN|Infinity/);
    }
    const earnings = ids.indexOf(byType(layout, 'EARNINGS').id);
    expect(tween.paths(0.5)[earnings]).to.match(/^M/);
    // The L1 ring slides into the centre: near the end it is too thin to see, and not drawn.
    expect(tween.paths(0.99)[earnings]).to.equal('');
  });

  it('does not draw arcs too small to see mid-zoom', () => {
    const layout = layoutSunburst([
      node('A', '1000', [node('A1', '999.99'), node('A2', '0.01')]),
      node('B', '1000', [node('B1', '1000')]),
    ]);
    const geometry = sunburstGeometry(300, layout.height);
    const a2 = layout.nodes.find((n) => n.type === 'A2')!;
    const from = {
      domain: domainOf(layout.root),
      arcs: viewArcs(layout, domainOf(layout.root), geometry),
    };
    // A lone thin arc is drawn on its own (no group of one).
    const drawnA2 = from.arcs.find((a) => a.id === a2.id)!;
    expect(drawnA2.kind).to.equal('node');
    const b = layout.root.children[1]!;
    const tween = zoomTween(
      from,
      { domain: domainOf(b), arcs: viewArcs(layout, domainOf(b), geometry) },
      geometry,
    );
    const index = tween.arcs.findIndex((a) => a.id === a2.id);
    expect(tween.paths(0)[index]).to.equal(drawnA2.d);
    expect(tween.paths(0.5)[index]).to.equal('');
    expect(HIDDEN_ARC_PX).to.be.below(THIN_ARC_PX);
  });

  it('interpolates the view between two zooms', () => {
    const from = { x0: 0, x1: TAU, depth: 0 };
    const to = { x0: 1, x1: 2, depth: 1 };
    const at = interpolateDomain(from, to);
    expect(at(0)).to.deep.equal(from);
    expect(at(1)).to.deep.equal(to);
    expect(at(0.5)).to.deep.equal({ x0: 0.5, x1: (TAU + 2) / 2, depth: 0.5 });
    expect(easeCubicInOut(0)).to.equal(0);
    expect(easeCubicInOut(1)).to.equal(1);
    expect(easeCubicInOut(0.5)).to.equal(0.5);
  });

  it('moves between arcs by keyboard: around a ring, outward and inward', () => {
    const layout = referenceLayout();
    const arcs = viewArcs(layout, domainOf(layout.root), sunburstGeometry(400, 3));
    const id = (type: string) => byType(layout, type).id;
    expect(moveAmongArcs(arcs, id('EARNINGS'), 'next')).to.equal(
      id('AMAZON_SERVICE_CHARGES_AND_FEES'),
    );
    expect(moveAmongArcs(arcs, id('EARNINGS'), 'previous')).to.equal(id('OTHERS'));
    expect(moveAmongArcs(arcs, id('OTHERS'), 'next')).to.equal(id('EARNINGS'));
    expect(moveAmongArcs(arcs, id('EARNINGS'), 'child')).to.equal(id('SALES'));
    expect(moveAmongArcs(arcs, id('CHARGEBACKS'), 'parent')).to.equal(id('EARNINGS'));
    expect(moveAmongArcs(arcs, id('EARNINGS'), 'parent')).to.equal(undefined);
    expect(moveAmongArcs(arcs, id('OTHERS'), 'child')).to.equal(undefined);
    expect(moveAmongArcs(arcs, id('REFUNDS'), 'first')).to.equal(id('SALES'));
    expect(moveAmongArcs(arcs, id('REFUNDS'), 'last')).to.equal(id('CHARGEBACKS'));
  });

  it('wraps centre text at spaces, cutting what does not fit', () => {
    expect(wrapLabel('Amazon service charges and fees', 22, 2)).to.deep.equal([
      'Amazon service charges',
      'and fees',
    ]);
    expect(wrapLabel('Amazon service charges and fees', 10, 2)).to.deep.equal([
      'Amazon',
      'service c…',
    ]);
    expect(wrapLabel('Settlement 8129762527551', 12, 2)).to.deep.equal([
      'Settlement',
      '8129762527551'.slice(0, 11) + '…',
    ]);
    expect(wrapLabel('Sales', 20, 2)).to.deep.equal(['Sales']);
    expect(wrapLabel('Sales', 0, 2)).to.deep.equal([]);
  });

  it('fits labels with an ellipsis and only where they fit', () => {
    expect(fitLabel('Amazon service charges', 8)).to.equal('Amazon …');
    expect(fitLabel('Sales', 8)).to.equal('Sales');
    expect(fitLabel('Sales', 0)).to.equal('');
    const layout = referenceLayout();
    const big = viewArcs(layout, domainOf(layout.root), sunburstGeometry(560, 3));
    const small = viewArcs(layout, domainOf(layout.root), sunburstGeometry(240, 3));
    const earningsAt = (arcs: typeof big) => arcs.find((a) => a.node.type === 'EARNINGS')!;
    expect(earningsAt(big).labelChars).to.be.greaterThan(earningsAt(small).labelChars);
    // OTHERS is 15.44 of 4250: far too thin for a label.
    expect(big.find((a) => a.node.type === 'OTHERS')!.labelChars).to.equal(0);
  });
});
