// The smoke run (`npm run test:smoke`, part of `npm test`): builds the library and the example
// apps for real (demo/react with Vite, demo/vue with Vite + vue-tsc, demo/angular with the
// Angular CLI's esbuild builder, demo/next with `next build`), each against the packed tarball
// installed as a host installs it (not the workspace); serves each build and
// demo/script-tag.html on 127.0.0.1, and drives Debian's Chromium with playwright-core: every
// element shows real amounts, clicking a settlement id in <sp-payout-list> points the sunburst
// at it, and no page throws. Before the apps it checks the types a host gets (test/types) and
// the package itself (scripts/check-package.js: size, publint, Are the Types Wrong).
//
//   node scripts/smoke.js                  everything
//   node scripts/smoke.js --only vue,next  pages to check (react, vue, angular, next, script-tag)
//   node scripts/smoke.js --no-build       reuse the existing builds (iterating on checks)
//
// Ends with `N passed, N failed`; exits 1 when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readlinkSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome-path.js';
import { importTs } from './load-ts.js';
import { checkPage } from '../test/smoke/page-checks.js';
import { pack } from './check-package.js';
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
  // Not a workspace; it runs on `next start` (a Server Component page, and a route handler
  // serving the reference proxy at /sp-api).
  { label: 'next', app: 'demo/next', dist: 'demo/next/.next', bindsAttribute: false },
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

const INSTALLED = join(root, 'node_modules', 'sp-finance-widgets');
const UNPACKED = join(root, '.package', 'sp-finance-widgets');

/**
 * Points the apps' `sp-finance-widgets` at the packed tarball, unpacked as npm would, instead of
 * the workspace (the symlink to the repository that `npm install` makes): the apps build from
 * what a host installs. Its own dependencies resolve from the repository's node_modules.
 * Resolves a function that puts the workspace link back.
 */
async function installTarball() {
  const workspaceLink = readlinkSync(INSTALLED);
  const { file } = pack();
  mkdirSync(UNPACKED, { recursive: true });
  await run('tar', ['xzf', file, '-C', UNPACKED, '--strip-components=1']);
  unlinkSync(INSTALLED);
  symlinkSync(relative(dirname(INSTALLED), UNPACKED), INSTALLED, 'dir');
  return () => {
    unlinkSync(INSTALLED);
    symlinkSync(workspaceLink, INSTALLED, 'dir');
    rmSync(dirname(UNPACKED), { recursive: true, force: true });
  };
}

/** A port nobody listens on, for `next start`. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** `next start` on a free port; resolves `{ url, close() }` once it answers. */
async function nextStart(app) {
  const port = await freePort();
  const child = spawn(
    resolve('node_modules/.bin/next'),
    ['start', app.app, '--port', String(port), '--hostname', '127.0.0.1'],
    { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    const answered = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (answered) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`next start did not answer on ${url}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    close: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill();
      }),
  };
}

const started = performance.now();
const servers = [];
/** Set while the apps' sp-finance-widgets is the tarball: puts the workspace link back. */
let restoreWorkspace;
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
        await run('npm', ['run', 'build:editor', '--silent']);
        await run('npm', ['run', 'build:proxy', '--silent']);
      }),
    );
  }

  await phase('types', () =>
    record('the types a host gets: test/types (tsc against dist/types)', async () => {
      if (!libraryBuilt) throw new Error('the library did not build');
      await run('npm', ['run', 'test:types', '--silent']);
    }),
  );

  await phase('package', () =>
    record(
      'the package: size, contents, publint, Are the Types Wrong (check-package)',
      async () => {
        if (!libraryBuilt) throw new Error('the library did not build');
        const output = await run(process.execPath, ['scripts/check-package.js']);
        return output
          .trim()
          .split('\n')
          .find((line) => line.includes('KiB'));
      },
    ),
  );

  if (build && libraryBuilt && APPS.length) {
    await phase('tarball install', () =>
      record('the apps get the packed tarball, not the workspace', async () => {
        restoreWorkspace = await installTarball();
      }),
    );
  }

  const built = new Map();
  for (const app of APPS) {
    const how = app.workspace ? `npm run build -w ${app.workspace}` : `next build ${app.app}`;
    const ok = build
      ? await phase(`${app.label} build`, () =>
          record(`${app.label}: the example app builds from the tarball (${how})`, () => {
            if (!restoreWorkspace) throw new Error('the tarball is not installed');
            const command = app.workspace
              ? run('npm', ['run', 'build', '-w', app.workspace, '--silent'])
              : run(resolve('node_modules/.bin/next'), ['build', app.app], {
                  NEXT_TELEMETRY_DISABLED: '1',
                });
            return command.then(() => undefined);
          }),
        )
      : existsSync(resolve(app.dist, app.workspace ? 'index.html' : 'BUILD_ID'));
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
      const server = app.workspace ? await serveStatic(app.dist) : await nextStart(app);
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
  restoreWorkspace?.();
}

const total = (performance.now() - started) / 1000;
console.log(
  `# time: ${timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}; total ${total.toFixed(1)} s`,
);
const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
