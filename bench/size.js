// Section 1: bytes a host ships, min+gzip and min+brotli, next to the dependency floor.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const ELEMENTS = [
  'balance-card',
  'summary-sunburst',
  'payout-list',
  'expected-payout',
  'transaction-list',
];

/** The first round's four elements, without `<sp-transaction-list>` (#16: what it may weigh). */
const FIRST_FOUR = ELEMENTS.filter((name) => name !== 'transaction-list');
const importsOf = (names) =>
  names.map((name) => `import './src/components/${name}/${name}.js';`).join('\n');

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

/**
 * esbuild bundle + minify with code splitting, as an app's production build ships the import:
 * what loads at once is the entry and the chunks it imports statically; chunks behind a dynamic
 * `import()` (translations) load only when asked for, so they are counted apart.
 */
async function bundle(options) {
  const result = await build({
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: 'bench-size',
    logLevel: 'error',
    metafile: true,
    ...options,
  });
  const { outputs } = result.metafile;
  const contents = new Map(result.outputFiles.map((file) => [file.path, file.contents]));
  const initial = new Set();
  const visit = (name) => {
    if (initial.has(name)) return;
    initial.add(name);
    for (const i of outputs[name].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  const entry = options.entryPoints?.[0] ?? '<stdin>';
  visit(Object.keys(outputs).find((name) => outputs[name].entryPoint === entry));
  const sum = (names) =>
    names
      .map((name) => compressed(contents.get(resolve(name))))
      .reduce((a, b) => ({
        min: a.min + b.min,
        gzip: a.gzip + b.gzip,
        brotli: a.brotli + b.brotli,
      }));
  const lazy = Object.keys(outputs).filter((name) => !initial.has(name));
  // The biggest inputs loaded at once, for whoever has to bring a figure under its budget.
  const largest = [...initial]
    .flatMap((name) => Object.entries(outputs[name].inputs))
    .map(([input, { bytesInOutput }]) => [input, bytesInOutput])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8);
  return {
    ...sum([...initial]),
    onDemand: lazy.length ? { chunks: lazy.length, ...sum(lazy) } : undefined,
    largest,
  };
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
  sizes.firstFour = await fromSource(importsOf(FIRST_FOUR));
  sizes.allFive = await fromSource(importsOf(ELEMENTS));
  return sizes;
}
