// Runs a Node `(req, res)` handler (the reference proxy) for a Web `Request` in a Next.js route
// handler, and answers with what it wrote. Enough of `IncomingMessage` and `ServerResponse` for
// the proxy: the method, URL, headers and body in; the status, headers and body out.
import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';

export async function runNodeHandler(handler, request) {
  const url = new URL(request.url);
  const body =
    request.method === 'GET' || request.method === 'HEAD'
      ? []
      : [Buffer.from(await request.arrayBuffer())];
  const req = Object.assign(Readable.from(body), {
    method: request.method,
    url: `${url.pathname}${url.search}`,
    headers: Object.fromEntries(request.headers),
    socket: { remoteAddress: request.headers.get('x-forwarded-for') ?? '127.0.0.1' },
  });
  return new Promise((resolve, reject) => {
    const headers = new Headers();
    const res = Object.assign(new EventEmitter(), {
      statusCode: 200,
      headersSent: false,
      setHeader: (name, value) => headers.set(name, String(value)),
      getHeader: (name) => headers.get(name) ?? undefined,
      removeHeader: (name) => headers.delete(name),
      writeHead(status, extra = {}) {
        res.statusCode = status;
        for (const [name, value] of Object.entries(extra)) headers.set(name, String(value));
        return res;
      },
      end(chunk) {
        res.headersSent = true;
        resolve(new Response(chunk ?? null, { status: res.statusCode, headers }));
        res.emit('finish');
        res.emit('close');
        return res;
      },
    });
    Promise.resolve(handler(req, res, (error) => reject(error ?? new Error('not handled')))).catch(
      reject,
    );
  });
}
