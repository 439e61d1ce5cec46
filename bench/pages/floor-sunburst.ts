/**
 * The floor: the least a D3 sunburst of the same payload can do. d3-hierarchy partition,
 * d3-shape arc, one plain-DOM <path> per node, no labels, no interaction.
 */
import { hierarchy, partition } from 'd3-hierarchy';
import { arc } from 'd3-shape';
import type { Breakdown, SummaryResponse } from '../../src/api/wire.js';

const SVG = 'http://www.w3.org/2000/svg';

interface Node {
  breakdowns?: Breakdown[] | null;
  breakdownAmount?: Breakdown['breakdownAmount'];
}

export function renderFloor(container: Element, response: SummaryResponse, size = 480): void {
  const summary = response.summaries?.[0] ?? {};
  const root = hierarchy<Node>(summary, (node) => node.breakdowns ?? null).sum((node) =>
    node.breakdowns?.length ? 0 : Math.abs(Number(node.breakdownAmount?.currencyAmount ?? 0)),
  );
  const radius = size / 2;
  const layout = partition<Node>().size([2 * Math.PI, radius])(root);
  const shape = arc<typeof layout>()
    .startAngle((d) => d.x0)
    .endAngle((d) => d.x1)
    .innerRadius((d) => d.y0)
    .outerRadius((d) => d.y1);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `${-radius} ${-radius} ${size} ${size}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  for (const node of layout.descendants()) {
    if (node.depth === 0) continue;
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', shape(node) ?? '');
    const negative = Number(node.data.breakdownAmount?.currencyAmount ?? 0) < 0;
    path.setAttribute('fill', negative ? '#c0392b' : '#2e86c1');
    path.setAttribute('stroke', '#fff');
    svg.append(path);
  }
  container.append(svg);
}
