import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { marketplaceName } from '../../api/marketplaces.js';
import type { SummaryModel } from '../../api/model.js';
import { normaliseSummaries, withoutRepeats, withUniqueKeys } from '../../api/normalise-summary.js';
import { optional, splitList, type SummaryQuery } from '../../api/operations.js';
import '../../events/sp-segment-select.js';
import '../../events/sp-segment-select.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { baseStyles } from '../../internal/styles.js';
import { emptyTemplate } from '../../internal/templates.js';
import { listWords } from '../../l10n/enum-labels.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { msg, str } from '../../l10n/runtime.js';
import { formatMoney } from '../../money/format.js';
import { isNegative, totalsByCurrency, type Money } from '../../money/money.js';
import {
  accountLabel,
  defaultOptionKey,
  resolveOption,
  summaryOptions,
  type SummaryOptionGroup,
} from './summary-selection.js';
import { summarySunburstStyles } from './summary-sunburst.styles.js';
import { formatShare } from './summary-text.js';
import { formatDay, formatPeriod } from '../../l10n/dates.js';
import { breakdownLabel } from './sunburst-labels.js';
import {
  domainOf,
  easeCubicInOut,
  fitLabel,
  layoutSunburst,
  moveAmongArcs,
  sunburstGeometry,
  viewArcs,
  wrapLabel,
  zoomTween,
  type ArcMove,
  type ArcView,
  type SunburstGeometry,
  type SunburstLayout,
  type SunburstNode,
  type ViewDomain,
  type ZoomTween,
} from './sunburst-layout.js';
import { FAMILY_SLOTS } from './sunburst-scheme.js';

/** The drawing's side before the element has been measured, and its bounds. */
const DEFAULT_SIZE = 320;
const MIN_SIZE = 240;
const MAX_SIZE = 560;
/** The table rows' classes by depth (indentation), made once rather than per row. */
const ROW_CLASSES = ['', 'level-1', 'level-2', 'level-3', 'level-4', 'level-5'];
/** How long a drill's zoom takes (none under `prefers-reduced-motion`). */
const ZOOM_MS = 600;

/**
 * Table rows made with the chart; a bigger table fills in by this many rows per idle moment
 * after the chart has painted (all at once when a person shows it).
 */
const TABLE_CHUNK = 250;

interface ChartState {
  readonly model: SummaryModel;
  /** The words the layout's names are in (`textKey`). */
  readonly textKey: string;
  readonly layout: SunburstLayout;
  /** The node drilled into: the centre of the view. */
  focus: SunburstNode;
  /** The view of `focus` (a zoom to it may still be drawing its way there). */
  domain: ViewDomain;
}

/** What the table and the tooltips say about a node, formatted once per layout and locale. */
interface NodeText {
  /** The node's ancestors from its L1 category down, each followed by " › ": for screen readers. */
  readonly trail: string;
  /** The signed amount ("+$1.00", "-$2.00", "$0.00"); empty without an amount. */
  readonly amount: string;
  readonly negative: boolean;
  readonly shareOfParent: string;
  readonly shareOfGross: string;
}

/** How an arc is drawn: its classes (colour, ring shade, sign) and its hatch pattern. */
interface ArcLook {
  readonly classes: string;
  readonly fill: string | undefined;
}

/**
 * A running zoom. The view's own arcs are already in place (and focusable), hidden until it
 * ends; what moves is a layer of one path per look, each drawing every arc of that look.
 * A frame so sets a few dozen attributes whatever the number of arcs, and the browser restyles
 * and paints a few dozen paths.
 */
interface Zoom {
  readonly tween: ZoomTween;
  /** The layer's paths: a look, and the indices (in `tween.arcs`) of the arcs it draws. */
  readonly layers: readonly { readonly look: ArcLook; readonly arcs: readonly number[] }[];
  /** The path data each layer shows now. */
  drawn: string[];
  /** The layer's path elements, once rendered. */
  elements: SVGElement[] | undefined;
  readonly done: Promise<void>;
  readonly finish: () => void;
}

/** The rows a table body has for a layout (its words, in its locale), and more on their way. */
interface TableFill {
  readonly body: HTMLTableSectionElement;
  readonly layout: SunburstLayout;
  /** The layout's first `rows` nodes have their row. */
  rows: number;
  /** Cancels the idle callback that adds the next chunk. */
  pending?: () => void;
}

interface Selection {
  readonly data: SummaryModel[];
  /** The words the option labels are in (`textKey`). */
  readonly textKey: string;
  readonly groups: SummaryOptionGroup[];
  readonly key: string | undefined;
  readonly model: SummaryModel | undefined;
}

/**
 * Where an Amazon seller's money went: the financial summary
 * (`GET /finances/2024-06-19/summary`) as an accessible, zoomable D3 sunburst.
 *
 * The L1 categories of the Standardized Financial Summary Taxonomy form the inner ring and their
 * breakdowns the rings outside. An arc's angle is the absolute amount; a parent's label always
 * shows the API's own amount, even where its children add up differently (see
 * `sunburst-layout.ts` for how such a parent is laid out so nothing overflows it). The centre
 * shows the net amount (`amount`, or `netProceeds` in the published model) and the period or
 * settlement.
 *
 * **Colour scheme.** Arcs are coloured by their L1 family (Earnings, Amazon service charges and
 * fees, Deductions and withholdings and Others keep colours 1–4; other categories take the next
 * free colour) and drawn lighter in deeper rings. The sign is never colour alone: money out
 * (negative amounts) is hatched with diagonal lines, money in is solid, the legend says so, and
 * every tooltip, label for screen readers and table cell shows the signed amount.
 *
 * **Interaction.** Hovering or focusing an arc shows a tooltip: its name, signed amount, share of
 * its parent and share of the gross (the total of the absolute L1 amounts). Click or Enter drills
 * into an arc that has a breakdown, with an animated zoom (instant under
 * `prefers-reduced-motion`); the centre, Escape or the breadcrumb drills out. Each drill is
 * announced to screen readers and fires `sp-segment-select`. Very thin arcs are grouped as
 * "Other (n)"; activating that group shows the table, which always lists every node. A big
 * summary's chart is painted first and its table fills in during idle moments just after
 * (`aria-busy="true"` on the table's region until then; showing the table completes it).
 *
 * **Keyboard.** The chart is one Tab stop (roving tabindex). ←/→ move between the arcs of a ring
 * (around the parent, wrapping), ↓ moves outward to the first child, ↑ inward to the parent
 * (or to the centre when drilled in), Home/End to the first/last sibling; Enter or Space drills
 * in; Escape drills out.
 *
 * **Several summaries** (account types, marketplaces, pages — all pages are fetched) get a
 * selector grouped by currency, with an "All" option per currency; amounts in different
 * currencies are never added together.
 *
 * @tagname sp-summary-sunburst
 * @summary The financial summary's breakdowns as an accessible, zoomable sunburst.
 *
 * @fires sp-load - Summaries loaded; `detail` is the `SummaryModel[]` shown (one per summary).
 * @fires sp-error - The summary could not be loaded; `detail` is `{status, code, message, requestId}`.
 * @fires sp-segment-select - A drill into or out of a segment; `detail` is `{path, amount}`: the
 *   breakdown types from the L1 category down to the segment (`[]` at the centre) and its signed
 *   amount.
 *
 * @csspart base - The element's root.
 * @csspart toolbar - The row holding the selector and the breadcrumb.
 * @csspart selector - The summary selector (a labelled `<select>`), when there are several.
 * @csspart breadcrumb - The drill path.
 * @csspart chart - The chart area.
 * @csspart svg - The sunburst's `<svg>`.
 * @csspart centre - The centre disc (net amount; drills out when drilled in).
 * @csspart tooltip - The tooltip.
 * @csspart legend - The list of L1 categories.
 * @csspart key - The explanation of solid and hatched arcs.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table of every node.
 * @csspart skeleton - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The error state's Retry button.
 *
 * @cssprop --sp-sunburst-color-1 - Earnings (and the first other L1 family).
 * @cssprop --sp-sunburst-color-2 - Amazon service charges and fees.
 * @cssprop --sp-sunburst-color-3 - Deductions and withholdings.
 * @cssprop --sp-sunburst-color-4 - Others.
 * @cssprop --sp-sunburst-color-5 - Fifth L1 family.
 * @cssprop --sp-sunburst-color-6 - Sixth L1 family.
 * @cssprop --sp-sunburst-color-7 - Seventh L1 family.
 * @cssprop --sp-sunburst-color-8 - Eighth L1 family.
 * @cssprop --sp-sunburst-color-other - "Other (n)" groups of thin arcs.
 * @cssprop --sp-sunburst-hatch-color - The hatching of money-out arcs.
 */
export class SpSummarySunburst extends SpElement<SummaryQuery, SummaryModel[]> {
  static override styles = [baseStyles, summarySunburstStyles];

  /** Comma-separated marketplace ids; sent as `marketplaceIds`. */
  @property({ attribute: 'marketplace-ids' }) marketplaceIds: string | undefined;

  /** Start of the period, sent verbatim as `periodStart` (e.g. `2026-01-01T00:00:00Z`). */
  @property({ attribute: 'period-start' }) periodStart: string | undefined;

  /** End of the period, sent verbatim as `periodEnd`. */
  @property({ attribute: 'period-end' }) periodEnd: string | undefined;

  /**
   * A settlement id: sends `relatedIdentifierName=SETTLEMENT_ID` and
   * `relatedIdentifierValue=<id>` (point it at a payout's settlement).
   */
  @property({ attribute: 'settlement-id', reflect: true }) settlementId: string | undefined;

  @state() private selectedKey: string | undefined;
  @state() private tableVisible = false;
  @state() private announcement = '';
  @state() private hoverId: string | undefined;
  @state() private focusTipId: string | undefined;
  @state() private measuredWidth: number | undefined;

  private selection: Selection | undefined;
  private chart: ChartState | undefined;
  private arcs: ArcView[] = [];
  private geometry: SunburstGeometry = sunburstGeometry(DEFAULT_SIZE, 1);
  private view:
    | {
        layout: SunburstLayout;
        domain: ViewDomain;
        size: number;
        activeId: string | undefined;
        arcs: ArcView[];
      }
    | undefined;
  /** The arc in the Tab order (roving tabindex). */
  private activeId: string | undefined;
  /** Move DOM focus to the active arc after the next render. */
  private focusActive = false;
  private revealRowId: string | undefined;
  private frame: number | undefined;
  private zoom: Zoom | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** Screen-reader labels and names of arcs, per chart and words (made once per arc). */
  private labels:
    | { chart: ChartState; textKey: string; byId: Map<string, string>; names: Map<string, string> }
    | undefined;
  /** Nodes' table and tooltip text, per layout and locale, each made when first needed. */
  private texts:
    { layout: SunburstLayout; locale: string; byId: Map<string, NodeText> } | undefined;
  private tableFill: TableFill | undefined;

  // ---- Data ----

  protected query(): SummaryQuery {
    const settlement = optional(this.settlementId);
    return {
      marketplaceIds: splitList(this.marketplaceIds),
      periodStart: optional(this.periodStart),
      periodEnd: optional(this.periodEnd),
      relatedIdentifierName: settlement === undefined ? undefined : 'SETTLEMENT_ID',
      relatedIdentifierValue: settlement,
    };
  }

  protected async load(
    query: SummaryQuery,
    { source, signal, fresh, pages }: LoadContext,
  ): Promise<SummaryModel[]> {
    const pager = pages<SummaryModel>(async (nextToken, pageSignal) => {
      const response = await source.listSummary(
        nextToken === undefined ? query : { ...query, nextToken },
        { signal: pageSignal, fresh },
      );
      return { items: normaliseSummaries(response), nextToken: response?.nextToken };
    });
    // Summaries have no id: only an exact repeat (a page sent twice) is dropped.
    return withUniqueKeys(withoutRepeats(await pager.all(signal)));
  }

  protected isEmpty(data: SummaryModel[]): boolean {
    return data.length === 0;
  }

  protected override renderEmpty(): TemplateResult {
    const settlement = optional(this.settlementId);
    const start = optional(this.periodStart);
    const end = optional(this.periodEnd);
    const dates = this.dateContext(splitList(this.marketplaceIds));
    let title: string;
    if (settlement !== undefined) {
      title = msg(str`No financial summary for settlement ${settlement}`, {
        id: 'summary.empty.title.settlement',
      });
    } else if (start !== undefined && end !== undefined) {
      const period = formatPeriod(start, end, dates);
      title = msg(str`No financial summary for ${period}`, { id: 'summary.empty.title.period' });
    } else if (start !== undefined) {
      const from = formatDay(start, dates);
      title = msg(str`No financial summary from ${from}`, { id: 'summary.empty.title.from' });
    } else if (end !== undefined) {
      const until = formatDay(end, dates);
      title = msg(str`No financial summary until ${until}`, { id: 'summary.empty.title.until' });
    } else {
      title = msg('No financial summary', { id: 'summary.empty.title' });
    }
    const marketplaces = splitList(this.marketplaceIds)?.map((id) => marketplaceName(id) ?? id);
    const where = marketplaces?.join(', ');
    return emptyTemplate(
      title,
      where
        ? msg(str`Amazon returned no summary in ${where} for this request.`, {
            id: 'summary.empty.hint.where',
          })
        : msg('Amazon returned no summary for this request.', { id: 'summary.empty.hint' }),
    );
  }

  // ---- Lifecycle ----

  override connectedCallback(): void {
    super.connectedCallback();
    this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.finishZoom();
    this.tableFill?.pending?.();
    this.tableFill = undefined;
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  /** The container every state is drawn in (its `base` part): its content box is our width. */
  private get container(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part~="base"]') ?? null;
  }

  /** Follows the container's content box, once it is rendered. */
  private observeSize(): void {
    const container = this.container;
    if (!container || typeof ResizeObserver === 'undefined') return;
    this.resizeObserver ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const box = entry?.contentBoxSize?.[0];
      const width = Math.round(box ? box.inlineSize : (entry?.contentRect.width ?? 0));
      if (width <= 0 || width === this.measuredWidth) return;
      // Next frame: redrawing changes our height, which must not re-notify within this one.
      requestAnimationFrame(() => (this.measuredWidth = width));
    });
    this.resizeObserver.observe(container);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Measure once before the first drawing (the container has no padding of its own, so its
    // client width is its content box); the ResizeObserver follows later changes.
    if (this.measuredWidth === undefined && this.isConnected) {
      const width = this.container?.clientWidth ?? 0;
      if (width > 0) this.measuredWidth = width;
    }
    // A new size redraws the view: a zoom in progress ends where it was going.
    if ((changed as Map<PropertyKey, unknown>).has('measuredWidth')) this.finishZoom();
  }

  /** A running zoom, so `await el.updateComplete` sees the settled view. */
  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.zoom?.done];
  }

  protected override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    const zoom = this.zoom;
    if (zoom && !zoom.elements?.[0]?.isConnected) {
      // The zoom's layer is drawn (or drawn again, in a refresh): frames now only set its paths.
      zoom.elements = [...root.querySelectorAll<SVGElement>('.zoom-layer > path')];
    }
    if (this.focusActive) {
      this.focusActive = false;
      const target =
        (this.activeId && root.querySelector<SVGElement>(`[data-id="${this.activeId}"]`)) ||
        root.querySelector<SVGElement>('.centre[tabindex]');
      target?.focus();
    }
    this.fillTable(root);
    if (this.revealRowId) {
      const id = this.revealRowId;
      const index = this.chart?.layout.nodes.findIndex((node) => node.id === id) ?? -1;
      const row = root.querySelector('tbody')?.rows[index];
      this.revealRowId = undefined;
      row?.scrollIntoView({ block: 'nearest' });
      root.querySelector<HTMLElement>('.table-wrap')?.focus();
    }
    this.placeTooltip(root);
  }

  // ---- Rendering ----

  private get size(): number {
    const width = this.measuredWidth ?? DEFAULT_SIZE;
    return Math.max(MIN_SIZE, Math.min(MAX_SIZE, width));
  }

  protected renderData(data: SummaryModel[]): TemplateResult {
    const selection = this.select(data);
    const model = selection.model;
    if (!model) return html``;
    const chart = this.chartFor(model);
    const { layout } = chart;
    this.arcs = this.arcsInView(chart);
    const title = accountLabel(model.account) ?? msg('Summary', { id: 'summary.title' });
    const textKey = this.textKey;
    const locale = this.resolvedLocale;

    return html`<div class="sunburst">
      <div class="toolbar" part="toolbar">
        ${this.renderSelector(selection)} ${this.renderBreadcrumb(chart)}
      </div>
      <div class="chart" part="chart" @keydown=${this.onChartKeydown}>
        <div class="plot">${this.renderSvg(chart, title)} ${this.renderTooltip()}</div>
        ${
          this.arcs.length === 0 && !chart.focus.parent
            ? html`<p class="note muted">
                ${msg('Every amount is zero or missing: there is nothing to draw.', {
                  id: 'summary.nothing-to-draw',
                })}
              </p>`
            : nothing
        }
        <p id="sunburst-keys" class="visually-hidden">
          ${msg(
            "Arrow keys move between segments: left and right around a ring, down to a segment's breakdown, up to its parent. Enter drills in, Escape drills out.",
            { id: 'summary.keys' },
          )}
        </p>
        <div class="visually-hidden live" role="status" aria-live="polite">
          ${this.announcement}
        </div>
      </div>
      ${guard([layout, textKey], () => this.renderLegend(layout))}
      <div class="table-bar">
        <button
          class="sp-button table-toggle"
          part="table-toggle"
          type="button"
          aria-pressed=${this.tableVisible ? 'true' : 'false'}
          aria-controls="sunburst-table"
          @click=${this.toggleTable}
        >
          ${msg('Show table', { id: 'summary.show-table' })}
        </button>
      </div>
      <div
        id="sunburst-table"
        class="table-wrap ${this.tableVisible ? 'shown' : 'visually-hidden'}"
        role="region"
        aria-label=${msg('Table of every category', { id: 'summary.table.label' })}
        tabindex=${this.tableVisible ? '0' : nothing}
      >
        ${guard([layout, textKey, locale, title], () => this.renderTable(model, title))}
      </div>
    </div>`;
  }

  private renderSelector(selection: Selection): TemplateResult | typeof nothing {
    const count = selection.groups.reduce((n, g) => n + g.options.length, 0);
    if (count < 2) return nothing;
    return html`<div class="selector" part="selector">
      <label for="summary-select">${msg('Summary', { id: 'summary.title' })}</label>
      <select id="summary-select" @change=${this.onSelect}>
        ${selection.groups.map(
          (group) =>
            html`<optgroup label=${group.label}>
              ${group.options.map(
                (option) =>
                  html`<option value=${option.key} ?selected=${option.key === selection.key}>
                    ${option.label}
                  </option>`,
              )}
            </optgroup>`,
        )}
      </select>
    </div>`;
  }

  private renderBreadcrumb(chart: ChartState): TemplateResult {
    const trail: SunburstNode[] = [];
    for (let node: SunburstNode | undefined = chart.focus; node; node = node.parent) {
      trail.unshift(node);
    }
    return html`<nav
      class="breadcrumb"
      part="breadcrumb"
      aria-label=${msg('Drill path', { id: 'summary.breadcrumb' })}
    >
      <ol>
        ${trail.map((node, i) =>
          i === trail.length - 1
            ? html`<li aria-current="location">${node.name}</li>`
            : html`<li>
                <button
                  type="button"
                  class="sp-link-button"
                  data-crumb=${node.id}
                  @click=${this.onCrumb}
                >
                  ${node.name}
                </button>
              </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderSvg(chart: ChartState, title: string): TemplateResult {
    const { size } = this.geometry;
    const half = size / 2;
    const zoom = this.zoom;
    const arcs = this.arcs;
    const segment = msg('segment', { id: 'summary.segment' });
    return html`<svg
      class="sunburst-svg ${zoom ? 'zooming' : ''}"
      part="svg"
      width=${size}
      height=${size}
      viewBox="${-half} ${-half} ${size} ${size}"
      role="group"
      aria-label=${msg(str`Sunburst of ${title}`, { id: 'summary.chart.label' })}
      aria-describedby="sunburst-keys"
      @pointerleave=${this.onPointerLeave}
    >
      <defs>${hatchPatterns()}</defs>
      <g
        class="arcs"
        @click=${this.onArcClick}
        @keydown=${this.onArcKeydown}
        @pointerover=${this.onPointerOver}
        @focusin=${this.onArcFocus}
        @focusout=${this.onArcBlur}
      >
        ${guard([arcs, this.activeId, this.textKey], () =>
          repeat(
            arcs,
            (arc) => arc.id,
            (arc) => this.renderArc(arc, segment),
          ),
        )}
      </g>
      <g class="labels" aria-hidden="true">
        ${guard([arcs, this.textKey], () =>
          arcs
            .filter((arc) => arc.labelChars > 0)
            .map(
              (arc) =>
                svg`<text transform=${arc.labelTransform} text-anchor="middle" dy="0.35em">${fitLabel(
                  this.arcName(arc),
                  arc.labelChars,
                )}</text>`,
            ),
        )}
      </g>
      ${
        zoom
          ? svg`<g class="zoom-layer" aria-hidden="true">${zoom.layers.map(
              (layer, i) =>
                svg`<path class=${layer.look.classes} fill=${layer.look.fill ?? nothing} d=${zoom.drawn[i] ?? ''}></path>`,
            )}</g>`
          : nothing
      }
      ${guard(
        [chart.focus, chart.model, this.geometry.centreRadius, this.textKey, this.settlementId],
        () => this.renderCentre(chart),
      )}
    </svg>`;
  }

  /** `segment`: the arcs' role description, in the reader's language. */
  private renderArc(arc: ArcView, segment: string) {
    const look = arcLook(arc);
    const drillable = arc.kind === 'group' || hasBreakdown(arc.node);
    return svg`<path
      class="arc ${look.classes} ${drillable ? 'drillable' : 'leaf'}"
      data-id=${arc.id}
      d=${arc.d}
      fill=${look.fill ?? nothing}
      role=${drillable ? 'button' : 'img'}
      aria-roledescription=${segment}
      aria-label=${this.arcLabel(arc)}
      tabindex=${arc.id === this.activeId ? '0' : '-1'}
    ></path>`;
  }

  private renderCentre(chart: ChartState): TemplateResult {
    const radius = this.geometry.centreRadius;
    const focus = chart.focus;
    const atRoot = focus.parent === undefined;
    const amount = focus.money
      ? formatMoney(focus.money, this.resolvedLocale, {
          signDisplay: atRoot ? 'auto' : 'exceptZero',
        })
      : '';
    const parentName = focus.parent?.name ?? '';
    const name = atRoot ? msg('Net proceeds', { id: 'summary.net' }) : focus.name;
    const note = atRoot
      ? this.contextNote(chart.model)
      : msg(str`Back to ${parentName}`, { id: 'summary.back-to' });
    const label = [name, amount, note].filter(Boolean).join(', ');
    const circle = svg`<circle r=${Math.max(0, radius - 1)}></circle>`;
    // The lines are drawn over the disc but outside it, so the disc's name is its label alone.
    const lines = svg`<g class="centre-lines" aria-hidden="true">${centreText(
      radius,
      name,
      amount,
      note,
      focus.money !== undefined && isNegative(focus.money),
    )}</g>`;
    if (atRoot) {
      return svg`<g class="centre" part="centre" role="img" aria-label=${label}>${circle}</g>${lines}`;
    }
    return svg`<g
      class="centre drill-out"
      part="centre"
      role="button"
      tabindex="0"
      aria-label=${label}
      @click=${this.drillOut}
      @keydown=${this.onCentreKeydown}
    >${circle}</g>${lines}`;
  }

  private renderTooltip(): TemplateResult {
    const arc = this.tooltipArc();
    if (!arc) return html`<div class="tooltip" part="tooltip" aria-hidden="true" hidden></div>`;
    const lines = this.tooltipLines(arc);
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <p class="tip-name">${lines[0]}</p>
      ${lines.slice(1).map((line) => html`<p>${line}</p>`)}
    </div>`;
  }

  private renderLegend(layout: SunburstLayout): TemplateResult {
    const locale = this.resolvedLocale;
    const categories = layout.root.children;
    return html`<div class="legends">
      ${
        categories.length > 0
          ? html`<ul
              class="legend"
              part="legend"
              aria-label=${msg('Categories', { id: 'summary.legend' })}
            >
              ${categories.map(
                (node) =>
                  html`<li>
                    ${swatch(String((node.family % FAMILY_SLOTS) + 1))}
                    <span class="name">${node.name}</span>
                    ${
                      node.money
                        ? html`<span class="amount ${isNegative(node.money) ? 'negative' : ''}"
                            >${formatMoney(node.money, locale, { signDisplay: 'exceptZero' })}</span
                          >`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <ul class="key" part="key" aria-label=${msg('Key', { id: 'summary.key' })}>
        <li>${swatch('plain')} ${msg('Solid: money in', { id: 'summary.key.solid' })}</li>
        <li>
          ${swatch('plain', true)} ${msg('Hatched: money out', { id: 'summary.key.hatched' })}
        </li>
      </ul>
    </div>`;
  }

  /**
   * The table of every node. Its rows are not part of the template: with thousands of nodes they
   * are most of what the element creates, so {@link fillTable} makes them as plain DOM after the
   * render (no template parts to keep), a small table at once and a big one in chunks after the
   * chart has painted. Hidden, the browser skips the table's style and layout (see the styles);
   * it is never re-rendered by a hover or a zoom.
   */
  private renderTable(model: SummaryModel, title: string): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<table part="table">
      <caption>
        ${msg(str`Every category of ${title}, with its signed amount`, {
          id: 'summary.table.caption',
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Category', { id: 'summary.table.category' })}</th>
          <th scope="col">${msg('Amount', { id: 'summary.table.amount' })}</th>
          <th scope="col">${msg('Share of parent', { id: 'summary.table.share-of-parent' })}</th>
          <th scope="col">${msg('Share of gross', { id: 'summary.table.share-of-gross' })}</th>
        </tr>
      </thead>
      <tbody></tbody>
      ${
        model.net
          ? html`<tfoot>
              <tr>
                <th scope="row">${msg('Net proceeds', { id: 'summary.net' })}</th>
                <td dir="auto" class="amount ${isNegative(model.net) ? 'negative' : ''}">
                  ${formatMoney(model.net, locale)}
                </td>
                <td></td>
                <td></td>
              </tr>
            </tfoot>`
          : nothing
      }
    </table>`;
  }

  /**
   * Puts the layout's rows in the table body, after a render. A small table gets them all at
   * once; a big one gets them a chunk per idle moment after the chart has painted, so thousands
   * of nodes never hold up the first paint, and the table's region is `aria-busy` meanwhile.
   * Shown (or revealing a row), the table is completed at once. The rows are plain DOM with text
   * only (API text is never parsed as HTML); each cell takes its direction from its text.
   */
  private fillTable(root: ShadowRoot): void {
    const body = root.querySelector<HTMLTableSectionElement>('table[part~="table"] > tbody');
    const layout = this.chart?.layout;
    if (!body || !layout) return;
    // A layout is made per summary and words (locale, translations): a new one, new rows.
    let fill = this.tableFill;
    if (fill?.body !== body || fill.layout !== layout) {
      fill?.pending?.();
      body.replaceChildren();
      fill = this.tableFill = { body, layout, rows: 0 };
    }
    const total = layout.nodes.length;
    const wanted = this.tableVisible || total <= TABLE_CHUNK ? total : fill.rows;
    if (wanted > fill.rows) this.addRows(fill, wanted);
    const wrap = body.closest('.table-wrap');
    if (fill.rows < total) {
      wrap?.setAttribute('aria-busy', 'true');
      this.fillTableLater(fill);
    } else {
      fill.pending?.();
      wrap?.removeAttribute('aria-busy');
    }
  }

  /** Appends the layout's rows up to `to`. */
  private addRows(fill: TableFill, to: number): void {
    const nodes = fill.layout.nodes;
    const rows = document.createDocumentFragment();
    const template = rowTemplate();
    // Resolved once: rows are also added outside an update, in idle callbacks.
    const locale = this.resolvedLocale;
    for (let i = fill.rows; i < to; i++) {
      const node = nodes[i]!;
      const t = this.nodeText(node, false, locale);
      const row = template.cloneNode(true) as HTMLTableRowElement;
      row.className = ROW_CLASSES[Math.min(node.depth, 5)]!;
      const [heading, amount, ofParent, ofGross] = row.cells as unknown as HTMLElement[];
      heading!.firstChild!.textContent = t.trail;
      heading!.lastChild!.textContent = node.name;
      amount!.textContent = t.amount;
      if (t.negative) amount!.className = 'amount negative';
      ofParent!.textContent = t.shareOfParent;
      ofGross!.textContent = t.shareOfGross;
      rows.append(row);
    }
    fill.body.append(rows);
    fill.rows = to;
  }

  /** Asks for the table's next chunk when the browser is next idle (a zoom goes first). */
  private fillTableLater(fill: TableFill): void {
    if (fill.pending) return;
    const next = (deadline?: IdleDeadline) => {
      fill.pending = undefined;
      if (this.tableFill !== fill || !this.isConnected) return;
      const total = fill.layout.nodes.length;
      // A chunk (unless a zoom runs or the moment is too short), more while the moment lasts.
      const more = () => deadline !== undefined && deadline.timeRemaining() > 8;
      // Outside an update: names not drawn yet are first read here, in the element's words.
      this.inLocale(() => {
        if (!this.zoom && (!deadline || deadline.didTimeout || more())) {
          do this.addRows(fill, Math.min(total, fill.rows + TABLE_CHUNK));
          while (fill.rows < total && more());
        }
        this.fillTable(this.renderRoot as ShadowRoot);
      });
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(next, { timeout: 250 });
      fill.pending = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(next, 16);
      fill.pending = () => clearTimeout(handle);
    }
  }

  // ---- View state ----

  private select(data: SummaryModel[]): Selection {
    const textKey = this.textKey;
    const previous = this.selection;
    const groups =
      previous && previous.data === data && previous.textKey === textKey
        ? previous.groups
        : summaryOptions(data, (s) =>
            formatPeriod(s.periodStart, s.periodEnd, this.dateContext([s.account.marketplaceId])),
          );
    const wanted = this.selectedKey;
    const known = groups.some((g) => g.options.some((o) => o.key === wanted));
    const key = known ? wanted : defaultOptionKey(groups);
    if (previous && previous.data === data && previous.key === key) {
      if (previous.textKey !== textKey) this.selection = { ...previous, textKey, groups };
      return this.selection!;
    }
    this.selection = { data, textKey, groups, key, model: resolveOption(groups, key) };
    return this.selection;
  }

  /**
   * The arcs of the view, recomputed only when it changes (a drill, a resize, a keyboard move):
   * hovering re-renders the tooltip, not the arcs, and zoom frames move the arcs they drew.
   */
  private arcsInView(chart: ChartState): ArcView[] {
    const size = this.size;
    const cached = this.view;
    if (
      cached &&
      cached.layout === chart.layout &&
      cached.domain === chart.domain &&
      cached.size === size &&
      cached.activeId === this.activeId
    ) {
      return cached.arcs;
    }
    this.geometry = sunburstGeometry(size, chart.layout.height);
    const pinned = new Set<string>(this.activeId ? [this.activeId] : []);
    const arcs = viewArcs(chart.layout, chart.domain, this.geometry, { pinned });
    if (!arcs.some((a) => a.id === this.activeId)) {
      this.activeId = (arcs.find((a) => a.parent === chart.focus) ?? arcs[0])?.id;
    }
    this.view = { layout: chart.layout, domain: chart.domain, size, activeId: this.activeId, arcs };
    return arcs;
  }

  private chartFor(model: SummaryModel): ChartState {
    const textKey = this.textKey;
    const previous = this.chart;
    if (previous?.model === model && previous.textKey === textKey) return previous;
    this.finishZoom();
    const layout = layoutSunburst(model.breakdowns, {
      name: breakdownLabel,
      net: model.net,
      rootName: msg('Summary', { id: 'summary.title' }),
    });
    if (previous?.model === model) {
      // The same data in other words: node ids and angles are the same, so the view stays put.
      const focus = layout.byId.get(previous.focus.id) ?? layout.root;
      this.chart = { model, textKey, layout, focus, domain: previous.domain };
      return this.chart;
    }
    this.chart = { model, textKey, layout, focus: layout.root, domain: domainOf(layout.root) };
    this.activeId = undefined;
    this.hoverId = undefined;
    this.focusTipId = undefined;
    return this.chart;
  }

  /** Drills into `target` (or out to it), zooming there; `nextActive` gets the keyboard focus. */
  private drillTo(target: SunburstNode, nextActive?: string): void {
    const chart = this.chart;
    if (!chart || target === chart.focus) return;
    this.finishZoom();
    const from = { domain: chart.domain, arcs: this.arcs };
    chart.focus = target;
    chart.domain = domainOf(target);
    // The target view, once: the keyboard focus goes to `nextActive`, else its first arc.
    this.activeId = nextActive;
    this.arcs = this.arcsInView(chart);
    this.focusActive = (this.renderRoot as ShadowRoot).activeElement != null;
    this.focusTipId = this.focusActive ? this.activeId : undefined;
    this.hoverId = undefined;
    const amount = target.money
      ? formatMoney(target.money, this.resolvedLocale, {
          signDisplay: target.parent ? 'exceptZero' : 'auto',
        })
      : undefined;
    this.announcement = this.inLocale(() => {
      const what = target.parent
        ? target.name
        : msg('the whole summary', { id: 'summary.announce.whole' });
      return amount
        ? msg(str`Showing ${what}: ${amount}`, { id: 'summary.announce.amount' })
        : msg(str`Showing ${what}`, { id: 'summary.announce' });
    });
    this.emit('sp-segment-select', {
      path: [...target.path],
      amount: target.money,
    });
    this.zoomFrom(from);
  }

  private drillOut = () => {
    const focus = this.chart?.focus;
    if (focus?.parent) this.drillTo(focus.parent, focus.id);
  };

  /**
   * Animates from the view `from` to the current one, which is rendered at once (focus, labels
   * and screen readers have the destination straight away) and shown when the zoom ends. Until
   * then a layer draws the arcs of both views on their way, a path per look; each animation
   * frame only sets those paths' `d` (no template render, no layout, no view pruning).
   */
  private zoomFrom(from: { domain: ViewDomain; arcs: readonly ArcView[] }): void {
    const chart = this.chart!;
    this.requestUpdate();
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    if (reduce || document.hidden) return;
    const tween = zoomTween(from, { domain: chart.domain, arcs: this.arcs }, this.geometry);
    const byLook = new Map<string, { look: ArcLook; arcs: number[] }>();
    tween.arcs.forEach((arc, i) => {
      const look = arcLook(arc);
      let layer = byLook.get(look.classes);
      if (!layer) byLook.set(look.classes, (layer = { look, arcs: [] }));
      layer.arcs.push(i);
    });
    const layers = [...byLook.values()];
    const draw = (paths: readonly string[]) =>
      layers.map((layer) => layer.arcs.map((i) => paths[i]).join(''));
    // Timed from the first frame, on the frames' own clock: it draws the start of the zoom.
    let started: number | undefined;
    let finish!: () => void;
    const done = new Promise<void>((resolve) => {
      finish = () => {
        if (this.frame !== undefined) cancelAnimationFrame(this.frame);
        this.frame = undefined;
        this.zoom = undefined;
        this.requestUpdate();
        resolve();
      };
    });
    const zoom: Zoom = {
      tween,
      layers,
      // Drawn by the first frame, before anything is painted.
      drawn: layers.map(() => ''),
      elements: undefined,
      done,
      finish,
    };
    this.zoom = zoom;
    const step = (now: number) => {
      started ??= now;
      const t = (now - started) / ZOOM_MS;
      if (t >= 1 || !this.isConnected) {
        finish();
        return;
      }
      const drawn = draw(tween.paths(easeCubicInOut(t)));
      zoom.elements?.forEach((element, i) => {
        const d = drawn[i] ?? '';
        if (d !== zoom.drawn[i]) element.setAttribute('d', d);
      });
      zoom.drawn = drawn;
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Ends a running zoom at its destination. */
  private finishZoom(): void {
    this.zoom?.finish();
  }

  // ---- Events ----

  private onSelect = (event: Event) => {
    this.selectedKey = (event.target as HTMLSelectElement).value;
  };

  private onCrumb = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset['crumb'];
    const chart = this.chart;
    const target = id ? chart?.layout.byId.get(id) : undefined;
    if (!chart || !target) return;
    // Keyboard focus lands on the arc we came from, one ring out from the new centre.
    let child: SunburstNode | undefined = chart.focus;
    while (child && child.parent !== target) child = child.parent;
    this.drillTo(target, child?.id);
  };

  private activate(arc: ArcView): void {
    if (arc.kind === 'group') {
      this.tableVisible = true;
      this.focusTipId = undefined;
      this.revealRowId = arc.members[0]?.id;
      return;
    }
    if (hasBreakdown(arc.node)) this.drillTo(arc.node);
  }

  private arcOf(event: Event): ArcView | undefined {
    const element = (event.target as Element | null)?.closest?.('[data-id]');
    const id = element?.getAttribute('data-id');
    return id ? this.arcs.find((arc) => arc.id === id) : undefined;
  }

  private onArcClick = (event: MouseEvent) => {
    const arc = this.arcOf(event);
    if (!arc) return;
    this.activeId = arc.id;
    this.activate(arc);
  };

  private onArcKeydown = (event: KeyboardEvent) => {
    const arc = this.arcOf(event);
    if (!arc) return;
    const moves: Record<string, ArcMove> = {
      ArrowRight: 'next',
      ArrowLeft: 'previous',
      ArrowDown: 'child',
      ArrowUp: 'parent',
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const target = moveAmongArcs(this.arcs, arc.id, move);
      if (target) {
        this.activeId = target;
        this.focusTipId = target;
        this.focusActive = true;
        this.requestUpdate();
      } else if (move === 'parent' && this.chart?.focus.parent) {
        this.shadowRoot?.querySelector<SVGElement>('.centre[tabindex]')?.focus();
      }
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.activate(arc);
    }
  };

  private onCentreKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.drillOut();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.focusActive = true;
      this.focusTipId = this.activeId;
      this.requestUpdate();
    }
  };

  private onChartKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.chart?.focus.parent) {
      event.preventDefault();
      this.drillOut();
    }
  };

  private onPointerOver = (event: PointerEvent) => {
    this.hoverId = this.arcOf(event)?.id;
  };

  private onPointerLeave = () => {
    this.hoverId = undefined;
  };

  private onArcFocus = (event: FocusEvent) => {
    const arc = this.arcOf(event);
    if (!arc) return;
    this.focusTipId = arc.id;
    if (this.activeId !== arc.id) {
      this.activeId = arc.id;
      this.requestUpdate();
    }
  };

  private onArcBlur = (event: FocusEvent) => {
    // A drill removes the focused arc and then focuses the new view's: its tooltip stays.
    if (this.focusActive) return;
    // Moving between arcs keeps the tooltip; the focusin that follows moves it.
    const next = event.relatedTarget as Element | null;
    if (!next?.closest?.('.arcs')) this.focusTipId = undefined;
  };

  private toggleTable = () => {
    this.tableVisible = !this.tableVisible;
  };

  // ---- Text ----

  private labelCache() {
    const textKey = this.textKey;
    const chart = this.chart!;
    if (this.labels?.chart !== chart || this.labels.textKey !== textKey) {
      this.labels = { chart, textKey, byId: new Map(), names: new Map() };
    }
    return this.labels;
  }

  private arcName(arc: ArcView): string {
    if (arc.kind !== 'group') return arc.node.name;
    const names = this.labelCache().names;
    // A group's id is its parent's, and its members change with the zoom: key by both.
    const key = `${arc.id}|${arc.members.length}`;
    let name = names.get(key);
    if (name === undefined) {
      const count = formatCount(arc.members.length);
      name = msg(str`Other (${count})`, { id: 'summary.other-group' });
      names.set(key, name);
    }
    return name;
  }

  private arcLabel(arc: ArcView): string {
    const cache = this.labelCache().byId;
    // A group's label names its members: key it by their count too.
    const key = arc.kind === 'group' ? `${arc.id}|${arc.members.length}` : arc.id;
    let label = cache.get(key);
    if (label === undefined) {
      const lines = this.tooltipLines(arc);
      const joined = lines.join(', ');
      label =
        arc.kind === 'group'
          ? msg(str`${joined}. Press Enter to list them in the table.`, {
              id: 'summary.group.label',
            })
          : joined;
      cache.set(key, label);
    }
    return label;
  }

  /** Name, signed amount, share of parent and of gross; for a group, its count and total. */
  private tooltipLines(arc: ArcView): string[] {
    const locale = this.resolvedLocale;
    const signed = (money: Money) => formatMoney(money, locale, { signDisplay: 'exceptZero' });
    if (arc.kind === 'group') {
      const totals = totalsByCurrency(
        arc.members.map((m) => m.money).filter((m): m is Money => m !== undefined),
      );
      const parent = arc.parent.name;
      const together = listWords(totals.map(signed), locale);
      return [
        this.arcName(arc),
        smallerCategories(arc.members.length, parent),
        ...(totals.length > 0
          ? [msg(str`Together ${together}`, { id: 'summary.group.together' })]
          : []),
        msg('Listed in the table', { id: 'summary.group.listed' }),
      ];
    }
    const node = arc.node;
    const text = this.nodeText(node);
    const lines = [node.name];
    if (node.money) lines.push(text.amount);
    if (node.shareOfParent && node.depth > 1 && node.parent) {
      const share = text.shareOfParent;
      const parent = node.parent.name;
      lines.push(msg(str`${share} of ${parent}`, { id: 'summary.share-of-parent' }));
    }
    if (node.shareOfGross) {
      const share = text.shareOfGross;
      lines.push(msg(str`${share} of gross`, { id: 'summary.share-of-gross' }));
    }
    return lines;
  }

  /**
   * A node's path, signed amount and shares in words, made the first time the table or a
   * tooltip needs them (per layout and locale): a chart of thousands of nodes labels a few
   * hundred arcs before its table fills in.
   */
  private nodeText(node: SunburstNode, keep = true, locale = this.resolvedLocale): NodeText {
    const layout = this.chart!.layout;
    if (this.texts?.layout !== layout || this.texts.locale !== locale) {
      this.texts = { layout, locale, byId: new Map() };
    }
    const byId = this.texts.byId;
    let text = byId.get(node.id);
    if (text === undefined) {
      const parent = node.parent;
      const parentText =
        parent && parent.depth > 0 ? this.nodeText(parent, keep, locale) : undefined;
      text = {
        trail: parentText ? `${parentText.trail}${parent!.name} › ` : '',
        amount: node.money ? formatMoney(node.money, locale, { signDisplay: 'exceptZero' }) : '',
        negative: node.money !== undefined && isNegative(node.money),
        shareOfParent: node.shareOfParent ? formatShare(node.shareOfParent, locale) : '',
        shareOfGross: node.shareOfGross ? formatShare(node.shareOfGross, locale) : '',
      };
      // A table row's words go straight into the DOM: only tooltips' and parents' are kept.
      if (keep || node.children.length > 0) byId.set(node.id, text);
    }
    return text;
  }

  /** The settlement when one was asked for, else the period, else any settlement given. */
  private contextNote(model: SummaryModel): string | undefined {
    const asked = optional(this.settlementId);
    const period =
      asked === undefined
        ? formatPeriod(
            model.periodStart,
            model.periodEnd,
            this.dateContext([model.account.marketplaceId]),
          )
        : undefined;
    if (period) return period;
    const settlement =
      asked ?? (model.settlementIds.length === 1 ? model.settlementIds[0] : undefined);
    return settlement === undefined
      ? undefined
      : msg(str`Settlement ${settlement}`, { id: 'summary.settlement' });
  }

  private tooltipArc(): ArcView | undefined {
    // Mid-zoom the arcs are on their way: the tooltip waits for them to arrive.
    if (this.zoom) return undefined;
    const id = this.hoverId ?? this.focusTipId;
    return id ? this.arcs.find((arc) => arc.id === id) : undefined;
  }

  /** Puts the tooltip over its arc (CSSOM custom properties: no `style` attribute, CSP-safe). */
  private placeTooltip(root: ShadowRoot): void {
    const tooltip = root.querySelector<HTMLElement>('.tooltip');
    const arc = this.tooltipArc();
    if (!tooltip || !arc) return;
    const { size } = this.geometry;
    const half = size / 2;
    // Below the minimum size the SVG is scaled down to its container (no layout read here:
    // hovering must stay cheap).
    const scale = this.measuredWidth && size > 0 ? Math.min(1, this.measuredWidth / size) : 1;
    tooltip.style.setProperty('--_tip-x', `${(half + arc.centroid[0]) * scale}px`);
    tooltip.style.setProperty('--_tip-y', `${(half + arc.centroid[1]) * scale}px`);
  }
}

/** Colour by L1 family, shade by depth, hatched when money goes out (a group: all of it). */
function arcLook(arc: ArcView): ArcLook {
  const node = arc.node;
  const group = arc.kind === 'group';
  const outflow = group ? arc.members.every((m) => m.sign === 'outflow') : node.sign === 'outflow';
  const family = group ? 'other' : String((node.family % FAMILY_SLOTS) + 1);
  return {
    classes: `family-${family} depth-${Math.min(node.depth, 4)} ${outflow ? 'hatched' : 'solid'}`,
    fill: outflow ? `url(#hatch-${family})` : undefined,
  };
}

function hasBreakdown(node: SunburstNode): boolean {
  return node.children.some((child) => child.x1 > child.x0);
}

/**
 * The centre's lines, stacked around its middle: the name (up to two lines), the amount in the
 * largest size that fits, and the note (period, settlement or "Back to …", up to two lines).
 * Each line is as long as the circle's chord at its height allows.
 */
function centreText(
  radius: number,
  name: string,
  amount: string,
  note: string | undefined,
  negative: boolean,
) {
  const small = Math.max(9, Math.min(12, radius / 5));
  const amountSize = amount
    ? Math.max(10, Math.min(20, (radius * 1.7) / ([...amount].length * 0.6)))
    : 0;
  const charsAt = (y: number) => {
    const chord = 2 * Math.sqrt(Math.max(0, radius * radius - y * y)) * 0.88;
    return Math.floor(chord / (small * 0.55));
  };
  const lineHeight = small * 1.2;
  const nameLines = wrapLabel(name, charsAt(amountSize / 2 + lineHeight * 1.5), 2);
  const noteLines = note ? wrapLabel(note, charsAt(amountSize / 2 + lineHeight * 1.5), 2) : [];
  const rows = [
    ...nameLines.map((text) => ({ text, size: small, className: 'centre-name' })),
    ...(amount
      ? [
          {
            text: amount,
            size: amountSize,
            className: `centre-amount${negative ? ' negative' : ''}`,
          },
        ]
      : []),
    ...noteLines.map((text) => ({ text, size: small, className: 'centre-note' })),
  ];
  const height = rows.reduce((sum, row) => sum + row.size * 1.2, 0);
  let y = -height / 2;
  return rows.map((row) => {
    const middle = y + (row.size * 1.2) / 2;
    y += row.size * 1.2;
    return svg`<text class=${row.className} y=${Math.round(middle * 10) / 10} font-size=${Math.round(row.size * 10) / 10}>${row.text}</text>`;
  });
}

/** One hatch pattern per family: the family colour crossed with diagonal lines. */
function hatchPatterns() {
  const families = [
    ...Array.from({ length: FAMILY_SLOTS }, (_, i) => String(i + 1)),
    'other',
    'plain',
  ];
  return families.map(
    (family) => svg`<pattern
      id="hatch-${family}"
      patternUnits="userSpaceOnUse"
      width="6"
      height="6"
      patternTransform="rotate(45)"
    >
      <rect class="swatch ${family === 'plain' ? 'plain' : `family-${family}`}" width="6" height="6"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
    </pattern>`,
  );
}

/** A legend swatch: a family colour, or the plain solid and hatched samples of the key. */
function swatch(family: string, hatched = false): TemplateResult {
  return html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
    ${
      hatched
        ? svg`<rect class="hatched-swatch" x="0.5" y="0.5" width="13" height="13" fill="url(#hatch-${family})"></rect>`
        : svg`<rect class="swatch ${family === 'plain' ? 'plain' : `family-${family}`}" x="0.5" y="0.5" width="13" height="13"></rect>`
    }
  </svg>`;
}

/** "12 smaller categories of Fees", counted in the reader's language. */
function smallerCategories(members: number, parent: string): string {
  const count = formatCount(members);
  return plural(members, {
    zero: () =>
      msg(str`${count} smaller categories of ${parent}`, { id: 'summary.group.count.zero' }),
    one: () => msg(str`${count} smaller category of ${parent}`, { id: 'summary.group.count.one' }),
    two: () =>
      msg(str`${count} smaller categories of ${parent}`, { id: 'summary.group.count.two' }),
    few: () =>
      msg(str`${count} smaller categories of ${parent}`, { id: 'summary.group.count.few' }),
    many: () =>
      msg(str`${count} smaller categories of ${parent}`, { id: 'summary.group.count.many' }),
    other: () =>
      msg(str`${count} smaller categories of ${parent}`, { id: 'summary.group.count.other' }),
  });
}

let rowPrototype: HTMLTableRowElement | undefined;

/**
 * One table row, empty, to clone: `<tr><th scope="row"><span class="visually-hidden"></span>
 * <span class="row-name"></span></th><td dir="auto" class="amount"></td><td dir="auto"></td>
 * <td dir="auto"></td></tr>`, with no whitespace between the cells.
 */
function rowTemplate(): HTMLTableRowElement {
  if (!rowPrototype) {
    const row = document.createElement('tr');
    const heading = document.createElement('th');
    heading.scope = 'row';
    const trail = document.createElement('span');
    trail.className = 'visually-hidden';
    const name = document.createElement('span');
    name.className = 'row-name';
    heading.append(trail, name);
    row.append(heading);
    for (const className of ['amount', '', '']) {
      const cell = document.createElement('td');
      cell.dir = 'auto';
      if (className) cell.className = className;
      row.append(cell);
    }
    rowPrototype = row;
  }
  return rowPrototype;
}
