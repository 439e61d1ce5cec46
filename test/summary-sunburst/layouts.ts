/** Helpers for the layout, geometry and tween tests: the reference layout and exact checks. */
import { expect } from '@open-wc/testing';
import type { BreakdownNode } from '../../src/api/model.js';
import { normaliseSummary } from '../../src/api/normalise-summary.js';
import { breakdownLabel } from '../../src/components/summary-sunburst/sunburst-labels.js';
import {
  layoutSunburst,
  type SunburstLayout,
  type SunburstNode,
} from '../../src/components/summary-sunburst/sunburst-layout.js';
import { ENGLISH } from '../../src/l10n/runtime.js';
import { referenceSummary } from '../fixtures/summary-reference.js';

export const TAU = 2 * Math.PI;
export const EPS = 1e-9;

export const englishLabel = (node: BreakdownNode) => breakdownLabel(node, ENGLISH);

export function byType(layout: SunburstLayout, type: string): SunburstNode {
  const found = layout.nodes.find((n) => n.type === type);
  if (!found) throw new Error(`no node ${type}`);
  return found;
}

export function expectAngles(n: SunburstNode, x0: number, x1: number) {
  expect(n.x0, `${n.type} x0`).to.be.closeTo(x0, EPS);
  expect(n.x1, `${n.type} x1`).to.be.closeTo(x1, EPS);
}

export function referenceLayout() {
  const model = normaliseSummary(referenceSummary);
  return layoutSunburst(model.breakdowns, { name: englishLabel, net: model.net });
}
