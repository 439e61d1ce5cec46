// The bench's web server on 127.0.0.1: the page bundles, the built script tag (dist/cdn) under
// /cdn/, a page shell per section, and the sandbox backend at /sandbox, logging every sandbox
// request with its time and operation.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { importTs } from '../scripts/load-ts.js';

/** The SP-API operation a path ends with. */
export function operationOf(pathname) {
  if (pathname.endsWith('/payouts/expected')) return 'listExpectedPayouts';
  if (pathname.endsWith('/payouts')) return 'listPayouts';
  if (pathname.endsWith('/summary')) return 'listSummary';
  if (pathname.endsWith('/balances')) return 'listBalances';
  return 'other';
}

// A cold page of the package loads the script tag first, as a host's page does.
// cold-element-before is the same page with another build's script tag (BENCH_CDN_BEFORE).
const scriptTag = (name) => {
  if (name === 'cold-element') return '<script src="/cdn/sp-finance-widgets.js"></script>\n    ';
  if (name === 'cold-element-before') {
    return '<script src="/cdn-before/sp-finance-widgets.js"></script>\n    ';
  }
  return '';
};
const moduleOf = (name) => (name === 'cold-element-before' ? 'cold-element' : name);

const shell = (name) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>bench: ${name}</title>
    <style>
      body { margin: 0; font: 14px system-ui, sans-serif; }
      .stage { width: 480px; }
    </style>
  </head>
  <body>
    ${scriptTag(name)}<script type="module" src="/out/${moduleOf(name)}.js"></script>
  </body>
</html>`;

/** The file under `root` that `pathname` names after `prefix`, or undefined. */
async function served(root, prefix, pathname) {
  if (!pathname.startsWith(prefix) || pathname.includes('..')) return undefined;
  try {
    return await readFile(join(root, pathname.slice(prefix.length)));
  } catch {
    return undefined;
  }
}

export async function startServer(outdir, cdndir, beforedir) {
  const { createSandboxHandler } = await importTs('server/sandbox-handler.ts');
  const sandbox = createSandboxHandler();
  /** @type {{t: number, operation: string, url: string, status?: number}[]} */
  const log = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://bench.invalid');
    if (pathname.startsWith('/sandbox/')) {
      const entry = { t: performance.now(), operation: operationOf(pathname), url: req.url };
      log.push(entry);
      res.on('finish', () => (entry.status = res.statusCode));
      req.url = req.url.slice('/sandbox'.length);
      return sandbox(req, res);
    }
    if (pathname.startsWith('/page/')) {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      // Cross-origin isolated, so performance.now() is precise to microseconds rather than
      // coarsened to 0.1 ms: a 16.67 ms frame must not read as 16.8.
      res.setHeader('cross-origin-opener-policy', 'same-origin');
      res.setHeader('cross-origin-embedder-policy', 'require-corp');
      return res.end(shell(pathname.slice('/page/'.length).replace(/[^\w-]/g, '')));
    }
    const body =
      (await served(outdir, '/out/', pathname)) ??
      (await served(cdndir, '/cdn/', pathname)) ??
      (beforedir ? await served(beforedir, '/cdn-before/', pathname) : undefined);
    if (body) {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.setHeader('cross-origin-resource-policy', 'same-origin');
      return res.end(body);
    }
    res.statusCode = 404;
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
