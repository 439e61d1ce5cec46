import type { Log } from './log.js';
import type { ProxyStore, RateLimit, TakeResult } from './store.js';

export interface GuardedStoreOptions {
  /** How long one store call may take. */
  timeoutMs: number;
  /** How long calls fail fast after a failure before one probe is let through. Default 2 s. */
  coolDownMs?: number;
  /** Answers while the shared store is down; without it such calls throw. */
  fallback?: ProxyStore;
  log: Log;
  /** A monotonic clock for the breaker, in milliseconds (tests inject one). */
  clock?: () => number;
}

export type StoreFailure = 'timeout' | 'failed' | 'open';

/**
 * The shared store did not answer in time, failed, or is resting after a failure. The message
 * is fixed wording: what the store client said (which can quote its URL) stays out of it.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(
    readonly failure: StoreFailure,
    /** When a retry has a chance: the rest of the cool-down, in whole seconds. */
    readonly retryAfterSeconds: number,
  ) {
    super(
      {
        timeout: 'The proxy store did not answer in time',
        failed: 'The proxy store failed',
        open: 'The proxy store is unavailable',
      }[failure],
    );
  }
}

export const DEFAULT_STORE_TIMEOUT_MS = 1_000;
const DEFAULT_COOL_DOWN_MS = 2_000;

type Breaker = 'closed' | 'open' | 'probing';

/**
 * A deadline and a circuit breaker around the host's shared store (Redis), so that an outage
 * costs each request at most one short deadline instead of whatever the client library's
 * retries add up to. ioredis's defaults (offline queue, 20 retries) kept requests waiting for
 * over a minute; a browser gives up at 30 s, and the connections pile up meanwhile.
 *
 * - Every call has a deadline (`timeoutMs`). A call that fails or misses it opens the breaker.
 * - While open, calls fail at once (`StoreUnavailableError`) for `coolDownMs`; then one call is
 *   let through as a probe. If it succeeds the store is used again, otherwise the breaker opens
 *   for another cool-down.
 * - With a `fallback` store, calls the shared store cannot answer are answered by the fallback
 *   instead (a `MemoryStore`: this instance's own rate buckets and token cache). The degraded
 *   mode is logged once when it starts and once when the shared store is back.
 *
 * @example
 * ```ts
 * const store = new GuardedStore(new RedisStore(redis), { timeoutMs: 1000, log });
 * await store.get('lwa:…'); // a StoreUnavailableError within 1 s if Redis is down
 * ```
 */
export class GuardedStore implements ProxyStore {
  private readonly timeoutMs: number;
  private readonly coolDownMs: number;
  private readonly clock: () => number;
  private breaker: Breaker = 'closed';
  private openUntil = 0;

  constructor(
    private readonly shared: ProxyStore,
    private readonly options: GuardedStoreOptions,
  ) {
    if (!(options.timeoutMs > 0 && Number.isFinite(options.timeoutMs))) {
      throw new TypeError('storeTimeoutMs must be a positive number of milliseconds');
    }
    this.timeoutMs = options.timeoutMs;
    this.coolDownMs = options.coolDownMs ?? DEFAULT_COOL_DOWN_MS;
    this.clock = options.clock ?? (() => performance.now());
  }

  get(key: string): Promise<string | undefined> {
    return this.guard((store) => store.get(key));
  }

  set(key: string, value: string, ttlMs: number): Promise<void> {
    return this.guard((store) => store.set(key, value, ttlMs));
  }

  delete(key: string): Promise<void> {
    return this.guard((store) => store.delete(key));
  }

  take(key: string, limit: RateLimit, nowMs: number): Promise<TakeResult> {
    return this.guard((store) => store.take(key, limit, nowMs));
  }

  private async guard<T>(call: (store: ProxyStore) => Promise<T>): Promise<T> {
    if (!this.admits()) return this.unavailable('open', call);
    const probe = this.breaker === 'probing';
    const outcome = await this.withDeadline(call);
    if (outcome.ok) {
      if (probe) this.close();
      return outcome.value;
    }
    this.open();
    return this.unavailable(outcome.failure, call);
  }

  /** Whether this call may go to the shared store; the first call after a cool-down probes. */
  private admits(): boolean {
    if (this.breaker === 'closed') return true;
    if (this.breaker === 'open' && this.clock() >= this.openUntil) {
      this.breaker = 'probing';
      return true;
    }
    return false;
  }

  private async withDeadline<T>(
    call: (store: ProxyStore) => Promise<T>,
  ): Promise<{ ok: true; value: T } | { ok: false; failure: StoreFailure }> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<{ ok: false; failure: StoreFailure }>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, failure: 'timeout' }), this.timeoutMs);
      timer.unref?.();
    });
    // A call abandoned at its deadline may still settle later (ioredis answers from its offline
    // queue, or rejects after its retries): either way it is already answered, never unhandled.
    const settled = invoke(() => call(this.shared)).then(
      (value) => ({ ok: true as const, value }),
      () => ({ ok: false as const, failure: 'failed' as const }),
    );
    try {
      return await Promise.race([settled, deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private open(): void {
    const wasClosed = this.breaker === 'closed';
    this.breaker = 'open';
    this.openUntil = this.clock() + this.coolDownMs;
    if (!wasClosed) return;
    this.options.log.write(
      'error',
      this.options.fallback
        ? 'sp-api proxy: store unavailable, serving rate limits and tokens from memory until it answers'
        : 'sp-api proxy: store unavailable, answering 503 until it answers',
      { coolDownMs: this.coolDownMs },
    );
  }

  private close(): void {
    this.breaker = 'closed';
    this.options.log.write('warn', 'sp-api proxy: store answers again, using it', {});
  }

  private unavailable<T>(
    failure: StoreFailure,
    call: (store: ProxyStore) => Promise<T>,
  ): Promise<T> {
    if (this.options.fallback) return call(this.options.fallback);
    const restMs = this.breaker === 'closed' ? this.coolDownMs : this.openUntil - this.clock();
    throw new StoreUnavailableError(failure, Math.max(1, Math.ceil(restMs / 1000)));
  }
}

/** Runs `call`, turning a synchronous throw into a rejection. */
function invoke<T>(call: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(call());
  } catch (error) {
    return Promise.reject(error);
  }
}
