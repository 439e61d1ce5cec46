/** What one view draws: rings, grouping of thin arcs, labels and keyboard moves. */
import { expect } from '@open-wc/testing';
import { normaliseSummary } from '../../src/api/normalise-summary.js';
import { fitLabel } from '../../src/components/summary-sunburst/sunburst-fit.js';
import {
  THIN_ARC_PX,
  domainOf,
  moveAmongArcs,
  sunburstGeometry,
  viewArcs,
  type ArcView,
} from '../../src/components/summary-sunburst/sunburst-geometry.js';
import { layoutSunburst } from '../../src/components/summary-sunburst/sunburst-layout.js';
import { EPS, TAU, byType, referenceLayout } from './layouts.js';
import { bigWireTree, node } from './trees.js';

describe('sunburst view geometry', () => {
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
