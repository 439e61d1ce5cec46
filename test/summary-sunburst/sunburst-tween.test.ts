/** The zoom between two views: the arcs it moves and their paths at each moment. */
import { expect } from '@open-wc/testing';
import {
  THIN_ARC_PX,
  domainOf,
  sunburstGeometry,
  viewArcs,
} from '../../src/components/summary-sunburst/sunburst-geometry.js';
import { layoutSunburst } from '../../src/components/summary-sunburst/sunburst-layout.js';
import {
  HIDDEN_ARC_PX,
  easeCubicInOut,
  interpolateDomain,
  zoomTween,
} from '../../src/components/summary-sunburst/sunburst-tween.js';
import { TAU, byType, referenceLayout } from './layouts.js';
import { node } from './trees.js';

describe('sunburst zoom tween', () => {
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
});
