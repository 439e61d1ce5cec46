import type { IncomingMessage, ServerResponse } from 'node:http';
import { WRITE_REQUEST_HEADER } from '../../src/api/on-demand-payout.js';

/**
 * Cross-origin access to the proxy, for a page served from another origin than the proxy (a
 * portal on `app.example` calling `api.example`). Off by default: a proxy on the page's own
 * origin needs no CORS at all. When on, it is an explicit list of origins: an Origin that is
 * not on it gets no CORS headers (the browser then hides the answer), the proxy never reflects
 * an arbitrary Origin and never answers `*`, so credentials can be allowed safely.
 */
export interface CorsOptions {
  /** Exact origins (`https://portal.example.com`), no wildcards, no paths. */
  origins: readonly string[];
  /** Whether the browser may send cookies (`credentials: 'include'`). Default true. */
  credentials?: boolean;
  /** Request headers a page may send besides the proxy's own (e.g. an `Authorization`). */
  headers?: readonly string[];
  /** How long a browser may cache a preflight answer. Default 600 s. */
  maxAgeSeconds?: number;
}

export interface CorsPolicy {
  origins: ReadonlySet<string>;
  credentials: boolean;
  headers: string;
  maxAgeSeconds: number;
}

/** Response headers a page may read: the request id for support, and the rate-limit hints. */
const EXPOSED = 'x-amzn-RequestId, x-amzn-RateLimit-Limit, Retry-After';

/**
 * A configured origin in its canonical form. Anything that is not exactly an http(s) origin
 * (`*`, `null`, a path, a typo) throws at startup, where the host sees it, not per request.
 */
export function canonicalOrigin(value: string, option: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new TypeError(
      `${option}: "${value}" is not an http(s) origin such as https://app.example`,
    );
  }
  if (url.origin !== value.replace(/\/$/, '')) {
    throw new TypeError(`${option}: "${value}" must be an origin only (scheme, host, port)`);
  }
  return url.origin;
}

export function corsPolicy(options: CorsOptions | undefined): CorsPolicy | undefined {
  if (!options) return undefined;
  if (!Array.isArray(options.origins) || options.origins.length === 0) {
    throw new TypeError('cors.origins must list at least one origin');
  }
  const extra = (options.headers ?? []).map((name) => {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(name)) throw new TypeError(`cors.headers: bad name ${name}`);
    return name;
  });
  return {
    origins: new Set(options.origins.map((origin) => canonicalOrigin(origin, 'cors.origins'))),
    credentials: options.credentials ?? true,
    headers: ['Content-Type', WRITE_REQUEST_HEADER.name, ...extra].join(', '),
    maxAgeSeconds: options.maxAgeSeconds ?? 600,
  };
}

function originOf(req: IncomingMessage): string | undefined {
  const origin = req.headers.origin;
  return typeof origin === 'string' ? origin : undefined;
}

/**
 * Adds the CORS headers an allowed Origin gets to every answer of this request. Caches keyed
 * by URL alone would serve one origin's answer to another, hence `Vary: Origin` always.
 */
export function applyCors(
  policy: CorsPolicy | undefined,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (!policy) return;
  res.setHeader('Vary', 'Origin');
  const origin = originOf(req);
  if (origin === undefined || !policy.origins.has(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (policy.credentials) res.setHeader('Access-Control-Allow-Credentials', 'true');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED);
}

/** Whether `req` is a CORS preflight (OPTIONS with `Access-Control-Request-Method`). */
export function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
}

/**
 * Answers a preflight for a path that has `methods`: 204 with what may be sent, or 403 when the
 * Origin is not on the list or asks for a method the path does not serve.
 */
export function answerPreflight(
  policy: CorsPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  methods: readonly string[],
): 'allowed' | 'refused' {
  const origin = originOf(req);
  const method = String(req.headers['access-control-request-method']);
  if (origin === undefined || !policy.origins.has(origin) || !methods.includes(method)) {
    res.statusCode = 403;
    res.setHeader('Content-Length', '0');
    res.end();
    return 'refused';
  }
  res.statusCode = 204;
  res.setHeader('Access-Control-Allow-Methods', methods.join(', '));
  res.setHeader('Access-Control-Allow-Headers', policy.headers);
  res.setHeader('Access-Control-Max-Age', String(policy.maxAgeSeconds));
  res.end();
  return 'allowed';
}
