// A tiny static file server for the smoke run: serves a built app (or the repository root, for
// demo/script-tag.html) on 127.0.0.1, with optional Node handlers mounted under path prefixes
// (the sandbox backend at /sandbox). No server package needed. Its file handler also serves the
// browser tests files exactly as they are on disk (test/cdn/no-charset.test.ts).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * A Node `(req, res, next)` handler serving the files under `root` byte for byte, with the
 * content types above. `charset: false` leaves the charset out of them, as a server that knows
 * nothing of the files' encoding does: the browser then decodes a page by its own default
 * (windows-1252 in English) and a classic script as its page.
 */
export function staticFiles(root, { charset = true } = {}) {
  const base = resolve(root);
  const typeOf = (path) => {
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    return charset ? type : type.replace(/; charset=utf-8$/, '');
  };
  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = resolve(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) return next();
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      res.writeHead(200, {
        'content-type': typeOf(path),
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(path).pipe(res);
    } catch {
      next();
    }
  };
}

/**
 * Starts a server for `root`. `mounts` maps a path prefix to a Node `(req, res, next)` handler,
 * which sees the path below the prefix (as Express's `app.use` does). Resolves to
 * `{ url, close() }`.
 */
export async function serveStatic(root, { mounts = {} } = {}) {
  const files = staticFiles(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    for (const [prefix, handler] of Object.entries(mounts)) {
      if (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`)) {
        req.url = req.url.slice(prefix.length) || '/';
        handler(req, res, () => notFound(res));
        return;
      }
    }
    void files(req, res, () => notFound(res));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
}
