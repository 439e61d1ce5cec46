/**
 * Cold pages, the references' side: each chart library is its own page bundle (plain D3, the
 * floor; ECharts, SVG renderer; Highcharts), so a page compiles only the library it draws with.
 */
import type { SummaryResponse } from '../../src/api/wire.js';
import { coldPaint, paths, stage } from './cold-timing.js';
import { summaryResponse } from './synthetic.js';
import { countNodes } from './timing.js';

/**
 * What a fresh page pays the first time it formats money and a date with Intl (loading the
 * locale's data), which an element showing amounts cannot avoid and a bare D3 chart never pays.
 */
async function intl() {
  const ms = await coldPaint(() => {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(1);
    new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
  });
  return { ms, nodes: 0, paths: 0 };
}

/** Exposes `window.bench.sunburst(nodes)`: `render` draws on a fresh stage, timed cold. */
export function coldChart(render: (container: HTMLElement, response: SummaryResponse) => unknown) {
  async function sunburst(nodes: number) {
    const response = summaryResponse(nodes);
    const where = stage();
    const ms = await coldPaint(() => void render(where, response));
    return { ms, nodes: countNodes(where).all, paths: paths(where) };
  }
  Object.assign(window, { bench: { sunburst, intl } });
}
