import type { IncomingMessage, ServerResponse } from 'node:http';

/** Scripted HTTP endpoints for the data layer's tests (being built). */
export function testEndpoints() {
  return (req: IncomingMessage, res: ServerResponse, next?: () => void) => {
    if (req.url?.startsWith('/echo')) {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ url: req.url }));
      return;
    }
    next?.();
  };
}
