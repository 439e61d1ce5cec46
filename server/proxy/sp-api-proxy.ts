import type { IncomingMessage, ServerResponse } from 'node:http';
import { OPERATIONS } from '../../src/api/operations.js';
import { VERSION } from '../../src/version.js';
import { sendError, setCommonHeaders } from './errors.js';
import {
  abortOnClose,
  admit,
  createFront,
  failUnexpectedly,
  spendBudget,
  type Front,
  type FrontOptions,
  type ProxyHandler,
} from './front.js';
import { StoreUnavailableError } from './guarded-store.js';
import {
  DEFAULT_LWA_ENDPOINT,
  fingerprint,
  LwaError,
  LwaTokenClient,
  type LwaCredentials,
} from './lwa.js';
import { handlePayout, payoutPolicy, type PayoutBackend, type PayoutOptions } from './payout.js';
import type { AllowedRequest } from './request.js';
import { getUpstream, UpstreamError, type UpstreamResponse } from './upstream.js';

export type Region = 'na' | 'eu' | 'fe';

/** The SP-API's regional endpoints. */
export const REGION_ENDPOINTS: Readonly<Record<Region, string>> = Object.freeze({
  na: 'https://sellingpartnerapi-na.amazon.com',
  eu: 'https://sellingpartnerapi-eu.amazon.com',
  fe: 'https://sellingpartnerapi-fe.amazon.com',
});

/**
 * The seller a request acts for. `sellerId` (any stable id of the host's choosing) names the
 * seller's rate budget and response cache; without it they are keyed by a hash of the refresh
 * token.
 */
export interface SellerCredentials extends LwaCredentials {
  sellerId?: string;
}

/**
 * Maps a request to the seller it may act for: typically the host's session says which user is
 * signed in and the host's database holds that seller's refresh token. Return `null` (or
 * `undefined`) when the request may not act for any seller: the proxy answers 401.
 */
export type CredentialsResolver = (
  req: IncomingMessage,
) => SellerCredentials | null | undefined | Promise<SellerCredentials | null | undefined>;

export interface SpApiProxyOptions extends FrontOptions {
  /** The SP-API region whose endpoint to call. One of `region` or `endpoint` is required. */
  region?: Region;
  /** Any origin to call instead of a region's endpoint (a test server, a regional mirror). */
  endpoint?: string;
  /** The Login with Amazon token endpoint. Default `https://api.amazon.com/auth/o2/token`. */
  lwaEndpoint?: string;
  credentials: CredentialsResolver;
  /** How long the SP-API may take to answer before the browser gets a 504. Default 10 s. */
  timeoutMs?: number;
  /** How long Login with Amazon may take before the browser gets a 502. Default 10 s. */
  lwaTimeoutMs?: number;
  /**
   * Cache successful answers per seller (and path and query) for `ttlMs`. Off by default;
   * a few seconds spares the seller's quota when several tabs show the same widgets.
   */
  cache?: { ttlMs: number } | false;
  /** Largest SP-API answer passed on. Default 16 MiB. */
  maxResponseBytes?: number;
  /**
   * On-demand payouts (`POST …/payouts`, `initiatePayout`): off unless `enabled`, and then only
   * from `origins` and when `authorizePayout(req, payout)` returns `true` (see payout.ts).
   */
  payouts?: PayoutOptions;
}

/** SP-API headers the browser gets; everything else (cookies, tracing, server) stays here. */
const PASSED_HEADERS = [
  'Content-Type',
  'x-amzn-RequestId',
  'x-amzn-RateLimit-Limit',
  'Retry-After',
];

export const USER_AGENT = `sp-finance-widgets-proxy/${VERSION} (Language=JavaScript; Platform=Node.js/${process.versions.node})`;

/**
 * The reference backend proxy: the browser's elements call it with SP-API paths, it adds a
 * Login with Amazon access token for the signed-in user's seller and forwards the request to
 * the SP-API, so credentials never reach the browser.
 *
 * @example
 * ```ts
 * import http from 'node:http';
 * import { createSpApiProxy } from 'sp-finance-widgets/proxy';
 *
 * const proxy = createSpApiProxy({
 *   region: 'na',
 *   basePath: '/sp-api',
 *   credentials: async (req) => sellerFor(await sessionUser(req)),
 * });
 * http.createServer(proxy).listen(8080);
 * ```
 */
export function createSpApiProxy(options: SpApiProxyOptions): ProxyHandler {
  if (typeof options?.credentials !== 'function') {
    throw new TypeError('createSpApiProxy needs a credentials(req) function');
  }
  const origin = upstreamOrigin(options);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const payouts = payoutPolicy(options.payouts, timeoutMs + (options.lwaTimeoutMs ?? 10_000));
  const front = createFront(options, payouts ? ['initiatePayout'] : []);
  const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const cacheTtlMs = options.cache ? options.cache.ttlMs : 0;
  const lwa = new LwaTokenClient({
    endpoint: options.lwaEndpoint ?? DEFAULT_LWA_ENDPOINT,
    store: front.store,
    now: front.now,
    timeoutMs: options.lwaTimeoutMs ?? 10_000,
    userAgent: USER_AGENT,
  });

  /** The SP-API side of a payout: the seller, and one POST that nothing retries or aborts. */
  const payoutBackend: PayoutBackend = {
    seller: async (req, res, secrets) => {
      const seller = await resolveSeller(front, options.credentials, req, res, secrets);
      return seller && { key: seller.key, name: seller.name, credentials: seller.credentials };
    },
    async post(seller, body, res, secrets) {
      const token = await tokenOrFail(seller.credentials, res, secrets);
      if (token === undefined) return { kind: 'lwa-failed' };
      try {
        const response = await getUpstream({
          url: new URL(OPERATIONS.initiatePayout.path, origin),
          method: 'POST',
          headers: {
            'x-amz-access-token': token,
            'user-agent': USER_AGENT,
            accept: 'application/json',
            'content-type': 'application/json',
            'content-length': String(body.length),
          },
          body,
          timeoutMs,
          maxBytes,
          // Not the browser's: once sent, the answer is awaited so its outcome is remembered.
          signal: new AbortController().signal,
        });
        if (response.status === 403 && saysTokenExpired(response.body)) {
          // Not a retry: the seller decides whether to ask again, and then gets a fresh token.
          await lwa.accessToken(seller.credentials, token).then(
            (fresh) => secrets.push(fresh),
            () => undefined,
          );
        }
        return { kind: 'answered', response };
      } catch (error) {
        if (!(error instanceof UpstreamError)) throw error;
        front.log.write('warn', 'sp-api proxy: upstream failed', {
          operation: 'initiatePayout',
          failure: error.failure,
        });
        return { kind: 'unanswered', failure: error.failure };
      }
    },
    send,
  };

  return async function spApiProxy(req, res, next) {
    const started = front.now();
    const allowed = admit(front, req, res, next);
    if (!allowed) return;
    if (allowed.operation === 'initiatePayout' && payouts) {
      return handlePayout(front, payouts, payoutBackend, req, res);
    }
    const secrets: string[] = [];
    const finish = (outcome: string, fields: Record<string, string | number | undefined> = {}) =>
      front.log.write(
        'info',
        'sp-api proxy',
        {
          operation: allowed.operation,
          status: res.statusCode,
          outcome,
          ms: front.now() - started,
          ...fields,
        },
        secrets,
      );
    try {
      const seller = await resolveSeller(front, options.credentials, req, res, secrets);
      if (!seller) return finish('no-seller');
      const cacheKey = `cache:${seller.key}:${allowed.target}`;
      if (cacheTtlMs > 0) {
        const cached = parseCachedResponse(await front.store.get(cacheKey));
        if (cached) {
          send(res, cached);
          return finish('cache', { seller: seller.key });
        }
      }
      if (!(await spendBudget(front, res, allowed.operation, seller.key))) {
        return finish('rate-limited', { seller: seller.key });
      }
      const response = await forward(allowed, seller.credentials, res, secrets);
      if (!response) return finish('failed', { seller: seller.key });
      if (cacheTtlMs > 0 && response.status === 200) {
        // The seller's quota paid for this answer: a store that fails now costs the cache entry,
        // not the answer.
        await front.store
          .set(cacheKey, serialiseResponse(response), cacheTtlMs)
          .catch((error: unknown) => {
            if (!(error instanceof StoreUnavailableError)) throw error;
          });
      }
      send(res, response);
      finish('forwarded', {
        seller: seller.key,
        requestId: headerValue(response.headers['x-amzn-requestid']),
      });
    } catch (error) {
      failUnexpectedly(front, res, error);
    }
  };

  /** Gets a token, calls the SP-API, and retries once with a fresh token if it says expired. */
  async function forward(
    allowed: AllowedRequest,
    credentials: LwaCredentials,
    res: ServerResponse,
    secrets: string[],
  ): Promise<UpstreamResponse | undefined> {
    const signal = abortOnClose(res);
    let token = await tokenOrFail(credentials, res, secrets);
    if (token === undefined) return undefined;
    try {
      let response = await call(allowed, token, signal);
      if (response.status === 403 && saysTokenExpired(response.body)) {
        front.log.write('info', 'sp-api proxy: access token expired, refreshing once', {
          operation: allowed.operation,
        });
        token = await tokenOrFail(credentials, res, secrets, token);
        if (token === undefined) return undefined;
        response = await call(allowed, token, signal);
      }
      return response;
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;
      front.log.write('warn', 'sp-api proxy: upstream failed', {
        operation: allowed.operation,
        failure: error.failure,
      });
      if (error.failure === 'aborted') res.destroy();
      else if (error.failure === 'timeout') {
        sendError(res, 504, { code: 'GatewayTimeout', message: `${error.message}.` });
      } else sendError(res, 502, { code: 'BadGateway', message: `${error.message}.` });
      return undefined;
    }
  }

  async function tokenOrFail(
    credentials: LwaCredentials,
    res: ServerResponse,
    secrets: string[],
    rejected?: string,
  ): Promise<string | undefined> {
    try {
      const token = await lwa.accessToken(credentials, rejected);
      secrets.push(token);
      return token;
    } catch (error) {
      if (!(error instanceof LwaError)) throw error;
      front.log.write(
        'warn',
        'sp-api proxy: Login with Amazon failed',
        { failure: error.failure, lwaCode: error.lwaCode, lwaStatus: error.lwaStatus },
        secrets,
      );
      sendError(res, 502, {
        code: 'LwaTokenError',
        message: `Could not get an access token for this seller: ${error.message}.`,
      });
      return undefined;
    }
  }

  function call(allowed: AllowedRequest, token: string, signal: AbortSignal) {
    return getUpstream({
      url: new URL(allowed.target, origin),
      headers: {
        'x-amz-access-token': token,
        'user-agent': USER_AGENT,
        accept: 'application/json',
      },
      timeoutMs,
      maxBytes,
      signal,
    });
  }
}

/** The origin requests go to; only its origin is used, whatever path the option has. */
function upstreamOrigin(options: SpApiProxyOptions): string {
  if (options.endpoint !== undefined) {
    const url = new URL(options.endpoint);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError('endpoint must be an http(s) URL');
    }
    return url.origin;
  }
  const endpoint = options.region && REGION_ENDPOINTS[options.region];
  if (!endpoint) throw new TypeError(`region must be 'na', 'eu' or 'fe' (or give an endpoint)`);
  return endpoint;
}

interface Seller {
  key: string;
  /** `sellerId` when the host gave one, else `key`. */
  name: string;
  credentials: LwaCredentials;
}

async function resolveSeller(
  front: Front,
  resolver: CredentialsResolver,
  req: IncomingMessage,
  res: ServerResponse,
  secrets: string[],
): Promise<Seller | undefined> {
  let found: SellerCredentials | null | undefined;
  try {
    found = await resolver(req);
  } catch (error) {
    front.log.write('error', 'sp-api proxy: credentials(req) threw', {
      error: error instanceof Error ? error.name : typeof error,
    });
    sendError(res, 500, {
      code: 'InternalFailure',
      message: 'The proxy could not look up the seller for this request.',
    });
    return undefined;
  }
  if (!found) {
    sendError(res, 401, {
      code: 'Unauthorized',
      message: 'This request is not signed in to a Selling Partner account.',
    });
    return undefined;
  }
  const { clientId, clientSecret, refreshToken, sellerId } = found;
  for (const value of [clientSecret, refreshToken])
    if (typeof value === 'string') secrets.push(value);
  if (![clientId, clientSecret, refreshToken].every((v) => typeof v === 'string' && v !== '')) {
    front.log.write('error', 'sp-api proxy: credentials(req) returned incomplete credentials', {});
    sendError(res, 500, {
      code: 'InternalFailure',
      message: 'The proxy is missing credentials for this seller.',
    });
    return undefined;
  }
  const credentials = { clientId, clientSecret, refreshToken };
  const key =
    typeof sellerId === 'string' && sellerId !== ''
      ? `id:${encodeURIComponent(sellerId)}`
      : `rt:${fingerprint(credentials)}`;
  return {
    key,
    name: typeof sellerId === 'string' && sellerId !== '' ? sellerId : key,
    credentials,
  };
}

/**
 * Whether a 403 says the access token expired (rather than that the seller lacks a role). The
 * body is decoded only to read this; what is sent on is always the original bytes.
 */
export function saysTokenExpired(body: Buffer): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return false;
  }
  const errors = (parsed as { errors?: unknown })?.errors;
  if (!Array.isArray(errors)) return false;
  return errors.some((entry: { code?: unknown; message?: unknown; details?: unknown }) => {
    const code = typeof entry?.code === 'string' ? entry.code : '';
    if (code === 'InvalidToken' || code === 'ExpiredToken') return true;
    const text = `${String(entry?.message ?? '')} ${String(entry?.details ?? '')}`;
    return code === 'Unauthorized' && /expired/i.test(text);
  });
}

function send(res: ServerResponse, response: UpstreamResponse): void {
  res.statusCode = response.status;
  setCommonHeaders(res);
  for (const name of PASSED_HEADERS) {
    const value = headerValue(response.headers[name.toLowerCase()]);
    if (value !== undefined) res.setHeader(name, value);
  }
  res.setHeader('Content-Length', String(response.body.length));
  res.end(response.body);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function serialiseResponse(response: UpstreamResponse): string {
  const headers: Record<string, string> = {};
  for (const name of PASSED_HEADERS) {
    const value = headerValue(response.headers[name.toLowerCase()]);
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  return JSON.stringify({
    status: response.status,
    headers,
    body: response.body.toString('base64'),
  });
}

function parseCachedResponse(text: string | undefined): UpstreamResponse | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as {
      status: number;
      headers: Record<string, string>;
      body: string;
    };
    return {
      status: value.status,
      headers: value.headers,
      body: Buffer.from(value.body, 'base64'),
    };
  } catch {
    return undefined;
  }
}
