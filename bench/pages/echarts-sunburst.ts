/**
 * What a host would otherwise pick: ECharts' sunburst, tree-shaken to the sunburst and the
 * SVG renderer, fed the same payload (absolute amounts as values, like the element's arcs).
 * Animation is off, so the time is to the final picture, as for the others.
 */
import * as echarts from 'echarts/core';
import { SunburstChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
import type { Breakdown, SummaryResponse } from '../../src/api/wire.js';

echarts.use([SunburstChart, SVGRenderer]);

interface Datum {
  name: string;
  value?: number;
  children?: Datum[];
}

function toDatum(breakdown: Breakdown): Datum {
  const children = breakdown.breakdowns ?? [];
  return children.length
    ? { name: breakdown.breakdownType ?? '', children: children.map(toDatum) }
    : {
        name: breakdown.breakdownType ?? '',
        value: Math.abs(Number(breakdown.breakdownAmount?.currencyAmount ?? 0)),
      };
}

export function renderECharts(
  container: HTMLElement,
  response: SummaryResponse,
  size = 480,
): echarts.EChartsType {
  const chart = echarts.init(container, null, { renderer: 'svg', width: size, height: size });
  chart.setOption({
    animation: false,
    series: [
      {
        type: 'sunburst',
        radius: [0, '95%'],
        data: (response.summaries?.[0]?.breakdowns ?? []).map(toDatum),
      },
    ],
  });
  return chart;
}
