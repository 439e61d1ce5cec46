import type { ErrorList } from './wire.js';

export type SpApiErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'parse' | 'data';

export interface SpApiErrorInit {
  kind: SpApiErrorKind;
  status?: number;
  code?: string;
  message: string;
  details?: string;
  requestId?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

/** Statuses worth asking again for: rate limiting and server or gateway trouble. */
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Everything a failed request tells a person or a host: the HTTP status, the ErrorList's first
 * code, message and details, the `x-amzn-RequestId` and any `Retry-After`.
 */
export class SpApiError extends Error {
  override readonly name = 'SpApiError';
  readonly kind: SpApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly details: string | undefined;
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: SpApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.requestId = init.requestId;
    this.retryAfterMs = init.retryAfterMs;
  }

  /**
   * Whether the client asks again by itself: rate limits, server or gateway trouble, network
   * failures and timeouts. A timeout is a network failure that took longer to show (CONTRACT.md
   * says network failures are retried), and gets the same bound (`maxRetries`). The HTTP
   * client's retry loop reads this, so the two cannot disagree. A request that moves money is
   * never retried, whatever this says.
   */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== undefined && RETRY_STATUSES.has(this.status);
  }
}

/**
 * Reads an error response. The body may be an ErrorList, other JSON, text, or empty; whatever
 * it is, the result is an `SpApiError` with a message a person can read.
 */
export function errorFromResponse(
  status: number,
  headers: Headers,
  bodyText: string,
  now: number = Date.now(),
): SpApiError {
  let code: string | undefined;
  let message: string | undefined;
  let details: string | undefined;
  const trimmed = bodyText.trim();
  if (trimmed) {
    try {
      const body = JSON.parse(trimmed) as ErrorList | { message?: unknown } | unknown;
      const first = (body as ErrorList)?.errors?.[0];
      if (first && typeof first === 'object') {
        code = typeof first.code === 'string' ? first.code : undefined;
        message = typeof first.message === 'string' ? first.message : undefined;
        details = typeof first.details === 'string' ? first.details : undefined;
      } else if (typeof (body as { message?: unknown })?.message === 'string') {
        message = (body as { message: string }).message;
      }
    } catch {
      message = trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
    }
  }
  return new SpApiError({
    kind: 'http',
    status,
    code,
    message: message ?? `HTTP ${status}`,
    details,
    requestId: headers.get('x-amzn-RequestId') ?? undefined,
    retryAfterMs: parseRetryAfter(headers.get('Retry-After'), now),
  });
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value == null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The `sp-error` event's detail. */
export interface SpErrorDetail {
  status: number | undefined;
  code: string | undefined;
  message: string;
  requestId: string | undefined;
}

export function toErrorDetail(error: unknown): SpErrorDetail {
  if (error instanceof SpApiError) {
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
    };
  }
  return {
    status: undefined,
    code: undefined,
    message: error instanceof Error ? error.message : String(error),
    requestId: undefined,
  };
}
