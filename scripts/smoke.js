// The smoke run (`npm run test:smoke`, part of `npm test`): builds the library and the example
// apps for real (demo/react with Vite, demo/vue with Vite + vue-tsc, demo/angular with the
// Angular CLI's esbuild builder), serves each build and demo/script-tag.html on 127.0.0.1, and
// drives Debian's Chromium with playwright-core: every element shows real amounts, clicking a
// settlement id in <sp-payout-list> points the sunburst at it, and no page throws.
//
//   node scripts/smoke.js                  everything
//   node scripts/smoke.js --only vue,react pages to check (react, vue, angular, script-tag)
//   node scripts/smoke.js --no-build       reuse the existing builds (iterating on checks)
//
// Ends with `N passed, N failed`; exits 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.js';
import { importTs } from './load-ts.js';
import { checkPage } from '../test/smoke/page-checks.js';
import { serveStatic } from '../test/smoke/static-server.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set(args[onlyAt + 1]?.split(',')) : undefined;

/**
 * The pages. `bindsAttribute`: the app points the sunburst through the `settlement-id`
 * attribute (Vue's `:settlement-id`, Angular's `[attr.settlement-id]`, setAttribute); the React
 * wrapper sets the `settlementId` property, as @lit/react does for a property the class has.
 */
const APPS = [
  { label: 'react', workspace: 'demo/react', dist: 'demo/react/dist', bindsAttribute: false },
  { label: 'vue', workspace: 'demo/vue', dist: 'demo/vue/dist', bindsAttribute: true },
  {
    label: 'angular',
    workspace: 'demo/angular',
    dist: 'demo/angular/dist/browser',
    bindsAttribute: true,
  },
].filter((app) => !only || only.has(app.label));
const SCRIPT_TAG = !only || only.has('script-tag');

const results = [];
const timings = [];

/** Runs one check, prints `ok`/`not ok`, and resolves whether it passed. */
async function record(name, fn) {
  const start = performance.now();
  try {
    const note = await fn();
    const ms = Math.round(performance.now() - start);
    results.push({ name, ok: true });
    console.log(`ok - ${name} (${ms} ms)${note ? `: ${note}` : ''}`);
    return true;
  } catch (error) {
    const ms = Math.round(performance.now() - start);
    results.push({ name, ok: false });
    console.log(`not ok - ${name} (${ms} ms)`);
    console.log(indent(String(error?.message ?? error)));
    return false;
  }
}

async function phase(name, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings.push([name, performance.now() - start]);
  }
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');

/** Runs a command; rejects with the end of its output when it fails. */
function run(command, commandArgs, env = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, commandArgs, {
      cwd: root,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done(output);
      else {
        const tail = output.trim().split('\n').slice(-40).join('\n');
        fail(new Error(`${command} ${commandArgs.join(' ')} exited ${code}\n${tail}`));
      }
    });
  });
}

const started = performance.now();
const servers = [];
let browser;
try {
  console.log('# smoke: framework example apps and the script tag, in Chromium');

  await phase('generated wrappers check', () =>
    record('React wrappers and framework typings match the elements (gen-react --check)', () =>
      run(process.execPath, ['scripts/gen-react.js', '--check']).then(() => undefined),
    ),
  );

  let libraryBuilt = true;
  if (build) {
    libraryBuilt = await phase('library build', () =>
      record('the library builds (dist/esm, dist/cdn, dist/types)', async () => {
        await run('npm', ['run', 'build:esm', '--silent']);
        await run('npm', ['run', 'build:cdn', '--silent']);
        await run('npm', ['run', 'build:types', '--silent']);
      }),
    );
  }

  const built = new Map();
  for (const app of APPS) {
    const ok = build
      ? await phase(`${app.label} build`, () =>
          record(`${app.label}: the example app builds (npm run build -w ${app.workspace})`, () => {
            if (!libraryBuilt) throw new Error('the library did not build');
            return run('npm', ['run', 'build', '-w', app.workspace, '--silent']).then(
              () => undefined,
            );
          }),
        )
      : existsSync(resolve(app.dist, 'index.html'));
    built.set(app.label, ok);
  }

  await phase('browser checks', async () => {
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    for (const app of APPS) {
      if (!built.get(app.label)) {
        await record(`${app.label}: checked in Chromium`, () => {
          throw new Error('skipped: the app did not build');
        });
        continue;
      }
      const server = await serveStatic(app.dist);
      servers.push(server);
      await checkPage(browser, {
        label: app.label,
        url: `${server.url}/`,
        bindsAttribute: app.bindsAttribute,
        record,
      });
    }
    if (SCRIPT_TAG) {
      // The repository root, as a host would lay it out, with the sandbox backend at /sandbox.
      const { createSandboxHandler } = await importTs('server/sandbox-handler.ts');
      const server = await serveStatic(root, { mounts: { '/sandbox': createSandboxHandler() } });
      servers.push(server);
      await checkPage(browser, {
        label: 'script-tag',
        url: `${server.url}/demo/script-tag.html`,
        bindsAttribute: true,
        record,
      });
    }
  });
} catch (error) {
  await record('the smoke run completes', () => {
    throw error;
  });
} finally {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
}

const total = (performance.now() - started) / 1000;
console.log(
  `# time: ${timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}; total ${total.toFixed(1)} s`,
);
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
