/** Section 2: the sunburst element next to the D3 floor and ECharts, on the same payloads. */
import '../../src/components/summary-sunburst/summary-sunburst.js';
import { renderECharts } from './echarts-sunburst.js';
import { renderFloor } from './floor-sunburst.js';
import { readySource } from './sources.js';
import { summaryResponse } from './synthetic.js';
import { frames, painted, timeToPaint } from './timing.js';

type Impl = 'element' | 'floor' | 'echarts';

const stage = document.createElement('div');
stage.className = 'stage';
document.body.append(stage);
let disposeECharts: (() => void) | undefined;

function clear() {
  disposeECharts?.();
  disposeECharts = undefined;
  stage.replaceChildren();
}

/** Every <path> drawn under `root`, inside shadow roots too. */
function paths(root: Element | ShadowRoot): number {
  let count = root.querySelectorAll('path').length;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) count += paths(element.shadowRoot);
  }
  return count;
}

async function time(impl: Impl, nodes: number): Promise<number> {
  clear();
  const response = summaryResponse(nodes);
  await painted(stage);
  if (impl === 'floor') return timeToPaint(stage, () => renderFloor(stage, response));
  if (impl === 'echarts') {
    return timeToPaint(stage, () => {
      const chart = renderECharts(stage, response);
      disposeECharts = () => chart.dispose();
    });
  }
  const source = readySource({ listSummary: response });
  const element = document.createElement('sp-summary-sunburst');
  return timeToPaint(element, () => {
    element.dataSource = source;
    stage.append(element);
    return drawn(element);
  });
}

/**
 * Resolves once the element's shadow root holds its chart. Not `updateComplete`: that also
 * waits for the table's first rows, which are added after the chart has painted.
 */
function drawn(element: Element): Promise<void> {
  const root = element.shadowRoot!;
  const hasChart = () => root.querySelector('svg.sunburst-svg') !== null;
  return new Promise((resolve) => {
    if (hasChart()) return resolve();
    const observer = new MutationObserver(() => {
      if (!hasChart()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { subtree: true, childList: true });
  });
}

/** Renders `nodes` with `impl`: the time from data ready to painted, and the paths drawn. */
async function render(impl: Impl, nodes: number) {
  const ms = await time(impl, nodes);
  return { ms, paths: paths(stage) };
}

/** Whether the element's table is still filling in (it does so after the chart has painted). */
const filling = (element: Element) => !!element.shadowRoot?.querySelector('[aria-busy="true"]');

/** Resolves when the element's table has filled in, watching without asking for frames. */
function filled(element: Element): Promise<void> {
  return new Promise((resolve) => {
    if (!filling(element)) return resolve();
    const observer = new MutationObserver(() => {
      if (filling(element)) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element.shadowRoot!, { subtree: true, attributeFilter: ['aria-busy'] });
  });
}

/**
 * The element at `nodes`: the time from data ready to painted, then on to the last row of its
 * table (filled in idle time after the first paint).
 */
async function tableComplete(nodes: number): Promise<{ painted: number; complete: number }> {
  const painted = await time('element', nodes);
  const paintedAt = performance.now();
  await filled(stage.querySelector('sp-summary-sunburst')!);
  return { painted, complete: painted + (performance.now() - paintedAt) };
}

/** The arc to drill into: a drillable arc of the inner (L1) ring, else any focusable arc. */
function firstArc(element: Element): SVGElement | null {
  const root = element.shadowRoot;
  return (
    root?.querySelector<SVGElement>('svg .depth-1.drillable') ??
    root?.querySelector<SVGElement>('svg [role="button"]') ??
    root?.querySelector<SVGElement>('svg [tabindex]') ??
    null
  );
}

/** What a drill changes: the breadcrumb, else anything in the shadow root. */
function drillState(element: Element): string {
  const root = element.shadowRoot!;
  return root.querySelector('[part~="breadcrumb"]')?.textContent ?? String(root.innerHTML.length);
}

/**
 * Renders the element at `nodes`, lets it settle, drills into an L1 arc, and records the frames
 * of the drill: from the click to the first frame after the element's DOM last changed (the
 * animation's end).
 */
async function drill(nodes: number, ms = 2000): Promise<{ deltas: number[]; drilled: boolean }> {
  await time('element', nodes);
  const element = stage.querySelector('sp-summary-sunburst')!;
  // The drill of a settled chart: its table has filled in (it does so after the first paint).
  await filled(element);
  const arc = firstArc(element);
  if (!arc) return { deltas: [], drilled: false };
  const before = drillState(element);
  let changedAt = performance.now();
  const observer = new MutationObserver(() => (changedAt = performance.now()));
  observer.observe(element.shadowRoot!, { subtree: true, attributes: true, childList: true });
  const recording = frames(ms);
  arc.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  const recorded = await recording;
  observer.disconnect();
  const end = recorded.findIndex((frame) => frame.at > changedAt);
  const deltas = recorded.slice(0, end === -1 ? undefined : end + 1).map((frame) => frame.delta);
  return { deltas, drilled: drillState(element) !== before };
}

Object.assign(window, { bench: { render, tableComplete, drill, clear } });
