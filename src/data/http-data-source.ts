import { errorFromResponse, SpApiError } from '../api/errors.js';
import { OPERATIONS, operationUrl, type OperationName, type QueryOf } from '../api/operations.js';
import type { FinanceDataSource, RequestOptions, ResponseOf } from './data-source.js';
import { parseLosslessJson } from './lossless-json.js';
import { WRITE_REQUEST_HEADER } from '../api/on-demand-payout.js';
import type { InitiatePayoutResponse } from '../api/transfers-model.js';
import { TokenBucket, type RateLimit } from './rate-limiter.js';

export interface HttpDataSourceOptions {
  /** Root of the host's backend proxy; `{baseUrl}{SP-API path}?{query}` is requested. */
  baseUrl: string;
  /** `fetch`'s credentials mode (default `same-origin`: the proxy's session cookie is sent). */
  credentials?: RequestCredentials;
  /** Extra request headers, asked for before every attempt (CSRF or short-lived bearer tokens). */
  headers?: () => HeadersInit | Promise<HeadersInit>;
  /** A `fetch` to use instead of the global one (instrumentation, a service-worker bridge). */
  fetch?: typeof fetch;
  /** Gives up on one attempt after this long (default 30 000 ms), then retries as for a network error. */
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx, network errors and timeouts (default 3). */
  maxRetries?: number;
  /** Exponential backoff: attempt n waits up to `min(capMs, baseMs · 2ⁿ)` (default 500, 10 000). */
  backoff?: { baseMs?: number; capMs?: number };
  /**
   * A server asking (`Retry-After`) for a longer wait than this is not retried: the error is
   * shown instead, with a Retry button (default 60 000 ms).
   */
  maxRetryDelayMs?: number;
  /** Jitter source in [0, 1) (default `Math.random`; tests make delays predictable). */
  random?: () => number;
  /** Client-side budget per operation (default: the operation's own, from `OPERATIONS`). */
  rate?: Partial<RateLimit>;
  /** How long a successful response is reused for the same URL (default 30 000 ms; 0: never). */
  cacheTtlMs?: number;
  /** Response body parser (default `parseLosslessJson`, which keeps big amounts exact). */
  parseJson?: (text: string) => unknown;
}

const DEFAULTS = {
  credentials: 'same-origin',
  timeoutMs: 30_000,
  maxRetries: 3,
  backoffBaseMs: 500,
  backoffCapMs: 10_000,
  maxRetryDelayMs: 60_000,
  cacheTtlMs: 30_000,
} as const;

/** One network request shared by every caller asking for the same URL at the same time. */
interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

interface CacheEntry {
  body: unknown;
  expiresAt: number;
}

/**
 * Talks to the host's backend proxy over HTTP, where the proxy adds the seller's credentials
 * and forwards to the SP-API (the paths are the SP-API's own). What a careful client of a
 * rate-limited API does, so that each element does not have to:
 *
 * - parses JSON losslessly, so amounts beyond 2^53 stay exact;
 * - times out (default 30 s) and honours the caller's `AbortSignal`;
 * - retries 429, 5xx and network failures with exponential backoff and full jitter, never
 *   sooner than `Retry-After`, at most 3 times; other 4xx are final;
 * - keeps a token bucket per operation (0.5 requests/s, burst 10, lowered by
 *   `x-amzn-RateLimit-Limit`), so requests queue rather than fail;
 * - makes identical in-flight requests once, and reuses a response for 30 s.
 *
 * Elements with the same `base-url` share one instance (see `clientFor`), hence one cache and
 * one rate budget. Every failure is an `SpApiError`; an aborted request rejects with kind
 * `aborted`.
 *
 * @example
 * ```ts
 * const client = new HttpDataSource({
 *   baseUrl: '/api/sp',
 *   headers: async () => ({ 'x-csrf-token': await csrfToken() }),
 * });
 * document.querySelector('sp-payout-list').dataSource = client;
 * ```
 */
export class HttpDataSource implements FinanceDataSource {
  readonly baseUrl: string;
  private readonly options: HttpDataSourceOptions;
  private readonly buckets = new Map<OperationName, TokenBucket>();
  private readonly inFlight = new Map<string, InFlight>();
  private readonly cache = new Map<string, CacheEntry>();
  private readonly writes = new Map<string, Promise<InitiatePayoutResponse>>();

  constructor(options: HttpDataSourceOptions) {
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  listBalances(query: QueryOf['listBalances'], options?: RequestOptions) {
    return this.request('listBalances', query, options);
  }
  listSummary(query: QueryOf['listSummary'], options?: RequestOptions) {
    return this.request('listSummary', query, options);
  }
  listPayouts(query: QueryOf['listPayouts'], options?: RequestOptions) {
    return this.request('listPayouts', query, options);
  }
  listExpectedPayouts(query: QueryOf['listExpectedPayouts'], options?: RequestOptions) {
    return this.request('listExpectedPayouts', query, options);
  }
  listTransactions(query: QueryOf['listTransactions'], options?: RequestOptions) {
    return this.request('listTransactions', query, options);
  }
  getPaymentMethods(query: QueryOf['getPaymentMethods'], options?: RequestOptions) {
    return this.request('getPaymentMethods', query, options);
  }

  /**
   * Asks for an on-demand payout: one `POST {baseUrl}/finances/transfers/2024-06-01/payouts`
   * with `{marketplaceId, accountType}` as JSON, `Content-Type: application/json` and
   * `X-Requested-With: sp-finance-widgets` (the reference proxy refuses a payout without them).
   *
   * It moves money, so unlike every read it is never retried (not on 429, 5xx, a timeout or a
   * network failure), never cached and never queued behind the rate budget: a failure rejects
   * at once with the `SpApiError` (see `payoutFailure` for its reason in words). The same request
   * made again while one is under way joins it instead of sending a second, in this tab and
   * (through the Web Locks API) in other tabs of the same origin, where it rejects with code
   * `PayoutInProgress`. Aborting after it was sent stops waiting, not the payout. A success
   * clears the response cache, so the next reads show the payout.
   */
  initiatePayout(
    request: QueryOf['initiatePayout'],
    { signal }: RequestOptions = {},
  ): Promise<InitiatePayoutResponse> {
    if (signal?.aborted) return Promise.reject(abortedError(signal));
    const url = this.baseUrl + OPERATIONS.initiatePayout.path;
    const body = JSON.stringify({
      marketplaceId: request.marketplaceId,
      accountType: request.accountType,
    });
    const key = `${url} ${body}`;
    let shared = this.writes.get(key);
    if (!shared) {
      shared = withTabLock(`sp-finance-widgets:initiatePayout:${key}`, () =>
        this.attempt('initiatePayout', url, new AbortController().signal, body),
      ).then((answer) => {
        this.clearCache();
        return answer as InitiatePayoutResponse;
      });
      const forget = () => this.writes.delete(key);
      shared.then(forget, forget);
      this.writes.set(key, shared);
    }
    return signal ? untilAborted(shared, signal) : shared;
  }

  /** Forgets cached responses (e.g. after the host knows the seller's data changed). */
  clearCache(): void {
    this.cache.clear();
  }

  /**
   * Cache, then an identical request already under way, then a new one. `fresh` skips the
   * cache but may still join a request under way: that answer is no older than a new one.
   */
  private async request<K extends OperationName>(
    op: K,
    query: QueryOf[K],
    { signal, fresh = false }: RequestOptions = {},
  ): Promise<ResponseOf[K]> {
    if (signal?.aborted) throw abortedError(signal);
    const url = this.baseUrl + operationUrl(op, query);
    if (!fresh) {
      const cached = this.cached(url);
      if (cached !== undefined) return structuredClone(cached) as ResponseOf[K];
    }
    const shared = this.inFlight.get(url) ?? this.start(op, url);
    // Each caller gets its own copy, so one element changing its data cannot change another's.
    return structuredClone(await this.join(url, shared, signal)) as ResponseOf[K];
  }

  private cached(url: string): unknown {
    const entry = this.cache.get(url);
    if (!entry) return undefined;
    if (entry.expiresAt > Date.now()) return entry.body;
    this.cache.delete(url);
    return undefined;
  }

  private remember(url: string, body: unknown): void {
    const ttl = this.options.cacheTtlMs ?? DEFAULTS.cacheTtlMs;
    if (ttl <= 0) return;
    const now = Date.now();
    for (const [key, entry] of this.cache) if (entry.expiresAt <= now) this.cache.delete(key);
    this.cache.set(url, { body, expiresAt: now + ttl });
  }

  private start(op: OperationName, url: string): InFlight {
    const controller = new AbortController();
    const shared: InFlight = {
      controller,
      callers: 0,
      promise: this.fetchWithRetries(op, url, controller.signal).then((body) => {
        this.remember(url, body);
        return body;
      }),
    };
    const forget = () => {
      if (this.inFlight.get(url) === shared) this.inFlight.delete(url);
    };
    shared.promise.then(forget, forget);
    this.inFlight.set(url, shared);
    return shared;
  }

  /**
   * Waits for a shared request on behalf of one caller. The caller's abort detaches only that
   * caller; the network request is aborted when the last caller has gone.
   */
  private join(url: string, shared: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
    shared.callers++;
    if (!signal) return shared.promise;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        reject(abortedError(signal));
        if (--shared.callers === 0) {
          if (this.inFlight.get(url) === shared) this.inFlight.delete(url);
          shared.controller.abort(signal.reason);
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
      shared.promise.then(
        (body) => {
          signal.removeEventListener('abort', onAbort);
          resolve(body);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error);
        },
      );
    });
  }

  /** Attempts until success, a final error, or the retry budget is spent. */
  private async fetchWithRetries(
    op: OperationName,
    url: string,
    signal: AbortSignal,
  ): Promise<unknown> {
    const maxRetries = this.options.maxRetries ?? DEFAULTS.maxRetries;
    for (let attempt = 0; ; attempt++) {
      await this.bucket(op)
        .take(signal)
        .catch(() => {
          throw abortedError(signal);
        });
      try {
        return await this.attempt(op, url, signal);
      } catch (error) {
        const delay = attempt < maxRetries ? this.retryDelay(error, attempt) : undefined;
        if (delay === undefined) throw error;
        await sleep(delay, signal);
      }
    }
  }

  /** One HTTP request (a GET, or a POST of `body`): the parsed answer, or an `SpApiError`. */
  private async attempt(
    op: OperationName,
    url: string,
    signal: AbortSignal,
    body?: string,
  ): Promise<unknown> {
    const timeoutMs = this.options.timeoutMs ?? DEFAULTS.timeoutMs;
    const headers = new Headers(await this.options.headers?.());
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    if (body !== undefined) {
      headers.set('content-type', 'application/json');
      headers.set(WRITE_REQUEST_HEADER.name, WRITE_REQUEST_HEADER.value);
    }
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    let text: string;
    try {
      response = await (this.options.fetch ?? globalThis.fetch)(url, {
        method: body === undefined ? 'GET' : 'POST',
        body,
        credentials: this.options.credentials ?? DEFAULTS.credentials,
        headers,
        signal: AbortSignal.any([signal, timeout]),
      });
      // The body is part of the attempt: a connection dropped mid-body is a network error.
      text = await response.text();
    } catch (cause) {
      if (signal.aborted) throw abortedError(signal);
      if (timeout.aborted) {
        throw new SpApiError({
          kind: 'timeout',
          message: `The server did not answer within ${timeoutMs / 1000} s.`,
          cause,
        });
      }
      throw new SpApiError({
        kind: 'network',
        message: 'The connection to the server failed.',
        cause,
      });
    }
    this.applyRateLimitHeader(op, response.headers);
    if (!response.ok) throw errorFromResponse(response.status, response.headers, text);
    try {
      return (this.options.parseJson ?? parseLosslessJson)(text);
    } catch (cause) {
      throw new SpApiError({
        kind: 'parse',
        status: response.status,
        message: 'The server answered with something other than JSON.',
        requestId: response.headers.get('x-amzn-RequestId') ?? undefined,
        cause,
      });
    }
  }

  /**
   * How long to wait before retrying after `error`, or `undefined` not to retry. Full jitter
   * (a uniform wait up to the exponential bound) keeps many clients from retrying in step;
   * `Retry-After` is a floor, since the server knows when it will have capacity.
   */
  private retryDelay(error: unknown, attempt: number): number | undefined {
    if (!(error instanceof SpApiError) || !error.retryable) return undefined;
    const retryAfter = error.retryAfterMs ?? 0;
    if (retryAfter > (this.options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs)) return undefined;
    const base = this.options.backoff?.baseMs ?? DEFAULTS.backoffBaseMs;
    const cap = this.options.backoff?.capMs ?? DEFAULTS.backoffCapMs;
    const jittered = (this.options.random ?? Math.random)() * Math.min(cap, base * 2 ** attempt);
    return Math.max(retryAfter, jittered);
  }

  private bucket(op: OperationName): TokenBucket {
    let bucket = this.buckets.get(op);
    if (!bucket) {
      bucket = new TokenBucket({
        ratePerSecond: this.options.rate?.ratePerSecond ?? OPERATIONS[op].rate.ratePerSecond,
        burst: this.options.rate?.burst ?? OPERATIONS[op].rate.burst,
      });
      this.buckets.set(op, bucket);
    }
    return bucket;
  }

  /**
   * The SP-API announces the operation's rate (requests per second) on its responses; a proxy
   * that passes the header on (and, cross-origin, exposes it) lets the client slow down in time.
   */
  private applyRateLimitHeader(op: OperationName, headers: Headers): void {
    const limit = headers.get('x-amzn-RateLimit-Limit');
    if (limit !== null && limit.trim() !== '') this.bucket(op).applyServerLimit(Number(limit));
  }
}

/**
 * Runs `task` holding a Web Lock of `name` for this origin, so another tab's identical payout
 * request under way refuses instead of sending a second. Without Web Locks (an insecure
 * context) the task runs as it is.
 */
function withTabLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return locks.request(name, { ifAvailable: true }, (lock) => {
    if (lock) return task();
    throw new SpApiError({
      kind: 'data',
      code: 'PayoutInProgress',
      message: 'This payout is already being requested in another tab. Wait for its answer there.',
    });
  }) as Promise<T>;
}

/** `promise`, for a caller who may stop waiting: an abort rejects without cancelling it. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortedError(signal: AbortSignal): SpApiError {
  return new SpApiError({
    kind: 'aborted',
    message: 'The request was aborted.',
    cause: signal.reason,
  });
}

/** Waits `ms`, or rejects with an `aborted` error as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortedError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError(signal));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
