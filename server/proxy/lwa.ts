import { createHash } from 'node:crypto';
import type { ProxyStore } from './store.js';

/** What the proxy needs to act for one seller: an LWA app and the seller's refresh token. */
export interface LwaCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export const DEFAULT_LWA_ENDPOINT = 'https://api.amazon.com/auth/o2/token';

/** RFC 6750's b64token: what a bearer token may contain, up to a generous length. */
const TOKEN_PATTERN = /^[A-Za-z0-9\-._~+/|=]{1,4096}$/;

/** LWA's tokens live an hour; a day is the most an answer may claim before it is suspect. */
const MAX_EXPIRES_IN_S = 86_400;

/** Tokens are used until this long before LWA says they expire. */
export const TOKEN_EXPIRY_MARGIN_MS = 60_000;

export type LwaFailure = 'rejected' | 'unreachable' | 'timeout' | 'malformed';

/**
 * Getting an access token failed. The message is fixed wording plus, at most, LWA's own error
 * code (`invalid_grant`): never LWA's description, which can quote what was sent.
 */
export class LwaError extends Error {
  override readonly name = 'LwaError';
  constructor(
    readonly failure: LwaFailure,
    readonly lwaCode: string | undefined,
    readonly lwaStatus: number | undefined,
  ) {
    super(
      {
        rejected: 'Login with Amazon refused the refresh token',
        unreachable: 'Login with Amazon could not be reached',
        timeout: 'Login with Amazon did not answer in time',
        malformed: 'Login with Amazon answered without a valid access token',
      }[failure] + (lwaCode ? ` (${lwaCode})` : ''),
    );
  }
}

export interface LwaTokenClientOptions {
  endpoint: string;
  store: ProxyStore;
  now: () => number;
  timeoutMs: number;
  userAgent: string;
}

interface CachedToken {
  accessToken: string;
  expiresAt: number;
}

/**
 * Access tokens from the LWA refresh-token grant, cached per refresh token (in the store, so
 * proxy instances sharing a Redis share them) until `expires_in` minus a minute. Concurrent
 * requests for the same refresh token share one grant (single flight).
 */
export class LwaTokenClient {
  private readonly inFlight = new Map<string, Promise<string>>();

  constructor(private readonly options: LwaTokenClientOptions) {}

  /**
   * A valid access token. `rejected` is a token the SP-API just called expired: it is not
   * reused, and the first caller to report it triggers one refresh that the others share.
   */
  async accessToken(credentials: LwaCredentials, rejected?: string): Promise<string> {
    const key = tokenCacheKey(credentials);
    const cached = parseCached(await this.options.store.get(key));
    if (cached && cached.expiresAt > this.options.now() && cached.accessToken !== rejected) {
      return cached.accessToken;
    }
    let flight = this.inFlight.get(key);
    if (!flight) {
      flight = this.refresh(key, credentials).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, flight);
    }
    return flight;
  }

  private async refresh(key: string, credentials: LwaCredentials): Promise<string> {
    const body = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.refreshToken,
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    });
    let response: Response;
    try {
      response = await fetch(this.options.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
          accept: 'application/json',
          'user-agent': this.options.userAgent,
        },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
        redirect: 'error',
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new LwaError(timedOut ? 'timeout' : 'unreachable', undefined, undefined);
    }
    let json: unknown;
    try {
      json = JSON.parse(await response.text());
    } catch {
      json = undefined;
    }
    const answer = (json ?? {}) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    };
    if (!response.ok) {
      const code =
        typeof answer.error === 'string' && /^[a-z_]{1,64}$/.test(answer.error)
          ? answer.error
          : undefined;
      throw new LwaError(
        response.status >= 500 ? 'unreachable' : 'rejected',
        code,
        response.status,
      );
    }
    const accessToken = answer.access_token;
    const expiresIn = answer.expires_in;
    // The token goes into a header and the store: only what an OAuth token can be (RFC 6750's
    // b64token characters), never a CR/LF that would split a header or crash `http.request`.
    if (typeof accessToken !== 'string' || !TOKEN_PATTERN.test(accessToken)) {
      throw new LwaError('malformed', undefined, response.status);
    }
    if (typeof expiresIn !== 'number' || !(expiresIn > 0 && expiresIn <= MAX_EXPIRES_IN_S)) {
      throw new LwaError('malformed', undefined, response.status);
    }
    const ttlMs = expiresIn * 1000 - TOKEN_EXPIRY_MARGIN_MS;
    if (ttlMs > 0) {
      const cached: CachedToken = { accessToken, expiresAt: this.options.now() + ttlMs };
      await this.options.store.set(key, JSON.stringify(cached), ttlMs);
    }
    return accessToken;
  }
}

/** Keyed by a hash: the store never holds a refresh token, even as a key. */
export function tokenCacheKey(credentials: LwaCredentials): string {
  return `lwa:${fingerprint(credentials)}`;
}

/** A stable, non-reversible name for an LWA app + refresh token pair. */
export function fingerprint(credentials: LwaCredentials): string {
  return createHash('sha256')
    .update(`${credentials.clientId}\u0000${credentials.refreshToken}`)
    .digest('hex')
    .slice(0, 32);
}

function parseCached(text: string | undefined): CachedToken | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<CachedToken>;
    if (typeof value.accessToken === 'string' && typeof value.expiresAt === 'number') {
      return value as CachedToken;
    }
  } catch {
    // A corrupt entry is simply a miss.
  }
  return undefined;
}
