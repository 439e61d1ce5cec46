/** The cold page of the highcharts sunburst (see cold-charts.ts). */
import { coldChart } from './cold-charts.js';
import { renderHighcharts } from './highcharts-sunburst.js';

coldChart(renderHighcharts);
