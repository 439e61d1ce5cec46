/**
 * A token bucket: the SP-API's own rate-limit model (a rate in requests per second and a
 * burst), kept on the client so a page with several elements queues its requests instead of
 * collecting 429s. Requests wait for a token, first come first served; a waiting request can be
 * aborted, and then gives up its place in the queue.
 */

import type { RateLimit } from '../api/operations.js';

export type { RateLimit };

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

export class TokenBucket {
  private tokens: number;
  private refilledAt: number;
  private rate: number;
  private readonly configuredRate: number;
  private readonly burst: number;
  private readonly queue: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    limit: RateLimit,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.configuredRate = positive(limit.ratePerSecond, 'ratePerSecond');
    this.burst = Math.max(1, positive(limit.burst, 'burst'));
    this.rate = this.configuredRate;
    this.tokens = this.burst;
    this.refilledAt = this.now();
  }

  /** The rate in force, in requests per second. */
  get ratePerSecond(): number {
    return this.rate;
  }

  /**
   * Applies a rate the server announced (`x-amzn-RateLimit-Limit`). It can only lower the
   * configured rate: the configured one is what the host chose for this page, and the server's
   * figure is the seller's whole quota, which other callers of the same proxy share.
   */
  applyServerLimit(ratePerSecond: number): void {
    if (!Number.isFinite(ratePerSecond) || ratePerSecond <= 0) return;
    this.refill();
    this.rate = Math.min(this.configuredRate, ratePerSecond);
    this.schedule();
  }

  /** Resolves when a token is taken; rejects with the signal's reason if aborted first. */
  take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    this.refill();
    if (this.queue.length === 0 && this.tokens >= 1) {
      this.tokens -= 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          this.queue.splice(this.queue.indexOf(waiter), 1);
          reject(signal?.reason);
          this.schedule();
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      this.queue.push(waiter);
      this.schedule();
    });
  }

  private refill(): void {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.rate);
    this.refilledAt = now;
  }

  /** Serves whoever can be served now and sets one timer for the next token. */
  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.refill();
    while (this.queue.length > 0 && this.tokens >= 1) {
      this.tokens -= 1;
      const waiter = this.queue.shift()!;
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve();
    }
    if (this.queue.length > 0) {
      const waitMs = ((1 - this.tokens) / this.rate) * 1000;
      this.timer = setTimeout(() => this.schedule(), Math.max(1, Math.ceil(waitMs)));
    }
  }
}

function positive(value: number, name: string): number {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a positive number, not ${value}`);
  }
  return value;
}
