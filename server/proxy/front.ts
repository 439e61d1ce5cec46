import type { IncomingMessage, ServerResponse } from 'node:http';
import { OPERATIONS, type OperationName } from '../../src/api/operations.js';
import {
  answerPreflight,
  applyCors,
  corsPolicy,
  isPreflight,
  type CorsOptions,
  type CorsPolicy,
} from './cors.js';
import { sendError } from './errors.js';
import { DEFAULT_STORE_TIMEOUT_MS, GuardedStore, StoreUnavailableError } from './guarded-store.js';
import { Log, type ProxyLogger } from './log.js';
import { gate, normaliseBasePath, type AllowedRequest } from './request.js';
import { MemoryStore, type ProxyStore, type RateLimit } from './store.js';

/**
 * What the SP-API proxy and the sandbox proxy have in common: the allowlist, parameter
 * validation and the per-seller rate limit in front of whatever answers the request, so the
 * demo on the sandbox behaves as production does.
 */

/** A Node request handler: `http.createServer(handler)`, or `app.use('/sp-api', handler)`. */
export type ProxyHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * The SP-API's published default for the finance operations (0.5 requests per second, burst
 * 10). Each operation's own default comes from the operations table, `OPERATIONS[name].rate`.
 */
export const DEFAULT_RATE_LIMIT: RateLimit = Object.freeze({ ...OPERATIONS.listPayouts.rate });

/** One limit for every operation, or a limit per operation (missing ones take the default). */
export type RateLimits = RateLimit | Partial<Record<OperationName, RateLimit>>;

export interface FrontOptions {
  /**
   * The path the proxy is mounted at, when the server hands it full paths (plain `node:http`,
   * Fastify's raw request). Express and Connect strip their mount path from `req.url` already,
   * so leave it unset there.
   */
  basePath?: string;
  /**
   * Pass requests for other paths to `next()` instead of answering 404: for mounting at the
   * root of an app. Malformed paths (`..`, encoded slashes, absolute URLs) are still refused.
   */
  fallthrough?: boolean;
  /** Token cache, response cache and rate buckets. Default: a `MemoryStore` in this process. */
  store?: ProxyStore;
  /**
   * How long one call to `store` may take before the request is answered without it. Default
   * 1000 ms. After a failure the store rests for 2 s (requests answer at once), then one
   * request probes it.
   */
  storeTimeoutMs?: number;
  /**
   * What the proxy does while `store` is down. `false` (the default): 503 with `Retry-After`.
   * `'memory'`: rate buckets, tokens and cached answers come from this instance's memory (each
   * instance then has its own budget per seller) until the store answers again.
   */
  storeFallback?: 'memory' | false;
  /**
   * Per-seller token buckets, per operation, spent before anything is sent upstream. Default
   * each operation's own usage plan (`OPERATIONS[name].rate`); `false` turns the local limit
   * off for the reads. `initiatePayout` keeps 0.017/s, burst 2 unless named here.
   */
  rateLimits?: RateLimits | false;
  /** Where log lines go (`console` works). Default: nowhere. Lines are redacted. */
  logger?: ProxyLogger;
  /** The clock, in milliseconds (tests inject one). Default `Date.now`. */
  now?: () => number;
  /**
   * Cross-origin access for pages on other origins: an explicit list of origins. Default off
   * (serve the proxy from the page's own origin and no CORS is needed).
   */
  cors?: CorsOptions;
}

export interface Front {
  basePath: string;
  fallthrough: boolean;
  store: ProxyStore;
  now: () => number;
  log: Log;
  cors: CorsPolicy | undefined;
  /** Operations with a body the host enabled (`initiatePayout`); others answer 405. */
  writable: readonly OperationName[];
  limitFor(operation: OperationName): RateLimit | undefined;
}

export function createFront(options: FrontOptions, writable: readonly OperationName[] = []): Front {
  const now = options.now ?? Date.now;
  const limits = options.rateLimits ?? {};
  const log = new Log(options.logger);
  if (limits !== false) {
    for (const limit of 'ratePerSecond' in limits ? [limits] : Object.values(limits)) {
      checkLimit(limit as RateLimit);
    }
  }
  return {
    basePath: normaliseBasePath(options.basePath),
    fallthrough: options.fallthrough ?? false,
    store: options.store ? guarded(options.store, options, now, log) : new MemoryStore(now),
    now,
    log,
    cors: corsPolicy(options.cors),
    writable,
    limitFor(operation) {
      // A write's own usage plan holds unless the host names that operation: a limit meant
      // for the reads, or `false`, must not let more payouts through than Amazon allows.
      if ('body' in OPERATIONS[operation]) {
        const named =
          limits !== false && !('ratePerSecond' in limits) ? limits[operation] : undefined;
        return named ?? OPERATIONS[operation].rate;
      }
      if (limits === false) return undefined;
      if ('ratePerSecond' in limits) return limits as RateLimit;
      const own = (limits as Partial<Record<OperationName, RateLimit>>)[operation];
      return own ?? OPERATIONS[operation].rate;
    },
  };
}

/** The host's store behind a deadline and a breaker: an outage is a fast answer, not a hang. */
function guarded(
  store: ProxyStore,
  options: FrontOptions,
  now: () => number,
  log: Log,
): ProxyStore {
  if (options.storeFallback !== undefined && !['memory', false].includes(options.storeFallback)) {
    throw new TypeError("storeFallback must be 'memory' or false");
  }
  return new GuardedStore(store, {
    timeoutMs: options.storeTimeoutMs ?? DEFAULT_STORE_TIMEOUT_MS,
    fallback: options.storeFallback === 'memory' ? new MemoryStore(now) : undefined,
    log,
  });
}

function checkLimit(limit: RateLimit): void {
  if (!(limit.ratePerSecond > 0) || !(limit.burst >= 1)) {
    throw new TypeError('A rate limit needs ratePerSecond > 0 and burst >= 1');
  }
}

/**
 * Lets through only GETs of the operations with valid parameters (and the enabled writes).
 * Anything else is answered here (or handed to `next()` for other paths when `fallthrough` is
 * set); the result is `undefined` then. CORS preflights are answered here too.
 */
export function admit(
  front: Front,
  req: IncomingMessage,
  res: ServerResponse,
  next: ((error?: unknown) => void) | undefined,
): AllowedRequest | undefined {
  const verdict = gate(req.method, req.url, front.basePath, front.writable);
  // CORS headers only on the proxy's own paths: a host route reached through `next()` keeps
  // whatever CORS policy the host gives it.
  if (verdict.kind !== 'unknown-path') applyCors(front.cors, req, res);
  if (verdict.kind === 'allowed') return verdict;
  if (front.cors && isPreflight(req) && verdict.kind === 'refused' && verdict.status === 405) {
    // An OPTIONS on one of the paths: its Allow lists what may follow.
    const methods = (verdict.headers?.Allow ?? '').split(', ');
    const outcome = answerPreflight(front.cors, req, res, methods);
    front.log.write('info', 'sp-api proxy: preflight', { status: res.statusCode, outcome });
    return undefined;
  }
  if (verdict.kind === 'unknown-path') {
    if (front.fallthrough && next) {
      next();
      return undefined;
    }
    sendError(res, 404, {
      code: 'NotFound',
      message: 'The proxy serves only the finance operations.',
    });
    front.log.write('info', 'sp-api proxy: unknown path', { status: 404 });
    return undefined;
  }
  sendError(res, verdict.status, verdict.error, verdict.headers);
  front.log.write('info', 'sp-api proxy: refused', {
    status: verdict.status,
    code: verdict.error.code,
    parameter: verdict.error.details,
  });
  return undefined;
}

/**
 * Spends one token of the seller's bucket for the operation. When the bucket is empty the proxy
 * answers 429 itself, with `Retry-After`, instead of spending the seller's real quota; the
 * result is `false` then.
 */
export async function spendBudget(
  front: Front,
  res: ServerResponse,
  operation: OperationName,
  seller: string,
): Promise<boolean> {
  const limit = front.limitFor(operation);
  if (!limit) return true;
  const taken = await front.store.take(`bucket:${operation}:${seller}`, limit, front.now());
  if (taken.allowed) return true;
  const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
  sendError(
    res,
    429,
    {
      code: 'QuotaExceeded',
      message: `You exceeded your quota for the requested resource. Retry in ${seconds} s.`,
    },
    { 'Retry-After': String(seconds) },
  );
  return false;
}

/**
 * Ends the request with a 500 when something unexpected was thrown; logs only its kind. A store
 * outage is not unexpected: it is a 503 the browser may retry after the store's cool-down.
 */
export function failUnexpectedly(front: Front, res: ServerResponse, error: unknown): void {
  if (error instanceof StoreUnavailableError) {
    front.log.write('warn', 'sp-api proxy: store unavailable', {
      status: 503,
      failure: error.failure,
    });
    sendError(
      res,
      503,
      {
        code: 'StoreUnavailable',
        message: `The proxy's store is not answering. Retry in ${error.retryAfterSeconds} s.`,
      },
      { 'Retry-After': String(error.retryAfterSeconds) },
    );
    return;
  }
  front.log.write('error', 'sp-api proxy: unexpected failure', {
    error: error instanceof Error ? error.name : typeof error,
  });
  sendError(res, 500, {
    code: 'InternalFailure',
    message: 'The proxy could not complete the request.',
  });
}

/** An AbortSignal that fires when the browser goes away before the answer is sent. */
export function abortOnClose(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
