/**
 * The sunburst's derived state, pure: which summary is selected, the chart in view (its layout
 * and the node drilled into) and the arcs in view. The element computes each in `willUpdate`
 * from its properties and the previous value, and `render()` only reads them.
 *
 * Each function returns its `previous` value itself when nothing it depends on changed, so
 * `guard()`s in the template and the caches keyed on these objects hold: hovering re-renders
 * the tooltip, not the arcs, and a new locale keeps the view where it was.
 *
 * @example
 * ```ts
 * const selection = selectSummary(data, selectedKey, textKey, this.selection, optionsFor);
 * const chart = chartInView(selection.model, textKey, focusId, this.chart, layoutFor);
 * const view = arcsInView(chart, size, activeId, this.view);
 * ```
 */
import type { SummaryModel } from '../../api/model.js';
import {
  domainOf,
  sunburstGeometry,
  viewArcs,
  type ArcView,
  type SunburstGeometry,
  type ViewDomain,
} from './sunburst-geometry.js';
import type { SunburstLayout, SunburstNode } from './sunburst-layout.js';
import { defaultOptionKey, resolveOption, type SummaryOptionGroup } from './summary-selection.js';

/** The summaries loaded, the options offered for them, and the one shown. */
export interface Selection {
  readonly data: readonly SummaryModel[];
  /** The words the option labels are in (`textKey`). */
  readonly textKey: string;
  readonly groups: readonly SummaryOptionGroup[];
  readonly key: string | undefined;
  readonly model: SummaryModel | undefined;
}

/**
 * The selection for `wantedKey` (the person's choice), falling back to the first option when it
 * is not among them. The options are made by `options` only for new data or new words; a
 * choice among the same data resolves again only when it changes.
 */
export function selectSummary(
  data: readonly SummaryModel[],
  wantedKey: string | undefined,
  textKey: string,
  previous: Selection | undefined,
  options: (data: readonly SummaryModel[]) => readonly SummaryOptionGroup[],
): Selection {
  const sameData = previous !== undefined && previous.data === data;
  const groups = sameData && previous.textKey === textKey ? previous.groups : options(data);
  const known = groups.some((g) => g.options.some((o) => o.key === wantedKey));
  const key = known ? wantedKey : defaultOptionKey(groups);
  if (sameData && previous.key === key) {
    return previous.textKey === textKey ? previous : { ...previous, textKey, groups };
  }
  return { data, textKey, groups, key, model: resolveOption(groups, key) };
}

/** One summary's chart: its layout in some words, and the node drilled into. */
export interface ChartView {
  readonly model: SummaryModel;
  /** The words the layout's names are in (`textKey`). */
  readonly textKey: string;
  readonly layout: SunburstLayout;
  /** The node drilled into: the centre of the view. */
  readonly focus: SunburstNode;
  /** The view of `focus`. */
  readonly domain: ViewDomain;
}

/**
 * The chart of `model` drilled into the node `focusId`. The layout is made by `layout` only for
 * a new summary or new words; the same summary in new words keeps its focus (node ids and angles
 * are the same), and a new summary starts at its root whatever `focusId` says.
 */
export function chartInView(
  model: SummaryModel,
  textKey: string,
  focusId: string | undefined,
  previous: ChartView | undefined,
  layout: (model: SummaryModel) => SunburstLayout,
): ChartView {
  const sameModel = previous?.model === model;
  const sameWords = sameModel && previous.textKey === textKey;
  if (sameWords && previous.focus.id === (focusId ?? previous.layout.root.id)) return previous;
  const laidOut = sameWords ? previous.layout : layout(model);
  const focus = (sameModel && focusId !== undefined && laidOut.byId.get(focusId)) || laidOut.root;
  return { model, textKey, layout: laidOut, focus, domain: domainOf(focus) };
}

/** The arcs one view draws at one size, and the arc in the Tab order among them. */
export interface ArcsView {
  readonly layout: SunburstLayout;
  readonly domain: ViewDomain;
  readonly size: number;
  readonly geometry: SunburstGeometry;
  readonly arcs: readonly ArcView[];
  /**
   * The arc that takes Tab (roving tabindex): the one asked for when it is in view, else the
   * first arc of the centre's ring, else the first arc; `undefined` with no arcs.
   */
  readonly activeId: string | undefined;
}

/**
 * The arcs of `chart`'s view in a square of `size` pixels, the arc `activeId` always drawn (never
 * grouped) when in range. Recomputed only when the view, the size or the active arc changes.
 */
export function arcsInView(
  chart: ChartView,
  size: number,
  activeId: string | undefined,
  previous: ArcsView | undefined,
): ArcsView {
  if (
    previous &&
    previous.layout === chart.layout &&
    previous.domain === chart.domain &&
    previous.size === size &&
    previous.activeId === activeId
  ) {
    return previous;
  }
  const geometry = sunburstGeometry(size, chart.layout.height);
  const pinned = new Set<string>(activeId ? [activeId] : []);
  const arcs = viewArcs(chart.layout, chart.domain, geometry, { pinned });
  const active = arcs.some((a) => a.id === activeId)
    ? activeId
    : (arcs.find((a) => a.parent === chart.focus) ?? arcs[0])?.id;
  return { layout: chart.layout, domain: chart.domain, size, geometry, arcs, activeId: active };
}
