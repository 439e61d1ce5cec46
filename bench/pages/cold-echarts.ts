/** The cold page of the echarts sunburst (see cold-charts.ts). */
import { coldChart } from './cold-charts.js';
import { renderECharts } from './echarts-sunburst.js';

coldChart(renderECharts);
