import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { marketplaceName } from '../../api/marketplaces.js';
import type { SummaryModel } from '../../api/model.js';
import { normaliseSummaries, withoutRepeats, withUniqueKeys } from '../../api/normalise-summary.js';
import { optional, splitList, type SummaryQuery } from '../../api/operations.js';
import '../../events/sp-segment-select.js';
import { warnInvalidAmounts } from '../../internal/invalid-amount.js';
import { SpElement, type LoadContext } from '../../internal/sp-element.js';
import { baseStyles } from '../../internal/styles.js';
import { emptyTemplate } from '../../internal/templates.js';
import { formatPeriod } from '../../l10n/dates.js';
import { accountLabel, summaryOptions } from './summary-selection.js';
import { summarySunburstStyles } from './summary-sunburst.styles.js';
import { chartTemplate, type ChartHandlers } from './sunburst-chart.js';
import { arcMoveOf, moveAmongArcs, type ArcView } from './sunburst-geometry.js';
import { breakdownLabel } from './sunburst-labels.js';
import { hasBreakdown, layoutSunburst, type SunburstNode } from './sunburst-layout.js';
import {
  breadcrumbTemplate,
  chartNotesTemplate,
  legendTemplate,
  positionTooltip,
  tableSectionTemplate,
  selectorTemplate,
  tableTemplate,
  tooltipTemplate,
} from './sunburst-parts.js';
import {
  arcsInView,
  chartInView,
  selectSummary,
  type ArcsView,
  type ChartView,
  type Selection,
} from './sunburst-state.js';
import { centreNote, emptyText, SunburstText, type ArcText } from './sunburst-text.js';
import { SizeController } from './size-controller.js';
import { TableFillController } from './table-fill-controller.js';
import { ZoomController } from './zoom-controller.js';

/** The drawing's side before the element has been measured, and its bounds. */
const DEFAULT_SIZE = 320;
const MIN_SIZE = 240;
const MAX_SIZE = 560;

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
 * "Other (n)"; activating that group shows the table, which always lists every node. The chart
 * is painted first and the table's rows fill in during idle moments just after, a big table's a
 * chunk at a time (`aria-busy="true"` on the table's region until then; showing the table
 * completes it; `updateComplete` waits for a table of one chunk).
 * Breakdowns nested deeper than the element reads (256 levels) are never cut silently: the last
 * row read says how many levels lie below it.
 *
 * **Amounts no money can be** (`1e400`, `Infinity`) show as "Invalid amount" (with the text sent
 * as its title) in the table, the tooltip, the legend and the centre; they take no room in the
 * chart and an "All" view's total that would include one is "Invalid amount" too. One console
 * warning per response names their fields.
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
 * @csspart invalid-amount - "Invalid amount", where an amount no money can be would be.
 * @csspart deeper-levels - A table row's note that deeper breakdowns are not shown.
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

  /** Start of the period (`periodStart`), sent verbatim unless `settlement-id` is set. */
  @property({ attribute: 'period-start' }) periodStart: string | undefined;

  /** End (`periodEnd`), likewise; a date-time is exclusive (reference), a date inclusive. */
  @property({ attribute: 'period-end' }) periodEnd: string | undefined;

  /** A settlement (`relatedIdentifierName=SETTLEMENT_ID`); it wins over the period attributes. */
  @property({ attribute: 'settlement-id', reflect: true }) settlementId: string | undefined;

  /** Only this account type (`accountType`, the published filter), e.g. `Standard Orders`. */
  @property({ attribute: 'account-type' }) accountType: string | undefined;

  @state() private selectedKey: string | undefined;
  /** The node drilled into (the centre of the view); the root when undefined. */
  @state() private focusId: string | undefined;
  /** The arc in the Tab order (roving tabindex), as asked for; `view.activeId` as resolved. */
  @state() private activeId: string | undefined;
  @state() private tableVisible = false;
  @state() private announcement = '';
  @state() private hoverId: string | undefined;
  @state() private focusTipId: string | undefined;

  // Derived in willUpdate (see sunburst-state.ts); render() only reads them.
  private selection: Selection | undefined;
  private chart: ChartView | undefined;
  private view: ArcsView | undefined;
  private text: SunburstText | undefined;
  /** The words of the arcs in view, in their order, and the words they were made in. */
  private arcText: { readonly text: SunburstText; readonly arcs: readonly ArcText[] } | undefined;
  /** The arc with the tooltip (hover wins over keyboard focus) and its lines. */
  private tooltip: { readonly arc: ArcView; readonly lines: readonly string[] } | undefined;

  /** A drill happened since the last update. */
  private drilled = false;
  /** Move DOM focus to the active arc after the next render. */
  private focusActive = false;

  private readonly width = new SizeController(this, () =>
    this.renderRoot?.querySelector<HTMLElement>('[part~="base"]'),
  );
  private readonly zoom = new ZoomController(this, () => this.view);
  private readonly table = new TableFillController(
    this,
    () =>
      this.text && {
        text: this.text,
        shown: this.tableVisible,
        busy: this.zoom.running,
      },
  );

  protected query(): SummaryQuery {
    const settlement = optional(this.settlementId);
    return {
      marketplaceIds: splitList(this.marketplaceIds),
      accountType: optional(this.accountType),
      periodStart: settlement === undefined ? optional(this.periodStart) : undefined,
      periodEnd: settlement === undefined ? optional(this.periodEnd) : undefined,
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
      warnInvalidAmounts(this, response);
      return { items: normaliseSummaries(response), nextToken: response?.nextToken };
    });
    // Summaries have no id: only an exact repeat (a page sent twice) is dropped.
    return withUniqueKeys(withoutRepeats(await pager.all(signal)));
  }

  protected isEmpty(data: SummaryModel[]): boolean {
    return data.length === 0;
  }

  protected override renderEmpty(): TemplateResult {
    const marketplaces = splitList(this.marketplaceIds);
    const { title, hint } = emptyText(
      {
        settlement: optional(this.settlementId),
        start: optional(this.periodStart),
        end: optional(this.periodEnd),
        where: marketplaces?.map((id) => marketplaceName(id) ?? id).join(', '),
      },
      this.dateContext(marketplaces),
      this.words,
    );
    return emptyTemplate(title, hint);
  }

  // ---- Lifecycle ----

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.deriveView();
  }

  /**
   * The selection, the chart and the arcs in view, from the data and the state (pure functions,
   * each returning its previous value when nothing it reads changed); then what follows from a
   * change: new words for a new layout, a fresh start for a new summary, the zoom of a drill.
   */
  private deriveView(): void {
    const data = this.task.value;
    if (!data || this.isEmpty(data)) return;
    const words = this.words;
    const textKey = this.textKey;
    this.selection = selectSummary(data, this.selectedKey, textKey, this.selection, (summaries) =>
      summaryOptions(summaries, words, (s) =>
        formatPeriod(s.periodStart, s.periodEnd, this.dateContext([s.account.marketplaceId]), {
          exclusiveEnd: 'timestamps',
        }),
      ),
    );
    const model = this.selection.model;
    if (!model) return;
    const previous = this.chart;
    const chart = chartInView(model, textKey, this.focusId, previous, (m) =>
      layoutSunburst(m.breakdowns, {
        name: (breakdown) => breakdownLabel(breakdown, words),
        net: m.net,
        invalidNet: m.invalidNet,
        bareNet: m.bareNet,
        rootName: words.msg('Summary', { id: 'summary.title' }),
      }),
    );
    this.chart = chart;
    if (chart.layout !== previous?.layout) {
      this.zoom.finish();
      this.text = new SunburstText(chart.layout, words);
    }
    if (chart.model !== previous?.model) {
      this.activeId = this.hoverId = this.focusTipId = undefined;
    }
    this.focusId = chart.focus.id;
    // A new size redraws the view: a zoom in progress ends where it was going.
    if (this.size !== this.view?.size) this.zoom.finish();
    const view = arcsInView(chart, this.size, this.activeId, this.view);
    if (view !== this.view || this.arcText?.text !== this.text) {
      this.arcText = { text: this.text!, arcs: this.text!.arcs(view.arcs) };
    }
    this.view = view;
    this.activeId = view.activeId;
    if (this.drilled) {
      this.drilled = false;
      // A drill's tooltip follows the keyboard focus to the new view's active arc.
      this.focusTipId = this.focusActive ? view.activeId : undefined;
    }
    // Mid-zoom the arcs are on their way: the tooltip waits for them to arrive.
    const tipId = this.zoom.running ? undefined : (this.hoverId ?? this.focusTipId);
    const arc = tipId === undefined ? undefined : view.arcs.find((a) => a.id === tipId);
    this.tooltip = arc && { arc, lines: this.text!.tooltipLines(arc) };
  }

  /** A running zoom and a small table's rows, so `await el.updateComplete` sees them. */
  protected override pendingWork(): (Promise<unknown> | undefined)[] {
    return [this.zoom.done, this.table.smallTable];
  }

  protected override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.focusActive) {
      this.focusActive = false;
      const id = this.view?.activeId;
      const target =
        (id && root.querySelector<SVGElement>(`[data-id="${id}"]`)) ||
        root.querySelector<SVGElement>('.centre[tabindex]');
      target?.focus();
    }
    const tip = this.tooltip;
    if (tip && this.view) positionTooltip(root, tip.arc, this.view.geometry.size, this.width.value);
  }

  // ---- Rendering ----

  private get size(): number {
    const width = this.width.value ?? DEFAULT_SIZE;
    return Math.max(MIN_SIZE, Math.min(MAX_SIZE, width));
  }

  protected renderData(): TemplateResult {
    const { selection, chart, view, text } = this;
    const model = selection?.model;
    if (!model || !chart || !view || !text) return html``;
    const words = this.words;
    const title =
      accountLabel(model.account, words) ?? words.msg('Summary', { id: 'summary.title' });
    return html`<div class="sunburst">
      <div class="toolbar" part="toolbar">
        ${selectorTemplate(selection, words, this.onSelect)}
        ${breadcrumbTemplate(chart.focus, words, this.onCrumb)}
      </div>
      <div class="chart" part="chart" @keydown=${this.onChartKeydown}>
        <div class="plot">
          ${this.renderSvg(chart, view, text, title)} ${tooltipTemplate(this.tooltip?.lines)}
        </div>
        ${chartNotesTemplate(words, this.announcement, view.arcs.length === 0 && !chart.focus.parent)}
      </div>
      ${guard([text], () => legendTemplate(chart.layout.root.children, words))}
      ${tableSectionTemplate(
        this.tableVisible,
        words,
        this.toggleTable,
        guard([text, title], () => this.renderTable(model, title)),
      )}
    </div>`;
  }

  /** The table's frame (its rows are the table-fill controller's). */
  private renderTable(model: SummaryModel, title: string): TemplateResult {
    return tableTemplate(model, title, this.words);
  }

  private renderSvg(chart: ChartView, view: ArcsView, text: SunburstText, title: string) {
    return chartTemplate({
      view,
      arcText: this.arcText!.arcs,
      words: this.words,
      title,
      focus: chart.focus,
      centre: () => {
        const { model } = chart;
        const dates = this.dateContext([model.account.marketplaceId]);
        const period = formatPeriod(model.periodStart, model.periodEnd, dates, {
          exclusiveEnd: 'timestamps',
        });
        return text.centre(
          chart.focus,
          centreNote(model, optional(this.settlementId), period, this.words),
        );
      },
      centreKey: [text, this.settlementId],
      zoom: this.zoom.running ? this.zoom.layers : undefined,
      handlers: this.handlers,
    });
  }

  // ---- Drilling ----

  /** Drills into `target` (or out to it), zooming there; `nextActive` gets the keyboard focus. */
  private drillTo(target: SunburstNode, nextActive?: string): void {
    const { chart, view, text } = this;
    if (!chart || !view || !text || target === chart.focus) return;
    this.zoom.start({ domain: chart.domain, arcs: view.arcs });
    this.focusActive = (this.renderRoot as ShadowRoot).activeElement != null;
    this.drilled = true;
    this.focusId = target.id;
    // The target view's keyboard focus: `nextActive`, else its first arc.
    this.activeId = nextActive;
    this.hoverId = undefined;
    this.announcement = text.announce(target);
    this.emit('sp-segment-select', { path: [...target.path], amount: target.money });
  }

  private drillOut = () => {
    const focus = this.chart?.focus;
    if (focus?.parent) this.drillTo(focus.parent, focus.id);
  };

  private activate(arc: ArcView): void {
    if (arc.kind === 'group') {
      this.tableVisible = true;
      this.focusTipId = undefined;
      this.table.reveal(arc.members[0]?.id);
      return;
    }
    if (hasBreakdown(arc.node)) this.drillTo(arc.node);
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

  private arcOf(event: Event): ArcView | undefined {
    const element = (event.target as Element | null)?.closest?.('[data-id]');
    const id = element?.getAttribute('data-id');
    return id ? this.view?.arcs.find((arc) => arc.id === id) : undefined;
  }

  /** The drawing's events: pointer, focus and keys on the arcs and the centre. */
  private readonly handlers: ChartHandlers = {
    onArcClick: (event) => {
      const arc = this.arcOf(event);
      if (!arc) return;
      this.activeId = arc.id;
      this.activate(arc);
    },
    onArcKeydown: (event) => {
      const arc = this.arcOf(event);
      if (!arc || !this.view) return;
      const move = arcMoveOf(event.key);
      if (move) {
        event.preventDefault();
        const target = moveAmongArcs(this.view.arcs, arc.id, move);
        if (target) {
          this.activeId = this.focusTipId = target;
          this.focusActive = true;
        } else if (move === 'parent' && this.chart?.focus.parent) {
          this.shadowRoot?.querySelector<SVGElement>('.centre[tabindex]')?.focus();
        }
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.activate(arc);
      }
    },
    onCentreKeydown: (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        this.drillOut();
      } else if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.focusActive = true;
        this.focusTipId = this.view?.activeId;
        this.requestUpdate();
      }
    },
    onDrillOut: () => this.drillOut(),
    onPointerOver: (event) => (this.hoverId = this.arcOf(event)?.id),
    onPointerLeave: () => (this.hoverId = undefined),
    onArcFocus: (event) => {
      const arc = this.arcOf(event);
      if (arc) this.focusTipId = this.activeId = arc.id;
    },
    onArcBlur: (event) => {
      // A drill removes the focused arc and then focuses the new view's: its tooltip stays.
      if (this.focusActive) return;
      // Moving between arcs keeps the tooltip; the focusin that follows moves it.
      const next = event.relatedTarget as Element | null;
      if (!next?.closest?.('.arcs')) this.focusTipId = undefined;
    },
  };

  private onChartKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.chart?.focus.parent) {
      event.preventDefault();
      this.drillOut();
    }
  };

  private toggleTable = () => {
    this.tableVisible = !this.tableVisible;
  };
}
