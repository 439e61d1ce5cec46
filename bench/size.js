// Section 1: bytes a host ships, min+gzip and min+brotli, next to the dependency floor.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ELEMENTS = ['balance-card', 'summary-sunburst', 'payout-list', 'expected-payout'];

/** What every element stands on, alone: the parts of each dependency the elements use. */
const FLOOR = `
export { LitElement, html, svg, css, nothing } from 'lit';
export { Task } from '@lit/task';
export { hierarchy, partition } from 'd3-hierarchy';
export { arc } from 'd3-shape';
export { default as Decimal } from 'decimal.js';
`;

/** ECharts' sunburst alone, tree-shaken the way its docs recommend. */
const ECHARTS = `
import * as echarts from 'echarts/core';
import { SunburstChart } from 'echarts/charts';
import { SVGRenderer } from 'echarts/renderers';
echarts.use([SunburstChart, SVGRenderer]);
export { echarts };
`;

function compressed(bytes) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** esbuild bundle + minify, as an app's production build would ship the import. */
async function bundle(options) {
  const result = await build({
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'bench-size',
    logLevel: 'error',
    metafile: true,
    ...options,
  });
  const [output] = Object.values(result.metafile.outputs);
  // The biggest inputs, for whoever has to bring a figure under its budget.
  const largest = Object.entries(output.inputs)
    .map(([input, { bytesInOutput }]) => [input, bytesInOutput])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return { ...compressed(result.outputFiles[0].contents), largest };
}

const fromSource = (contents) => bundle({ stdin: { contents, resolveDir: process.cwd() } });

export async function measureSizes() {
  const sizes = {
    script: compressed(readFileSync('dist/cdn/sp-finance-widgets.js')),
    floor: await fromSource(FLOOR),
    echartsSunburst: await fromSource(ECHARTS),
    elements: {},
  };
  for (const name of ELEMENTS) {
    sizes.elements[name] = await bundle({ entryPoints: [`src/components/${name}/${name}.ts`] });
  }
  return sizes;
}
