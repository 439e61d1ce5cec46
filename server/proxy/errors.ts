import type { ServerResponse } from 'node:http';

/**
 * The proxy's own answers use the SP-API's ErrorList shape, so the elements read a refusal from
 * the proxy exactly as they read one from Amazon: status, code, message, details.
 */
export interface ProxyErrorEntry {
  code: string;
  message: string;
  details?: string;
}

/** Headers every answer carries: financial data is private to one seller and never cached. */
export function setCommonHeaders(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** Writes an ErrorList answer. Callers pass fixed wording: nothing here comes from a secret. */
export function sendError(
  res: ServerResponse,
  status: number,
  error: ProxyErrorEntry,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = Buffer.from(JSON.stringify({ errors: [error] }));
  res.statusCode = status;
  setCommonHeaders(res);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Length', String(body.length));
  res.end(body);
}
