/** The cold page of the d3 sunburst (see cold-charts.ts). */
import { coldChart } from './cold-charts.js';
import { renderFloor } from './floor-sunburst.js';

coldChart(renderFloor);
