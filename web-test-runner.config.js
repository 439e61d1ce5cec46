import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromePath, chromeArgs } from './scripts/chrome-path.js';
import { importTs } from './scripts/load-ts.js';
import { staticFiles } from './test/smoke/static-server.js';

const { createSandboxHandler } = await importTs('server/sandbox-handler.ts');
const { testEndpoints } = await importTs('test/server/test-endpoints.ts');
const { cspPage } = await importTs('test/server/csp-page.ts');
const { createSandboxProxy } = await importTs('server/proxy/index.ts');

/**
 * The sandbox behind the real proxy, with a CORS allowlist, for cross-origin tests: a page on
 * `http://localhost:<port>` calls it as `http://127.0.0.1:<port>`, another origin. The port is
 * the runner's, learnt from the first request. `allowPage` says whether the page's origin is on
 * the list (else only an unrelated origin is).
 */
function corsProxy({ allowPage }) {
  let handler;
  return (req, res) => {
    const port = String(req.headers.host ?? '').split(':')[1] ?? '80';
    handler ??= createSandboxProxy({
      rateLimits: false,
      cors: {
        origins: allowPage ? [`http://localhost:${port}`] : ['https://portal.example.com'],
      },
    });
    handler(req, res);
  };
}

/** Mounts a Node (req, res, next) handler as Koa middleware under a path prefix. */
function mount(prefix, handler) {
  return (ctx, next) => {
    if (!ctx.path.startsWith(prefix + '/')) return next();
    ctx.respond = false;
    // Koa presets 404; a Node handler expects Node's default of 200.
    ctx.res.statusCode = 200;
    // As Express's app.use does: the handler sees the path below its mount point.
    ctx.req.originalUrl = ctx.req.url;
    ctx.req.url = ctx.req.url.slice(prefix.length);
    return new Promise((resolve) => {
      ctx.res.on('finish', resolve);
      ctx.res.on('close', resolve);
      handler(ctx.req, ctx.res, () => {
        ctx.req.url = ctx.req.originalUrl;
        ctx.respond = true;
        resolve(next());
      });
    });
  };
}

/**
 * Each test file's page in a browser context of its own. In new-headless Chromium, tabs that
 * share a window are hidden behind the active one and get no animation frames, so with
 * `concurrency: 2` anything that waits for a frame (a fixture of a plain element,
 * ResizeObserver, IntersectionObserver, a virtualised list) stalls in the page behind.
 */
const ownWindow = async ({ browser }) => (await browser.createBrowserContext()).newPage();

/** A Chromium whose clock runs in another time zone. */
export const timezone = (zone) =>
  chromeLauncher({
    launchOptions: {
      executablePath: chromePath(),
      args: chromeArgs,
      env: { ...process.env, TZ: zone },
    },
    createPage: ownWindow,
  });

export default {
  // test/node (the proxy, in Node) and test/smoke (built example apps) have runners of their own.
  files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts', '!test/node/**', '!test/smoke/**'],
  nodeResolve: true,
  concurrency: 2,
  // The translation check renders all five elements in fourteen locales and several scenarios.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [
    mount('/sandbox', createSandboxHandler()),
    mount('/__test', testEndpoints()),
    mount('/__csp', cspPage()),
    mount('/__cors-open', corsProxy({ allowPage: true })),
    mount('/__cors-closed', corsProxy({ allowPage: false })),
    // The files as on disk, untransformed, with no charset (test/cdn/no-charset.test.ts).
    mount('/__raw', staticFiles('.', { charset: false })),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromePath(), args: chromeArgs },
      createPage: ownWindow,
    }),
  ],
  // Time-zone tests (files ending .tz.test.ts) run in browsers started in a far-east and a
  // far-west zone, and not in the default group (its `files` excludes them).
  groups: [
    {
      name: 'tz-far-east',
      files: 'test/**/*.tz.test.ts',
      browsers: [timezone('Pacific/Kiritimati')],
    },
    {
      name: 'tz-far-west',
      files: 'test/**/*.tz.test.ts',
      browsers: [timezone('Pacific/Pago_Pago')],
    },
  ],
};
