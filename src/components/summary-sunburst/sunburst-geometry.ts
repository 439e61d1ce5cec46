/**
 * What one view of the sunburst draws, pure and DOM-free: a view is a zoom, an angular domain
 * (`x0`–`x1`, which becomes the full circle) and the depth of the node drilled into (its
 * children form the first ring); its arcs are d3-shape `arc` path strings.
 *
 * Arcs thinner than {@link THIN_ARC_PX} at their ring are grouped: a trailing run of two or more
 * thin siblings becomes one "Other (n)" arc, so the chart stays legible and cheap with thousands
 * of nodes; their detail stays in the table.
 *
 * ## Complexity
 * `viewArcs` is linear in the number of arcs in view, bounded by the drawing, not the tree: an
 * arc is drawn only when it is at least {@link THIN_ARC_PX} long or is the one "Other (n)" group
 * (or lone thin arc) among its siblings, so each ring holds at most its length ÷ `THIN_ARC_PX`
 * arcs plus two per parent in the ring inside it.
 */
import { arc } from 'd3-shape';
import type { SunburstLayout, SunburstNode } from './sunburst-layout.js';

const TAU = 2 * Math.PI;

/** Arcs whose length at the middle of their ring is below this many pixels are "thin". */
export const THIN_ARC_PX = 1.5;
/** A label needs this much arc length (pixels at mid-ring) across the text's line. */
export const LABEL_MIN_ARC_PX = 12;
/** Average advance of a label character (10px system font), for fitting labels along a ring. */
export const LABEL_CHAR_PX = 6;
/** Labels shorter than this many characters are not worth drawing. */
export const LABEL_MIN_CHARS = 4;
/** At most this many rings are shown at once; drilling in reveals deeper ones. */
export const MAX_RINGS = 3;

/** What is in view: the angles that fill the circle, and the depth of the centre node. */
export interface ViewDomain {
  readonly x0: number;
  readonly x1: number;
  readonly depth: number;
}

/** The view that shows `node` in the centre and its children as the first ring. */
export function domainOf(node: Pick<SunburstNode, 'x0' | 'x1' | 'depth'>): ViewDomain {
  return { x0: node.x0, x1: node.x1, depth: node.depth };
}

export interface SunburstGeometry {
  /** Width and height of the square drawing, in pixels (and viewBox units). */
  readonly size: number;
  /** Outer radius of the outermost ring. */
  readonly radius: number;
  /** Radius of the centre disc (the net amount, and the drill-out target). */
  readonly centreRadius: number;
  readonly ringWidth: number;
  /** How many rings are shown at once. */
  readonly rings: number;
}

/** Rings and centre for a square of `size` pixels showing a tree `height` levels deep. */
export function sunburstGeometry(size: number, height: number): SunburstGeometry {
  const safeSize = Number.isFinite(size) && size > 0 ? size : 0;
  const rings = Math.max(1, Math.min(height, MAX_RINGS));
  const radius = Math.max(0, safeSize / 2 - 2);
  const centreRadius = radius * (rings === 1 ? 0.55 : rings === 2 ? 0.45 : 0.38);
  const ringWidth = (radius - centreRadius) / rings;
  return { size: safeSize, radius, centreRadius, ringWidth, rings };
}

export interface ArcView {
  /** A node's arc, or an "Other (n)" group of thin siblings. */
  readonly kind: 'node' | 'group';
  /** The node's id, or `<parent id>~other` for a group. */
  readonly id: string;
  /** The node drawn (for a group: its first member). */
  readonly node: SunburstNode;
  readonly parent: SunburstNode;
  /** The nodes drawn by this arc: the node itself, or the group's members. */
  readonly members: readonly SunburstNode[];
  /** Angles (radians, clockwise from 12 o'clock) and radii (pixels) as drawn. */
  readonly startAngle: number;
  readonly endAngle: number;
  readonly innerRadius: number;
  readonly outerRadius: number;
  /** SVG path data, centred on (0, 0). */
  readonly d: string;
  /** The arc's middle, for a tooltip. */
  readonly centroid: readonly [number, number];
  /** How many label characters fit along the ring (0: no label). */
  readonly labelChars: number;
  /** `transform` for a label centred in the arc, reading outward and never upside down. */
  readonly labelTransform: string;
}

export interface ViewOptions {
  /** Ids always drawn when in range, never grouped (the arc that has keyboard focus). */
  pinned?: ReadonlySet<string>;
}

interface ArcDatum {
  innerRadius: number;
  outerRadius: number;
  startAngle: number;
  endAngle: number;
  padAngle: number;
}

const arcPath = arc<ArcDatum>();

/** An angle of the layout (radians when zoomed out) as drawn in a view, clamped to the circle. */
export function viewAngle(x: number, domain: ViewDomain, width: number): number {
  return Math.min(1, Math.max(0, (x - domain.x0) / width)) * TAU;
}

/**
 * The inner and outer radius of the ring holding nodes `depth` deep, in a view: fractional
 * mid-zoom, and clamped between the centre disc and the outer edge (a ring zoomed past either
 * has no width).
 */
export function ringRadii(
  depth: number,
  domain: ViewDomain,
  geometry: SunburstGeometry,
): [number, number] {
  const { centreRadius, ringWidth, radius } = geometry;
  const clamp = (r: number) => Math.min(radius, Math.max(centreRadius, r));
  // Counted from the centre: 1 is the first ring.
  const ring = depth - domain.depth;
  return [clamp(centreRadius + (ring - 1) * ringWidth), clamp(centreRadius + ring * ringWidth)];
}

/** SVG path data for an arc, about half a pixel apart from its neighbours. */
export function arcData(
  startAngle: number,
  endAngle: number,
  innerRadius: number,
  outerRadius: number,
) {
  const span = endAngle - startAngle;
  return (
    arcPath({
      innerRadius,
      outerRadius,
      startAngle,
      endAngle,
      // Never more than a quarter of a thin arc.
      padAngle: Math.min(span / 4, 0.003),
    }) ?? ''
  );
}

/**
 * The arcs of one view, parents before children, siblings in angular order. Only arcs inside the
 * domain and the visible rings are visited, so the cost follows what is drawn, not the tree.
 */
export function viewArcs(
  layout: SunburstLayout,
  domain: ViewDomain,
  geometry: SunburstGeometry,
  options: ViewOptions = {},
): ArcView[] {
  const out: ArcView[] = [];
  const width = domain.x1 - domain.x0;
  if (!(width > 0) || !Number.isFinite(width) || geometry.radius <= 0) return out;
  const pinned = options.pinned ?? new Set<string>();
  const { centreRadius, rings } = geometry;
  const angle = (x: number) => viewAngle(x, domain, width);

  const visit = (parent: SunburstNode) => {
    const children = parent.children;
    if (children.length === 0) return;
    // The children's ring, counted from the centre (1 = first ring); fractional mid-zoom.
    const ring = parent.depth + 1 - domain.depth;
    if (ring >= rings + 1) return;
    const [innerRadius, outerRadius] = ringRadii(parent.depth + 1, domain, geometry);
    const midRadius = (innerRadius + outerRadius) / 2 || centreRadius;
    const spans = children.map((c) => [angle(c.x0), angle(c.x1)] as const);
    const thin = (i: number) => {
      const [a0, a1] = spans[i]!;
      return a1 - a0 > 0 && (a1 - a0) * midRadius < THIN_ARC_PX && !pinned.has(children[i]!.id);
    };

    // A trailing run of thin siblings (zero-angle ones don't count) becomes one group.
    let end = children.length;
    while (end > 0 && spans[end - 1]![1] - spans[end - 1]![0] <= 0) end--;
    let groupStart = end;
    while (groupStart > 0 && thin(groupStart - 1)) groupStart--;
    if (end - groupStart < 2) groupStart = end;

    const drawn = outerRadius > innerRadius;
    for (let i = 0; i < groupStart; i++) {
      const child = children[i]!;
      const [a0, a1] = spans[i]!;
      if (a1 - a0 <= 0 && !pinned.has(child.id)) continue;
      if (drawn || pinned.has(child.id)) {
        out.push(
          makeArc('node', child.id, child, parent, [child], a0, a1, innerRadius, outerRadius),
        );
      }
      if (a1 - a0 > 0 && ring < rings) visit(child);
    }
    if (groupStart < end && drawn) {
      const members = children.slice(groupStart, end);
      const a0 = spans[groupStart]![0];
      const a1 = spans[end - 1]![1];
      out.push(
        makeArc(
          'group',
          `${parent.id}~other`,
          members[0]!,
          parent,
          members,
          a0,
          a1,
          innerRadius,
          outerRadius,
        ),
      );
    }
  };
  visit(layout.root);
  return out;
}

function makeArc(
  kind: ArcView['kind'],
  id: string,
  node: SunburstNode,
  parent: SunburstNode,
  members: readonly SunburstNode[],
  startAngle: number,
  endAngle: number,
  innerRadius: number,
  outerRadius: number,
): ArcView {
  const span = endAngle - startAngle;
  const midAngle = (startAngle + endAngle) / 2;
  const midRadius = (innerRadius + outerRadius) / 2;
  const centroid: [number, number] = [
    Math.sin(midAngle) * midRadius,
    -Math.cos(midAngle) * midRadius,
  ];
  const degrees = (midAngle * 180) / Math.PI;
  const fitsAcross = span * midRadius >= LABEL_MIN_ARC_PX;
  const chars = Math.floor((outerRadius - innerRadius - 6) / LABEL_CHAR_PX);
  return {
    kind,
    id,
    node,
    parent,
    members,
    startAngle,
    endAngle,
    innerRadius,
    outerRadius,
    d: arcData(startAngle, endAngle, innerRadius, outerRadius),
    centroid,
    labelChars: fitsAcross && chars >= LABEL_MIN_CHARS ? chars : 0,
    labelTransform: `rotate(${round(degrees - 90)}) translate(${round(midRadius)},0) rotate(${
      degrees < 180 ? 0 : 180
    })`,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** A keyboard move between the arcs of a view. */
export type ArcMove = 'next' | 'previous' | 'first' | 'last' | 'parent' | 'child';

const ARC_MOVES: Readonly<Record<string, ArcMove>> = {
  ArrowRight: 'next',
  ArrowLeft: 'previous',
  ArrowDown: 'child',
  ArrowUp: 'parent',
  Home: 'first',
  End: 'last',
};

/**
 * The move a key (`KeyboardEvent.key`) makes: ←/→ around a ring, ↓ outward, ↑ inward, Home/End
 * to the ends; `undefined` for any other key.
 */
export function arcMoveOf(key: string): ArcMove | undefined {
  return ARC_MOVES[key];
}

/**
 * Where a keyboard move goes from the arc `fromId`: `next`/`previous` go round the siblings (and
 * wrap), `first`/`last` to the ends of the siblings, `parent` inward to the parent's arc,
 * `child` outward to the first child's arc. `undefined` when there is nowhere to go.
 */
export function moveAmongArcs(
  arcs: readonly ArcView[],
  fromId: string,
  move: ArcMove,
): string | undefined {
  const from = arcs.find((a) => a.id === fromId);
  if (!from) return arcs[0]?.id;
  if (move === 'parent') return arcs.find((a) => a.kind === 'node' && a.node === from.parent)?.id;
  if (move === 'child') {
    if (from.kind === 'group') return undefined;
    return arcs.find((a) => a.parent === from.node)?.id;
  }
  const siblings = arcs.filter((a) => a.parent === from.parent);
  const at = siblings.indexOf(from);
  const target =
    move === 'first'
      ? siblings[0]
      : move === 'last'
        ? siblings[siblings.length - 1]
        : siblings[(at + (move === 'next' ? 1 : -1) + siblings.length) % siblings.length];
  return target?.id;
}
