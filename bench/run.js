// `npm run bench [-- --quick] [-- --only=size,cold,cold-elements,sunburst,payouts,transactions,expected,requests,memory]`
//
// Builds the package, then measures size, cold first paint (a fresh page with the script tag),
// sunburst render, the payout list, expected payouts, request discipline and memory in headless
// Chromium, each next to its reference point in the same run. Prints one
// table and writes bench/results.json. It reports; it never fails on a missed goal (timings
// belong here, not in `npm test`).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome-path.js';
import { startServer } from './server.js';
import { ELEMENTS, measureSizes } from './size.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const BURST_SECONDS = Number(process.env.BENCH_BURST_SECONDS ?? (quick ? 10 : 60));
const RUNS = 5;
// BENCH_SUNBURST_SIZES=5000 measures one size only (the drill is always at 5,000).
const SUNBURST_SIZES = process.env.BENCH_SUNBURST_SIZES?.split(',').map(Number) ?? [
  50, 500, 5_000, 50_000,
];
const PAYOUTS = 10_000;
const EXPECTED = 20_000;
const MOUNTS = 1_000;
// Cold pages (issue 19): the sizes real summaries have, and the big one.
const COLD_SIZES = process.env.BENCH_COLD_SIZES?.split(',').map(Number) ?? [50, 500, 5_000];
const OUTDIR = resolve('node_modules/.cache/sp-finance-widgets-bench');
// BENCH_CDN_DIR=<folder> times another build's script tag on the cold pages instead of dist/cdn;
// BENCH_CDN_BEFORE=<folder> adds one to the same rounds, as "before".
const CDNDIR = resolve(process.env.BENCH_CDN_DIR ?? 'dist/cdn');
const BEFOREDIR = process.env.BENCH_CDN_BEFORE && resolve(process.env.BENCH_CDN_BEFORE);
const KiB = 1024;

const rows = [];
const raw = {};
const wanted = (section) => !only || only.includes(section);

/** One line of the table; `pass` is true, false, or null when there is no goal. */
function row(section, metric, value, { reference = '', ratio = '', goal = '', pass = null } = {}) {
  rows.push({ section, metric, value, reference, ratio, goal, pass });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const kib = (bytes) => `${(bytes / KiB).toFixed(1)} KiB`;
const times = (ratio) => `${ratio.toFixed(2)}×`;

function run(command) {
  const result = spawnSync(command, { shell: true, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${command} failed`);
  }
}

async function openPage(browser, origin, name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error(`[${name}] ${error.message}`));
  await page.goto(`${origin}/page/${name}`);
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

// ---- 1. Size ----

async function size() {
  const sizes = await measureSizes();
  raw.size = sizes;
  const { floor, script, echartsSunburst } = sizes;
  const line = (s) => `${kib(s.gzip)} gz · ${kib(s.brotli)} br`;
  row('size', 'dependency floor (lit, @lit/task, d3, decimal.js)', line(floor));
  row('size', 'script tag, all five (dist/cdn)', line(script), {
    reference: `floor ${kib(floor.gzip)}`,
    ratio: times(script.gzip / floor.gzip),
    goal: '≤ 45 KiB gz',
    pass: script.gzip <= 45 * KiB,
  });
  for (const name of ELEMENTS) {
    const element = sizes.elements[name];
    const balance = name === 'balance-card';
    row('size', `${name} alone, with its dependencies`, line(element), {
      reference: `floor ${kib(floor.gzip)}`,
      ratio: times(element.gzip / floor.gzip),
      goal: balance ? '≤ 28 KiB gz' : '',
      pass: balance ? element.gzip <= 28 * KiB : null,
    });
  }
  // What <sp-transaction-list> adds to a page that loads every element, as the script tag does.
  const { firstFour, allFive } = sizes;
  const added = allFive.gzip - firstFour.gzip;
  row('size', 'all five elements, and what transaction-list adds', line(allFive), {
    reference: `first four ${kib(firstFour.gzip)}; +${kib(added)} gz`,
    ratio: times(allFive.gzip / firstFour.gzip),
    goal: '≤ +8 KiB gz',
    pass: added <= 8 * KiB,
  });
  row('size', 'ECharts sunburst alone (core + sunburst + SVG)', line(echartsSunburst), {
    reference: `summary-sunburst ${kib(sizes.elements['summary-sunburst'].gzip)}`,
    ratio: times(echartsSunburst.gzip / sizes.elements['summary-sunburst'].gzip),
  });
}

// ---- 1b. Cold first paint ----

/**
 * Runs `fn(...args)` of `window.bench` on a fresh page `name`, in a context of its own (no
 * cache, no compiled code shared with an earlier page), and closes it. A page whose renderer
 * crashed (it happens on a crowded machine) is run once more on a new one.
 */
async function onColdPage(browser, origin, name, fn, ...a) {
  try {
    return await onFreshPage(browser, origin, name, fn, a);
  } catch (error) {
    console.error(`[${name}] ${error.message}; once more`);
    return onFreshPage(browser, origin, name, fn, a);
  }
}

async function onFreshPage(browser, origin, name, fn, a) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[${name}] ${error.message}`));
    await page.goto(`${origin}/page/${name}`);
    await page.waitForFunction(() => 'bench' in window);
    return await page.evaluate(([f, b]) => window.bench[f](...b), [fn, a]);
  } finally {
    await context.close();
  }
}

/** `RUNS` rounds of every implementation in turn; each one's samples and median. */
async function coldRounds(browser, origin, impls) {
  const samples = Object.fromEntries(Object.keys(impls).map((key) => [key, []]));
  for (let i = 0; i < RUNS; i++) {
    for (const [key, [page, fn, ...a]] of Object.entries(impls)) {
      samples[key].push(await onColdPage(browser, origin, page, fn, ...a));
    }
  }
  const result = {};
  for (const [key, runs] of Object.entries(samples)) {
    result[key] = { runs, ms: median(runs.map((r) => r.ms)), last: runs[runs.length - 1] };
  }
  return result;
}

async function cold(browser, origin) {
  await onColdPage(browser, origin, 'cold-d3', 'sunburst', 4); // start the browser's processes
  raw.cold = {};
  for (const nodes of COLD_SIZES) {
    const result = await coldRounds(browser, origin, {
      d3: ['cold-d3', 'sunburst', nodes],
      echarts: ['cold-echarts', 'sunburst', nodes],
      highcharts: ['cold-highcharts', 'sunburst', nodes],
      element: ['cold-element', 'sunburst', nodes],
      intl: ['cold-d3', 'intl'],
      ...(BEFOREDIR ? { before: ['cold-element-before', 'sunburst', nodes] } : {}),
    });
    raw.cold[nodes] = result;
    const { d3, echarts, highcharts, element, intl } = result;
    const big = nodes >= 5_000;
    const limit = big ? 1 : 2;
    const n = nodes.toLocaleString('en-US');
    row('cold', `${n} nodes, cold: element (${element.last.paths} paths)`, ms(element.ms), {
      reference: `D3 ${ms(d3.ms)}, ECharts ${ms(echarts.ms)}, Highcharts ${ms(highcharts.ms)}`,
      ratio: times(element.ms / d3.ms),
      goal: `≤ ${limit.toFixed(1)}× D3, < ECharts, < Highcharts`,
      pass: element.ms <= limit * d3.ms && element.ms < echarts.ms && element.ms < highcharts.ms,
    });
    if (result.before) {
      row('cold', `${n} nodes, cold: before (BENCH_CDN_BEFORE)`, ms(result.before.ms), {
        reference: `${result.before.last.nodes} DOM nodes; now ${element.last.nodes}`,
        ratio: times(result.before.ms / d3.ms),
      });
    }
    if (nodes === 50) {
      row('cold', 'fresh page: first Intl money and date format alone', ms(intl.ms), {
        reference: `D3 ${ms(d3.ms)} (no Intl)`,
        ratio: times(intl.ms / d3.ms),
      });
      const count = element.last.nodes;
      row('cold', `${n} nodes, cold: element's DOM nodes, shadow roots too`, String(count), {
        reference: `D3 ${d3.last.nodes}, ECharts ${echarts.last.nodes}, Highcharts ${highcharts.last.nodes}`,
        ratio: times(count / d3.last.nodes),
        goal: '≤ 600',
        pass: count <= 600,
      });
    }
  }
}

/** The other elements, cold, each next to a minimal LitElement floor of the same amounts. */
async function coldElements(browser, origin) {
  await onColdPage(browser, origin, 'cold-floors', 'balances'); // start the browser's processes
  const cases = [
    ['balance card, 3 accounts × 5 balance types', 'balances'],
    ['expected payout, 5 payouts', 'expected', 5],
    ['payout list, 25 rows', 'payouts', 25],
  ];
  raw.coldElements = {};
  for (const [label, fn, ...a] of cases) {
    const result = await coldRounds(browser, origin, {
      floor: ['cold-floors', fn, ...a],
      element: ['cold-element', fn, ...a],
      ...(BEFOREDIR ? { before: ['cold-element-before', fn, ...a] } : {}),
    });
    raw.coldElements[fn] = result;
    const { floor, element } = result;
    row('cold-elements', `${label}, cold: element`, ms(element.ms), {
      reference: `Lit floor ${ms(floor.ms)}; ${element.last.nodes} vs ${floor.last.nodes} nodes`,
      ratio: times(element.ms / floor.ms),
      goal: '≤ 2× floor',
      pass: element.ms <= 2 * floor.ms,
    });
    if (result.before) {
      row('cold-elements', `${label}, cold: before (BENCH_CDN_BEFORE)`, ms(result.before.ms), {
        reference: `Lit floor ${ms(floor.ms)}`,
        ratio: times(result.before.ms / floor.ms),
      });
    }
  }
}

// ---- 2. Sunburst render ----

async function sunburst(browser, origin) {
  const page = await openPage(browser, origin, 'sunburst');
  const render = (impl, nodes) =>
    page.evaluate(([i, n]) => window.bench.render(i, n), [impl, nodes]);
  const impls = ['floor', 'element', 'echarts'];
  for (const impl of impls) await render(impl, 500); // warm up the JIT
  raw.sunburst = {};
  for (const nodes of SUNBURST_SIZES) {
    const samples = { floor: [], element: [], echarts: [] };
    const paths = {};
    for (let i = 0; i < RUNS; i++) {
      for (const impl of impls) {
        const result = await render(impl, nodes);
        samples[impl].push(result.ms);
        paths[impl] = result.paths;
      }
    }
    await page.evaluate(() => window.bench.clear());
    const [floor, element, echarts] = impls.map((impl) => median(samples[impl]));
    raw.sunburst[nodes] = { samples, medians: { floor, element, echarts }, paths };
    const n = nodes.toLocaleString('en-US');
    const at5000 = nodes === 5_000;
    if (!paths.element) {
      row('sunburst', `${n} nodes: element`, 'pending (element draws no arcs yet)', {
        reference: `floor ${ms(floor)}, ECharts ${ms(echarts)}`,
      });
      continue;
    }
    row('sunburst', `${n} nodes: element (${paths.element} paths)`, ms(element), {
      reference: `D3 floor ${ms(floor)}`,
      ratio: times(element / floor),
      goal: at5000 ? '≤ 1.0× floor' : '',
      pass: at5000 ? element <= floor : null,
    });
    row('sunburst', `${n} nodes: ECharts vs element`, ms(echarts), {
      reference: `element ${ms(element)}`,
      ratio: times(echarts / element),
      goal: at5000 ? '≥ 3× (ECharts slower)' : '',
      pass: at5000 ? echarts >= 3 * element : null,
    });
  }
  // The table fills in after the chart has painted: how long until its last row, at 5,000.
  const table = [];
  for (let i = 0; i < RUNS; i++) {
    table.push(await page.evaluate(() => window.bench.tableComplete(5_000)));
  }
  raw.sunburst.table = table;
  row(
    'sunburst',
    '5,000 nodes: element, table complete',
    ms(median(table.map((t) => t.complete))),
    {
      reference: `chart painted at ${ms(median(table.map((t) => t.painted)))}`,
    },
  );
  const deltas = [];
  let drilled = 0;
  for (let i = 0; i < 3; i++) {
    const result = await page.evaluate(() => window.bench.drill(5_000));
    deltas.push(...result.deltas);
    if (result.drilled) drilled++;
  }
  raw.sunburst.drill = { deltas, drilled };
  if (drilled === 0) {
    row('sunburst', 'drill-in at 5,000 nodes: frame p95', 'pending (no arc drilled into)');
  } else {
    const p95 = percentile(deltas, 95);
    row('sunburst', 'drill-in at 5,000 nodes: frame p95', `${p95.toFixed(2)} ms`, {
      reference: `max ${ms(Math.max(...deltas))}, ${deltas.length} frames`,
      goal: '≤ 16.7 ms',
      pass: p95 <= 16.7,
    });
  }
  await page.close();
}

// ---- 3. Payout list ----

/** 10,000 transactions' first render, next to 10,000 payouts' in the same page and runs (#16). */
async function transactions(browser, origin) {
  const page = await openPage(browser, origin, 'transactions');
  const bench = (fn, ...a) => page.evaluate(([f, b]) => window.bench[f](...b), [fn, a]);
  await bench('firstRender', 'transactions', 500); // warm up
  await bench('firstRender', 'payouts', 500);
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const first = await bench('firstRender', 'transactions', PAYOUTS);
    const nodes = await bench('nodes');
    const payoutsFirst = await bench('firstRender', 'payouts', PAYOUTS);
    runs.push({ first, nodes, payoutsFirst });
  }
  await page.close();
  const first = median(runs.map((r) => r.first));
  const reference = median(runs.map((r) => r.payoutsFirst));
  const nodes = runs.map((r) => r.nodes).reduce((a, b) => (a.all >= b.all ? a : b));
  raw.transactions = { runs, first, reference, nodes };
  const n = PAYOUTS.toLocaleString('en-US');
  row('transactions', `${n} transactions: first render`, ms(first), {
    reference: `${n} payouts ${ms(reference)}`,
    ratio: times(first / reference),
  });
  row('transactions', `${n} transactions: DOM nodes, shadow roots too`, `${nodes.all}`, {
    goal: '≤ 2,000',
    pass: nodes.all <= 2_000,
  });
}

async function payouts(browser, origin) {
  const page = await openPage(browser, origin, 'payouts');
  const bench = (fn, ...a) => page.evaluate(([f, b]) => window.bench[f](...b), [fn, a]);
  await bench('firstRender', 'element', 500); // warm up
  await bench('firstRender', 'plain', 500);
  const results = {};
  for (const impl of ['element', 'plain']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const first = await bench('firstRender', impl, PAYOUTS);
      const nodesFirst = await bench('nodes');
      const scroll = await bench('scrollToEnd', PAYOUTS);
      const nodesEnd = await bench('nodes');
      runs.push({ first, scroll, nodes: nodesFirst.all > nodesEnd.all ? nodesFirst : nodesEnd });
    }
    results[impl] = {
      runs,
      first: median(runs.map((r) => r.first)),
      scroll: median(runs.map((r) => r.scroll.ms)),
      reachedEnd: runs.every((r) => r.scroll.found),
      nodes: runs.map((r) => r.nodes).reduce((a, b) => (a.all >= b.all ? a : b)),
    };
  }
  raw.payouts = results;
  const { element, plain } = results;
  const n = PAYOUTS.toLocaleString('en-US');
  row('payouts', `${n} payouts: first render`, ms(element.first), {
    reference: `plain repeat ${ms(plain.first)}`,
    ratio: times(element.first / plain.first),
    goal: '≤ 100 ms',
    pass: element.first <= 100,
  });
  row(
    'payouts',
    `${n} payouts: scroll to the end`,
    element.reachedEnd ? ms(element.scroll) : 'last row never shown',
    {
      reference: `plain repeat ${ms(plain.scroll)}`,
      ratio: element.reachedEnd ? times(element.scroll / plain.scroll) : '',
      pass: element.reachedEnd ? null : false,
    },
  );
  const count = ({ all, elements }) => `${all} (${elements} elements)`;
  row('payouts', `${n} payouts: DOM nodes, shadow roots too`, count(element.nodes), {
    reference: `plain repeat ${count(plain.nodes)}`,
    ratio: times(element.nodes.all / plain.nodes.all),
    goal: '≤ 2,000',
    pass: element.nodes.all <= 2_000,
  });
  await page.close();
}

// ---- 3b. Expected payouts ----

async function expected(browser, origin) {
  const page = await openPage(browser, origin, 'expected');
  const bench = (fn, ...a) => page.evaluate(([f, b]) => window.bench[f](...b), [fn, a]);
  await bench('firstRender', 500); // warm up
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const first = await bench('firstRender', EXPECTED);
    const nodes = await bench('nodes');
    const few = await bench('firstRender', 20);
    const fewNodes = await bench('nodes');
    const load = await bench('loadPath', EXPECTED);
    runs.push({ first, nodes, few, fewNodes, load });
  }
  await page.close();
  const first = median(runs.map((r) => r.first));
  const few = median(runs.map((r) => r.few));
  const load = median(runs.map((r) => r.load));
  const nodes = runs.map((r) => r.nodes).reduce((a, b) => (a.all >= b.all ? a : b));
  const fewNodes = runs[0].fewNodes;
  raw.expected = { runs, first, few, load, nodes };
  const n = EXPECTED.toLocaleString('en-US');
  row('expected', `${n} expected payouts: first render`, ms(first), {
    reference: `20 payouts ${ms(few)}; load path alone ${ms(load)}`,
    ratio: times(first / few),
    goal: '≤ 200 ms',
    pass: first <= 200,
  });
  const count = ({ all, elements }) => `${all} (${elements} elements)`;
  row('expected', `${n} expected payouts: DOM nodes, shadow roots too`, count(nodes), {
    reference: `20 payouts ${count(fewNodes)}`,
    ratio: times(nodes.all / fewNodes.all),
    goal: '≤ 3,000',
    pass: nodes.all <= 3_000,
  });
}

// ---- 4. Requests ----

/** The most requests in any window of `seconds` (windows start at a request). */
function peak(times, seconds) {
  let best = 0;
  for (let start = 0, end = 0; start < times.length; start++) {
    while (end < times.length && times[end] < times[start] + seconds * 1000) end++;
    best = Math.max(best, end - start);
  }
  return best;
}

const OPERATIONS = ['listBalances', 'listSummary', 'listPayouts', 'listExpectedPayouts'];

/** The log's entries per operation, in the table's order. */
function byOperation(log) {
  return OPERATIONS.map((operation) => [operation, log.filter((e) => e.operation === operation)]);
}

async function requests(browser, origin, server) {
  const page = await openPage(browser, origin, 'requests');
  server.log.length = 0;
  await page.evaluate((base) => window.bench.mount(base), '/sandbox');
  await page.waitForTimeout(1000);
  const mounted = byOperation(server.log);
  raw.requests = { mount: {} };
  for (const [operation, entries] of mounted) {
    const distinct = new Set(entries.map((entry) => entry.url)).size;
    raw.requests.mount[operation] = { requests: entries.length, distinct };
    const requests = `${entries.length} request${entries.length === 1 ? '' : 's'}`;
    row('requests', `8 elements, one base-url: ${operation}`, requests, {
      reference: `${distinct} distinct ${distinct === 1 ? 'query' : 'queries'}`,
      ratio: times(entries.length / distinct),
      goal: '1 per distinct query',
      pass: entries.length === distinct,
    });
  }

  server.log.length = 0;
  const started = performance.now();
  const actions = await page.evaluate((s) => window.bench.burst(s), BURST_SECONDS);
  await page.waitForTimeout(2000);
  const seconds = (performance.now() - started) / 1000;
  await page.close();
  const burst = byOperation(server.log);
  row(
    'requests',
    `burst of ${BURST_SECONDS} s, every 100 ms`,
    `${actions.attributes} attribute changes, ${actions.retries} Retry clicks`,
  );
  const log = server.log.map(({ t, ...entry }) => ({ ms: Math.round(t - started), ...entry }));
  raw.requests.burst = { seconds: BURST_SECONDS, actions, operations: {}, log };
  for (const [operation, entries] of burst) {
    const t = entries.map((entry) => entry.t);
    const stats = {
      total: t.length,
      peak1s: peak(t, 1),
      peak10s: peak(t, 10),
      sustained: Math.max(0, t.length - 10) / seconds,
      statuses: entries.reduce((acc, e) => ({ ...acc, [e.status]: (acc[e.status] ?? 0) + 1 }), {}),
    };
    raw.requests.burst.operations[operation] = stats;
    row(
      'requests',
      `burst: ${operation}, peak`,
      `${stats.peak1s} in 1 s, ${stats.peak10s} in 10 s`,
      {
        reference: `${stats.total} in ${Math.round(seconds)} s: ${stats.sustained.toFixed(2)}/s beyond the burst`,
        goal: '≤ 10/1 s, ≤ 15/10 s, ≤ 0.5/s',
        pass: stats.peak1s <= 10 && stats.peak10s <= 15 && stats.sustained <= 0.5 + 1e-9,
      },
    );
  }
}

// ---- 5. Memory ----

async function memory(browser, origin) {
  const page = await openPage(browser, origin, 'memory');
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  raw.memory = {};
  for (const name of ELEMENTS) {
    const tag = `sp-${name}`;
    await page.evaluate((t) => window.bench.cycle(t, 20), tag); // warm up: code, styles, caches
    const noise = Math.abs((await heap()) - (await heap()));
    const cycle = (n) => page.evaluate(([t, count]) => window.bench.cycle(t, count), [tag, n]);
    // Two halves: a leak keeps growing in the second; warming caches does not.
    const before = await heap();
    const shown = await cycle(MOUNTS / 2);
    const middle = await heap();
    const shownToo = await cycle(MOUNTS / 2);
    const after = await heap();
    const growth = after - before;
    const plus = (bytes) => `${bytes >= 0 ? '+' : ''}${kib(bytes)}`;
    raw.memory[tag] = { before, middle, after, growth, noise, shown: shown + shownToo };
    row('memory', `${tag}: heap after ${MOUNTS.toLocaleString('en-US')} mounts`, kib(after), {
      reference: `before ${kib(before)}, 2nd half ${plus(after - middle)}`,
      ratio: plus(growth),
      goal: '≤ 1 KiB growth per mount',
      pass: growth <= MOUNTS * KiB,
    });
  }
  await page.close();
}

// ---- Output ----

function printTable(machine) {
  const headers = ['metric', 'value', 'reference', 'ratio', 'goal', 'result'];
  const cells = rows.map((r) => [
    r.metric,
    r.value,
    r.reference,
    r.ratio,
    r.goal,
    r.pass === null ? '' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((cell, i) => cell.padEnd(widths[i])).join(' │ ');
  console.log(`\n${machine}`);
  console.log(line(headers));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  let section;
  rows.forEach((r, i) => {
    if (section && r.section !== section) console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
    section = r.section;
    console.log(line(cells[i]));
  });
}

async function main() {
  // The size section reads dist/ and the cold pages load dist/cdn; the other pages bundle src/.
  if (wanted('size')) {
    console.error('Building (build:esm, build:cdn)…');
    run('npm run --silent build:esm && npm run --silent build:cdn');
  } else if ((wanted('cold') || wanted('cold-elements')) && !process.env.BENCH_CDN_DIR) {
    console.error('Building (build:cdn)…');
    run('npm run --silent build:cdn');
  }
  mkdirSync(OUTDIR, { recursive: true });
  await build({
    entryPoints: [
      'sunburst',
      'payouts',
      'transactions',
      'expected',
      'requests',
      'memory',
      'cold-element',
      'cold-d3',
      'cold-echarts',
      'cold-highcharts',
      'cold-floors',
    ].map((n) => `bench/pages/${n}.ts`),
    outdir: OUTDIR,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  });
  const server = await startServer(OUTDIR, CDNDIR, BEFOREDIR);
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    chromium: browser.version(),
  };
  const described = `Machine: ${machine.cpus} × ${machine.cpu}, ${machine.memory}; Chromium ${machine.chromium} (headless); Node ${machine.node}`;
  try {
    const sections = {
      size,
      cold,
      'cold-elements': coldElements,
      sunburst,
      payouts,
      transactions,
      expected,
      requests,
      memory,
    };
    for (const [name, measure] of Object.entries(sections)) {
      if (!wanted(name)) continue;
      console.error(`Measuring ${name}…`);
      await measure(browser, server.origin, server);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  printTable(described);
  const results = {
    date: new Date().toISOString(),
    machine,
    options: { quick, burstSeconds: BURST_SECONDS, runs: RUNS, only: only ?? 'all' },
    rows,
    raw,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nWrote bench/results.json');
}

await main();
