/**
 * `sp-finance-widgets/proxy`: the reference backend proxy. The elements call it with SP-API
 * paths; it keeps the seller's credentials on the server. Node only, no framework dependency.
 */
export {
  createSpApiProxy,
  REGION_ENDPOINTS,
  USER_AGENT,
  type CredentialsResolver,
  type Region,
  type SellerCredentials,
  type SpApiProxyOptions,
} from './sp-api-proxy.js';
export { createSandboxProxy, type SandboxProxyOptions } from './sandbox-proxy.js';
export {
  DEFAULT_RATE_LIMIT,
  type FrontOptions,
  type ProxyHandler,
  type RateLimits,
} from './front.js';
export {
  DEFAULT_STORE_TIMEOUT_MS,
  GuardedStore,
  StoreUnavailableError,
  type GuardedStoreOptions,
  type StoreFailure,
} from './guarded-store.js';
export { MemoryStore, type ProxyStore, type RateLimit, type TakeResult } from './store.js';
export { RedisStore, type RedisClientLike, type RedisStoreOptions } from './redis-store.js';
export { DEFAULT_LWA_ENDPOINT, type LwaCredentials } from './lwa.js';
export type { CorsOptions } from './cors.js';
export type { PayoutAuthorizer, PayoutOptions } from './payout.js';
export type { LogFields, ProxyLogger } from './log.js';
