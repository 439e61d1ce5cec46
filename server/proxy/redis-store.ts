import { bucketIdleTtlMs, type ProxyStore, type RateLimit, type TakeResult } from './store.js';

/**
 * The part of an ioredis client the store uses. Pass an `ioredis` `Redis` (or `Cluster`)
 * instance; the proxy never imports ioredis itself, so hosts without Redis don't need it.
 */
export interface RedisClientLike {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'PX', ttlMs: number): Promise<unknown>;
  del(key: string): Promise<unknown>;
  defineCommand(name: string, definition: { numberOfKeys: number; lua: string }): void;
}

export interface RedisStoreOptions {
  /** Prepended to every key, so several apps can share one Redis. Default `spfw:`. */
  keyPrefix?: string;
}

/**
 * The token bucket as one Lua script, so a read-refill-take-write is atomic across every proxy
 * instance sharing the Redis. Same arithmetic as `takeFromBucket`.
 * KEYS[1] bucket; ARGV: rate per second, burst, now (ms), idle TTL (ms).
 * Returns {allowed (0/1), retryAfterMs}.
 */
const TAKE_SCRIPT = `
local rate = tonumber(ARGV[1]) / 1000
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = burst
  at = now
else
  local elapsed = now - at
  if elapsed < 0 then elapsed = 0 end
  tokens = math.min(burst, tokens + elapsed * rate)
  if now > at then at = now end
end
local allowed = 0
local wait = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  wait = math.ceil((1 - tokens) / rate)
end
redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%.17g', at))
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return {allowed, wait}
`;

const COMMAND = 'spFinanceWidgetsTake';

type TakeCommand = (
  key: string,
  rate: string,
  burst: string,
  now: string,
  ttl: string,
) => Promise<[number, number]>;

/**
 * A `ProxyStore` in Redis: N proxy instances behind a load balancer share one token cache and
 * one rate budget per seller. Values expire through Redis (`PX`); buckets are hashes updated by
 * a Lua script (EVALSHA, falling back to EVAL, through ioredis's `defineCommand`).
 *
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * const store = new RedisStore(new Redis(process.env.REDIS_URL));
 * createSpApiProxy({ region: 'na', credentials, store });
 * ```
 */
export class RedisStore implements ProxyStore {
  private readonly prefix: string;
  private readonly takeCommand: TakeCommand;

  constructor(
    private readonly client: RedisClientLike,
    options: RedisStoreOptions = {},
  ) {
    this.prefix = options.keyPrefix ?? 'spfw:';
    client.defineCommand(COMMAND, { numberOfKeys: 1, lua: TAKE_SCRIPT });
    const command = (client as unknown as Record<string, TakeCommand>)[COMMAND];
    if (typeof command !== 'function') {
      throw new TypeError('RedisStore needs an ioredis client (defineCommand did not define it)');
    }
    this.takeCommand = command.bind(client);
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    if (ttlMs <= 0) {
      await this.delete(key);
      return;
    }
    await this.client.set(this.prefix + key, value, 'PX', Math.ceil(ttlMs));
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.prefix + key);
  }

  async take(key: string, limit: RateLimit, nowMs: number): Promise<TakeResult> {
    const [allowed, retryAfterMs] = await this.takeCommand(
      this.prefix + key,
      String(limit.ratePerSecond),
      String(limit.burst),
      String(Math.floor(nowMs)),
      String(bucketIdleTtlMs(limit)),
    );
    return { allowed: Number(allowed) === 1, retryAfterMs: Number(retryAfterMs) };
  }
}
