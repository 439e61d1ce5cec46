/**
 * Highcharts' sunburst (the other chart library a host would pick), SVG as always, fed the same
 * payload as the element (absolute amounts as values). Animation and the accessibility module
 * are off, so the time is to the final picture, as for the others; so are its data labels,
 * which it measures one by one (with them: 2 s at 500 nodes, a minute at 5,000, here).
 */
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/sunburst.js';
import type { Breakdown, SummaryResponse } from '../../src/api/wire.js';

interface Point {
  id: string;
  parent?: string;
  name: string;
  value?: number;
}

/** The tree as Highcharts wants it: a flat list of points naming their parents. */
function points(breakdowns: Breakdown[], parent: string | undefined, into: Point[]): Point[] {
  breakdowns.forEach((breakdown, index) => {
    const id = `${parent ?? 'r'}.${index}`;
    const children = breakdown.breakdowns ?? [];
    const name = breakdown.breakdownType ?? '';
    if (children.length) {
      into.push({ id, parent, name });
      points(children, id, into);
    } else {
      const value = Math.abs(Number(breakdown.breakdownAmount?.currencyAmount ?? 0));
      into.push({ id, parent, name, value });
    }
  });
  return into;
}

export function renderHighcharts(
  container: HTMLElement,
  response: SummaryResponse,
  size = 480,
): Highcharts.Chart {
  return Highcharts.chart(container, {
    chart: { width: size, height: size, animation: false },
    accessibility: { enabled: false },
    credits: { enabled: false },
    title: { text: undefined },
    // Past 1,000 points Highcharts wants arrays unless told otherwise.
    plotOptions: { series: { turboThreshold: 0 } },
    series: [
      {
        type: 'sunburst',
        animation: false,
        dataLabels: { enabled: false },
        data: points(response.summaries?.[0]?.breakdowns ?? [], undefined, []),
      },
    ],
  });
}
