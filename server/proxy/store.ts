/**
 * Where the proxy keeps what outlives one request: cached access tokens, cached responses and
 * the per-seller rate buckets. One process can use the in-memory store; several instances behind
 * a load balancer share a `RedisStore` so that a seller has one budget, not one per instance.
 */

import type { RateLimit } from '../../src/api/operations.js';

export type { RateLimit };

/** The outcome of taking one token from a bucket. */
export interface TakeResult {
  allowed: boolean;
  /** When refused: how long until a token is back, in milliseconds. */
  retryAfterMs: number;
}

export interface ProxyStore {
  /** A value stored with `set` and not yet expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores a value for `ttlMs` milliseconds. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Forgets the value or the bucket at `key`. */
  delete(key: string): Promise<void>;
  /**
   * Takes one token from the bucket at `key` (created full), refilling it for the time since it
   * was last used. Must be atomic: concurrent takes never spend the same token twice.
   */
  take(key: string, limit: RateLimit, nowMs: number): Promise<TakeResult>;
}

/** A bucket's state: tokens left (fractional) and when that was computed. */
export interface BucketState {
  tokens: number;
  at: number;
}

/**
 * The token-bucket arithmetic, shared by the in-memory store and mirrored by the Redis store's
 * Lua script. A clock that steps back (another instance's clock) refills nothing.
 */
export function takeFromBucket(
  state: BucketState | undefined,
  limit: RateLimit,
  now: number,
): { state: BucketState; result: TakeResult } {
  const perMs = limit.ratePerSecond / 1000;
  const at = state ? Math.max(state.at, now) : now;
  const elapsed = state ? Math.max(0, now - state.at) : 0;
  const tokens = state ? Math.min(limit.burst, state.tokens + elapsed * perMs) : limit.burst;
  if (tokens >= 1) {
    return { state: { tokens: tokens - 1, at }, result: { allowed: true, retryAfterMs: 0 } };
  }
  return {
    state: { tokens, at },
    result: { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / perMs) },
  };
}

/** Milliseconds until an idle bucket is full again, after which it need not be kept. */
export function bucketIdleTtlMs(limit: RateLimit): number {
  return Math.ceil((limit.burst / limit.ratePerSecond) * 1000) + 1000;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/**
 * The default store: a Map in this process. Expired entries are dropped when read and swept
 * now and then, so the Map stays as small as the set of active sellers.
 */
export class MemoryStore implements ProxyStore {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, BucketState & { expiresAt: number }>();
  private operations = 0;

  /** `now` is the clock for expiry (tests inject one). */
  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<string | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.sweep();
    if (ttlMs <= 0) {
      this.entries.delete(key);
      return;
    }
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  /** Forgets a value or a bucket (a bucket taken again starts full). */
  async delete(key: string): Promise<void> {
    this.entries.delete(key);
    this.buckets.delete(key);
  }

  async take(key: string, limit: RateLimit, nowMs: number): Promise<TakeResult> {
    this.sweep();
    const { state, result } = takeFromBucket(this.buckets.get(key), limit, nowMs);
    this.buckets.set(key, { ...state, expiresAt: nowMs + bucketIdleTtlMs(limit) });
    return result;
  }

  private sweep(): void {
    if (++this.operations % 1000 !== 0) return;
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    for (const [key, bucket] of this.buckets) if (bucket.expiresAt <= now) this.buckets.delete(key);
  }
}
