/**
 * The sunburst's geometry, pure and DOM-free: breakdowns → d3-hierarchy `hierarchy` →
 * `partition` (angles in radians, L1 the inner ring, deeper breakdowns outward) → the arcs of one
 * view as d3-shape `arc` path strings.
 *
 * ## Sizes
 * An arc's size is the **absolute** amount: money in and money out both take room, and the sign
 * is drawn as a pattern (see `sunburst-scheme.ts`). Amounts stay exact decimals on the nodes; only
 * the arc weight is a JS number.
 *
 * The API's parent amounts need not equal the total of their children (Amazon's own sandbox sends
 * "Sales" 8,000 with one child "Product Charges" 9,000), and a signed total is smaller than the
 * total of its parts' absolute values (sales 120 and refunds −20 make earnings 100). Labels always
 * show the API's own amount. For the angles, every node has an *extent*: its absolute amount (or,
 * without an amount, its children's extents added up), and
 *
 * - the L1 ring shares the circle by the L1 extents (their total is the **gross**);
 * - a parent's children share the parent's angle by their extents, scaled by
 *   `max(parent extent, total of the children's extents)`. When the children add up to more
 *   than the parent they are scaled down to fit inside it; when they add up to less, they keep
 *   their true proportion of the parent and the rest of its angle is left empty (a filler, drawn
 *   as a gap). Nothing ever overflows its parent, and the inner rings are never distorted by
 *   the outer ones.
 *
 * Zero amounts get zero angle: they produce no arc (and no NaN) and stay in the table.
 * Siblings are ordered largest first, except the L1 ring, which keeps the API's order (the
 * taxonomy lists earnings first, then charges and deductions, so money in and out read apart).
 *
 * ## Views
 * A view is a zoom: an angular domain (`x0`–`x1`, which becomes the full circle) and the depth
 * of the node drilled into (its children form the first ring). Drilling animates by
 * interpolating the domain, as in the zoomable sunburst. The arcs drawn during a zoom are fixed
 * when it starts ({@link zoomTween}: the target view's arcs and those only the start view has),
 * and each frame only recomputes their path data: never the layout, never the view's pruning
 * and grouping.
 *
 * Arcs thinner than {@link THIN_ARC_PX} at their ring are grouped: a trailing run of two or more
 * thin siblings becomes one "Other (n)" arc, so the chart stays legible and cheap with thousands
 * of nodes; their detail stays in the table.
 *
 * ## Complexity
 * `layoutSunburst` is linear in the number of nodes (plus the sibling sort); `viewArcs` is linear
 * in the number of arcs in view, and a zoom frame in the number of arcs it draws. Both are bounded
 * by the drawing, not the tree: an arc is drawn only when it is at least {@link THIN_ARC_PX} long
 * or is the one "Other (n)" group (or lone thin arc) among its siblings, so each ring holds at
 * most its length ÷ `THIN_ARC_PX` arcs plus two per parent in the ring inside it.
 */
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import { arc } from 'd3-shape';
import type { BreakdownNode } from '../../api/model.js';
import { Decimal } from '../../money/decimal.js';
import type { Money } from '../../money/money.js';
import { familySlots, signOf, type Sign } from './sunburst-scheme.js';

const TAU = 2 * Math.PI;

/** Arcs whose length at the middle of their ring is below this many pixels are "thin". */
export const THIN_ARC_PX = 1.5;
/** Mid-zoom, arcs shorter or thinner than this many pixels are not drawn. */
export const HIDDEN_ARC_PX = 0.5;
/** A label needs this much arc length (pixels at mid-ring) across the text's line. */
export const LABEL_MIN_ARC_PX = 12;
/** Average advance of a label character (10px system font), for fitting labels along a ring. */
export const LABEL_CHAR_PX = 6;
/** Labels shorter than this many characters are not worth drawing. */
export const LABEL_MIN_CHARS = 4;
/** At most this many rings are shown at once; drilling in reveals deeper ones. */
export const MAX_RINGS = 3;

export interface SunburstNode {
  /** `root`, or `n1`, `n2`… in layout order. */
  readonly id: string;
  /** 0 for the summary (the centre), 1 for L1 categories, and so on. */
  readonly depth: number;
  readonly parent: SunburstNode | undefined;
  readonly children: readonly SunburstNode[];
  /** What a person reads. */
  readonly name: string;
  /** Canonical breakdown type (`EARNINGS`), or the type as sent. */
  readonly type: string;
  readonly rawType: string;
  /** Breakdown types from the L1 category down to this node; `[]` for the root. */
  readonly path: readonly string[];
  /** The API's own signed amount for this node (the summary's net amount for the root). */
  readonly money: Money | undefined;
  readonly sign: Sign;
  /** Colour slot of the L1 family (0-based); -1 for the root. */
  readonly family: number;
  /** The arc weight: the node's share of the circle in gross units (a JS number). */
  readonly weight: number;
  /** Start and end angle in radians, clockwise from 12 o'clock, when fully zoomed out. */
  readonly x0: number;
  readonly x1: number;
  /** |amount| ÷ the parent's extent (the gross for an L1 node); absent without an amount. */
  readonly shareOfParent: Decimal | undefined;
  /** |amount| ÷ the gross (the total of the absolute L1 amounts); absent without an amount. */
  readonly shareOfGross: Decimal | undefined;
}

export interface SunburstLayout {
  readonly root: SunburstNode;
  /** Every node but the root, parents before children, in angular order. */
  readonly nodes: readonly SunburstNode[];
  readonly byId: ReadonlyMap<string, SunburstNode>;
  /** The deepest level (1 when there are only L1 categories, 0 when there are none). */
  readonly height: number;
  /** The total of the absolute L1 amounts; absent when no L1 has an amount. */
  readonly gross: Money | undefined;
}

export interface LayoutOptions {
  /** What a person reads for a breakdown (default: its type as sent). */
  name?: (node: BreakdownNode) => string;
  /** The summary's net amount, carried on the root. */
  net?: Money;
  /** The name of the centre (default "Summary"). */
  rootName?: string;
}

interface Datum {
  readonly breakdown: BreakdownNode | undefined;
  readonly children: Datum[];
  /** |amount|, or the children's extents added up when there is no amount (exact). */
  readonly extent: Decimal;
  /** `extent` as an arc weight (a JS number), converted once. */
  readonly size: number;
  /** `extent` at the precision shares are divided to, converted once when first needed. */
  shareExtent?: Decimal;
  /** The weight this node's own angle takes beyond its children's (the gap), set top-down. */
  filler: number;
}

/** Lays the breakdowns out once; zooming and hovering never lay out again. */
export function layoutSunburst(
  breakdowns: readonly BreakdownNode[],
  options: LayoutOptions = {},
): SunburstLayout {
  const name = options.name ?? ((node: BreakdownNode) => node.rawType || node.type);
  const rootDatum = toDatum(undefined, breakdowns, 0);
  assignFillers(rootDatum, rootDatum.size);

  const tree = hierarchy(rootDatum, (d) => d.children)
    .sum((d) => d.filler)
    // The L1 ring keeps the API's order; deeper rings put the largest first (a stable sort).
    .sort((a, b) => (a.depth === 1 ? 0 : (b.value ?? 0) - (a.value ?? 0)));
  const laidOut = partition<Datum>().size([TAU, tree.height + 1])(tree);

  const gross = grossMoney(breakdowns, rootDatum.extent);
  const slots = familySlots((laidOut.children ?? []).map((c) => c.data.breakdown?.type ?? ''));
  const nodes: SunburstNode[] = [];
  const byId = new Map<string, SunburstNode>();
  const naming: Naming = { name, rootName: options.rootName ?? 'Summary', root: rootDatum };

  const build = (
    h: HierarchyRectangularNode<Datum>,
    parent: LayoutNode | undefined,
    family: number,
  ): LayoutNode => {
    const id = parent ? `n${nodes.length + 1}` : 'root';
    const node = new LayoutNode(id, h, parent, family, naming, options.net);
    if (parent) nodes.push(node);
    byId.set(id, node);
    h.children?.forEach((child, i) => {
      node.children.push(build(child, node, parent ? family : (slots[i] ?? 0)));
    });
    return node;
  };
  const root = build(laidOut, undefined, -1);

  return { root, nodes, byId, height: laidOut.height, gross };
}

interface Naming {
  readonly name: (node: BreakdownNode) => string;
  readonly rootName: string;
  /** The root's datum: what shares of gross divide by. */
  readonly root: Datum;
}

/**
 * A laid-out node. Angles, weight and sign are set at once (every view needs them); the name,
 * the path and the two exact shares are made the first time they are read, because a chart of
 * thousands of nodes draws a few hundred arcs and its table fills in after the first paint.
 */
class LayoutNode implements SunburstNode {
  readonly depth: number;
  readonly children: SunburstNode[] = [];
  readonly type: string;
  readonly rawType: string;
  readonly money: Money | undefined;
  readonly sign: Sign;
  readonly weight: number;
  readonly x0: number;
  readonly x1: number;
  #name: string | undefined;
  #path: readonly string[] | undefined;
  #shares: [Decimal | undefined, Decimal | undefined] | undefined;

  constructor(
    readonly id: string,
    private readonly h: HierarchyRectangularNode<Datum>,
    readonly parent: LayoutNode | undefined,
    readonly family: number,
    private readonly naming: Naming,
    net: Money | undefined,
  ) {
    const b = h.data.breakdown;
    this.depth = h.depth;
    this.type = b?.type ?? '';
    this.rawType = b?.rawType ?? '';
    this.money = b ? b.money : net;
    this.sign = signOf(this.money);
    this.weight = h.value ?? 0;
    this.x0 = finite(h.x0);
    this.x1 = finite(h.x1);
  }

  get name(): string {
    const b = this.h.data.breakdown;
    return (this.#name ??= b ? this.naming.name(b) : this.naming.rootName);
  }

  get path(): readonly string[] {
    const b = this.h.data.breakdown;
    return (this.#path ??= this.parent && b ? [...this.parent.path, b.type] : []);
  }

  get shareOfParent(): Decimal | undefined {
    return this.shares()[0];
  }

  get shareOfGross(): Decimal | undefined {
    return this.shares()[1];
  }

  private shares(): [Decimal | undefined, Decimal | undefined] {
    if (!this.#shares) {
      const { data, parent } = this.h;
      this.#shares = data.breakdown?.money
        ? [share(data, parent?.data), share(data, this.naming.root)]
        : [undefined, undefined];
    }
    return this.#shares;
  }
}

function toDatum(
  breakdown: BreakdownNode | undefined,
  children: readonly BreakdownNode[],
  depth: number,
): Datum {
  // The normaliser already caps nesting; a host's own model is capped here too.
  const kids = depth > 64 ? [] : children.map((c) => toDatum(c, c.children, depth + 1));
  const own = breakdown?.money?.amount.abs();
  const extent = own ?? kids.reduce((sum, k) => sum.plus(k.extent), new Decimal(0));
  return { breakdown, children: kids, extent, size: toWeight(extent), filler: 0 };
}

/** Gives each node its weight top-down (see "Sizes") and keeps the gap as its filler. */
function assignFillers(datum: Datum, weight: number): void {
  const childTotal = datum.children.reduce((sum, c) => sum + c.size, 0);
  const capacity = Math.max(datum.size, childTotal);
  let given = 0;
  datum.children.forEach((child) => {
    const childWeight = capacity > 0 ? (weight * child.size) / capacity : 0;
    given += childWeight;
    assignFillers(child, childWeight);
  });
  datum.filler = Math.max(0, weight - given);
}

/** The only place an amount becomes a JS number: an arc weight. */
function toWeight(extent: Decimal): number {
  const value = Number(extent.toString());
  return Number.isFinite(value) ? Math.min(value, 1e300) : 1e300;
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * Shares are divided to 34 significant digits (decimal128's precision), not the 200 that amounts
 * carry: exact for every share that terminates, far finer than the 0.1 % a share is shown to,
 * and several times cheaper, which matters with two divisions per node.
 */
const ShareDecimal = Decimal.clone({ precision: 34 });

/** A node's |amount| ÷ the extent of `of`; the node has an amount, so its extent is |amount|. */
function share(datum: Datum, of: Datum | undefined): Decimal | undefined {
  if (!of || of.extent.isZero()) return undefined;
  datum.shareExtent ??= new ShareDecimal(datum.extent);
  return datum.shareExtent.dividedBy(of.extent);
}

function grossMoney(breakdowns: readonly BreakdownNode[], extent: Decimal): Money | undefined {
  const currency = findCurrency(breakdowns);
  return currency ? { amount: extent, currency } : undefined;
}

function findCurrency(nodes: readonly BreakdownNode[]): string | undefined {
  for (const node of nodes) {
    const found = node.money?.currency ?? findCurrency(node.children);
    if (found) return found;
  }
  return undefined;
}

// ---- Views ----

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

/** Linear interpolation between two views; `t` in [0, 1]. */
export function interpolateDomain(from: ViewDomain, to: ViewDomain): (t: number) => ViewDomain {
  return (t) => ({
    x0: from.x0 + (to.x0 - from.x0) * t,
    x1: from.x1 + (to.x1 - from.x1) * t,
    depth: from.depth + (to.depth - from.depth) * t,
  });
}

/** Cubic ease-in-out, for the zoom. */
export function easeCubicInOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
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
function viewAngle(x: number, domain: ViewDomain, width: number): number {
  return Math.min(1, Math.max(0, (x - domain.x0) / width)) * TAU;
}

/**
 * The inner and outer radius of the ring holding nodes `depth` deep, in a view: fractional
 * mid-zoom, and clamped between the centre disc and the outer edge (a ring zoomed past either
 * has no width).
 */
function ringRadii(
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
function arcData(startAngle: number, endAngle: number, innerRadius: number, outerRadius: number) {
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

/** The arcs a zoom draws, and their path data at each moment of it. */
export interface ZoomTween {
  /**
   * The target view's arcs in its order (so the last frame needs no reordering), then the arcs
   * only the start view has (they shrink away or slide out of the rings). An arc in both views
   * is drawn once, as the target view has it (an "Other (n)" group may hold fewer members
   * there).
   */
  readonly arcs: readonly ArcView[];
  /**
   * Each arc's path data at eased progress `t`: at 0 as the start view drew it, at 1 exactly as
   * the target view draws it (`arc.d`), and in between empty for an arc shorter or thinner than
   * {@link HIDDEN_ARC_PX}. Linear in the number of arcs; no layout, no pruning.
   */
  paths(t: number): string[];
}

/**
 * A zoom from one view to another: the arcs are fixed when the zoom starts, so no frame creates
 * or removes an element, and at most `from.arcs.length + to.arcs.length` arcs move.
 */
export function zoomTween(
  from: { readonly domain: ViewDomain; readonly arcs: readonly ArcView[] },
  to: { readonly domain: ViewDomain; readonly arcs: readonly ArcView[] },
  geometry: SunburstGeometry,
): ZoomTween {
  const targetIds = new Set(to.arcs.map((a) => a.id));
  const arcs = [...to.arcs, ...from.arcs.filter((a) => !targetIds.has(a.id))];
  // Where each arc lies in the layout: its angles when zoomed out, and its ring's depth.
  const spans = arcs.map((a) => ({
    x0: a.members[0]?.x0 ?? a.node.x0,
    x1: a.members[a.members.length - 1]?.x1 ?? a.node.x1,
    depth: a.parent.depth + 1,
  }));
  const at = interpolateDomain(from.domain, to.domain);
  return {
    arcs,
    paths(t) {
      const domain = t >= 1 ? to.domain : t <= 0 ? from.domain : at(t);
      const width = domain.x1 - domain.x0;
      if (!(width > 0) || !Number.isFinite(width) || geometry.radius <= 0) {
        return arcs.map(() => '');
      }
      const ends = t <= 0 || t >= 1;
      return spans.map(({ x0, x1, depth }) => {
        const [innerRadius, outerRadius] = ringRadii(depth, domain, geometry);
        const startAngle = viewAngle(x0, domain, width);
        const endAngle = viewAngle(x1, domain, width);
        // Mid-zoom, an arc too small to see is not drawn at all (nothing to paint or restyle).
        const length = ((endAngle - startAngle) * (innerRadius + outerRadius)) / 2;
        if (!ends && (length < HIDDEN_ARC_PX || outerRadius - innerRadius < HIDDEN_ARC_PX)) {
          return '';
        }
        return arcData(startAngle, endAngle, innerRadius, outerRadius);
      });
    },
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Glyphs about twice as wide as a Latin letter (Han, kana, Hangul, full-width forms): a Japanese
 * label fits in half the characters.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

const glyphWidth = (glyph: string) => (WIDE.test(glyph) ? 2 : 1);

/** How many Latin letters' width `text` takes. */
function labelWidth(text: string): number {
  let width = 0;
  for (const glyph of text) width += glyphWidth(glyph);
  return width;
}

/** `text`, shortened with an ellipsis to at most `chars` characters (a wide glyph counts two). */
export function fitLabel(text: string, chars: number): string {
  if (chars <= 0) return '';
  if (labelWidth(text) <= chars) return text;
  const budget = Math.max(1, chars - 1);
  let kept = '';
  let width = 0;
  for (const glyph of text) {
    width += glyphWidth(glyph);
    if (width > budget && kept !== '') break;
    kept += glyph;
  }
  return `${kept}…`;
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of at most `chars` characters (a wide
 * glyph counts two); a word longer than a line is cut, and what does not fit ends in an ellipsis.
 */
export function wrapLabel(text: string, chars: number, maxLines: number): string[] {
  if (chars <= 0 || maxLines <= 0) return [];
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (labelWidth(candidate) <= chars) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      const last = lines.pop()!;
      return [...lines, fitLabel(`${last} ${words.slice(i).join(' ')}`, chars)];
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => fitLabel(line, chars));
}

/** A keyboard move between the arcs of a view. */
export type ArcMove = 'next' | 'previous' | 'first' | 'last' | 'parent' | 'child';

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
