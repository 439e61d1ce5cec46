import type { IncomingMessage, ServerResponse } from 'node:http';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/** Placeholder: serves the SandboxDataSource over the SP-API paths (being built). */
export function createSandboxHandler(): NodeHandler {
  return (_req, res, next) => {
    if (next) return next();
    res.statusCode = 404;
    res.end();
  };
}
