/**
 * The sunburst's zoom, pure and DOM-free: drilling animates by interpolating the view's domain,
 * as in the zoomable sunburst. The arcs drawn during a zoom are fixed when it starts
 * ({@link zoomTween}: the target view's arcs and those only the start view has), and each frame
 * only recomputes their path data: never the layout, never the view's pruning and grouping.
 * A frame is linear in the number of arcs it draws.
 */
import {
  arcData,
  ringRadii,
  viewAngle,
  type ArcView,
  type SunburstGeometry,
  type ViewDomain,
} from './sunburst-geometry.js';

/** Mid-zoom, arcs shorter or thinner than this many pixels are not drawn. */
export const HIDDEN_ARC_PX = 0.5;

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
