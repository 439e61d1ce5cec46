/**
 * The sunburst's partition, pure and DOM-free: breakdowns → d3-hierarchy `hierarchy` →
 * `partition` (angles in radians, L1 the inner ring, deeper breakdowns outward). What one view
 * draws of it is `sunburst-geometry.ts`; a zoom between views is `sunburst-tween.ts`; fitting
 * labels into arcs is `sunburst-fit.ts`.
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
 * Zero amounts get zero angle: they produce no arc (and no NaN) and stay in the table. An amount
 * no money can be (`1e400`, see `InvalidAmount`) counts as no amount: it is never an arc size
 * nor part of the gross (the node's breakdowns, if any, still are), and the node carries it to
 * be shown in words.
 * Siblings are ordered largest first, except the L1 ring, which keeps the API's order (the
 * taxonomy lists earnings first, then charges and deductions, so money in and out read apart).
 *
 * ## Depth
 * Every node the model holds is laid out, down to `MAX_BREAKDOWN_DEPTH` levels (the normaliser's
 * bound). A node whose breakdowns lie deeper keeps their count in `deeperLevels`, which the
 * element states in words: nothing is cut silently.
 *
 * ## Complexity
 * `layoutSunburst` is linear in the number of nodes (plus the sibling sort).
 */
import { hierarchy, partition, type HierarchyRectangularNode } from 'd3-hierarchy';
import type { BreakdownNode } from '../../api/model.js';
import { levelsBelow, MAX_BREAKDOWN_DEPTH } from '../../api/normalise-common.js';
import { Decimal } from '../../money/decimal.js';
import type { InvalidAmount, Money } from '../../money/money.js';
import { familySlots, signOf, type Sign } from './sunburst-scheme.js';

const TAU = 2 * Math.PI;

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
  /** Set instead of `money` when the API sent an amount no money can be. */
  readonly invalid: InvalidAmount | undefined;
  /** The root's net when the API sent it without a currency; never on a breakdown. */
  readonly bare: Decimal | undefined;
  /** Levels of breakdowns below this node that are not in the model (0: none). */
  readonly deeperLevels: number;
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
  /** The summary's net amount when it is no money (`SummaryModel.invalidNet`). */
  invalidNet?: InvalidAmount;
  /** The summary's net amount when it came without a currency (`SummaryModel.bareNet`). */
  bareNet?: Decimal;
  /** The name of the centre (default "Summary"). */
  rootName?: string;
}

interface Datum {
  readonly breakdown: BreakdownNode | undefined;
  readonly children: Datum[];
  /** Levels below this node left out of the layout (see "Depth"). */
  readonly deeperLevels: number;
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
    const node = new LayoutNode(id, h, parent, family, naming, options);
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
  readonly invalid: InvalidAmount | undefined;
  readonly bare: Decimal | undefined;
  readonly deeperLevels: number;
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
    options: Pick<LayoutOptions, 'net' | 'invalidNet' | 'bareNet'>,
  ) {
    const b = h.data.breakdown;
    this.depth = h.depth;
    this.type = b?.type ?? '';
    this.rawType = b?.rawType ?? '';
    this.money = b ? b.money : options.net;
    this.invalid = b ? b.invalidAmount : options.invalidNet;
    this.bare = b ? undefined : options.bareNet;
    this.deeperLevels = h.data.deeperLevels;
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
  // The normaliser reads no deeper than this; a model made by hand is held to the same bound.
  const deepest = depth >= MAX_BREAKDOWN_DEPTH;
  const kids = deepest ? [] : children.map((c) => toDatum(c, c.children, depth + 1));
  const deeperLevels =
    (breakdown?.deeperLevels ?? 0) + (deepest ? levelsBelow(children, (c) => c.children) : 0);
  const own = breakdown?.money?.amount.abs();
  const extent = own ?? kids.reduce((sum, k) => sum.plus(k.extent), new Decimal(0));
  return {
    breakdown,
    children: kids,
    deeperLevels,
    extent,
    size: toWeight(extent),
    filler: 0,
  };
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

/** Whether drilling into `node` shows anything: it has a breakdown with an angle. */
export function hasBreakdown(node: SunburstNode): boolean {
  return node.children.some((child) => child.x1 > child.x0);
}
