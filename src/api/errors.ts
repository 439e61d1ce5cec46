import type { ErrorList } from './wire.js';

export type SpApiErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'parse' | 'data';

export interface SpApiErrorInit {
  kind: SpApiErrorKind;
  status?: number;
  code?: string;
  message: string;
  details?: string;
  /** Every error of the API's ErrorList, in order (the first is also `code`/`message`/`details`). */
  errors?: readonly ApiErrorItem[];
  requestId?: string;
  retryAfterMs?: number;
  cause?: unknown;
}

/** One error of an ErrorList, as a person reads it: only the fields the API sent as text. */
export interface ApiErrorItem {
  code?: string;
  message?: string;
  details?: string;
}

/** Statuses worth asking again for: rate limiting and server or gateway trouble. */
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Everything a failed request tells a person or a host: the HTTP status, the ErrorList's first
 * code, message and details (and every error of the list, in `errors`), the `x-amzn-RequestId`
 * and any `Retry-After`.
 */
export class SpApiError extends Error {
  override readonly name = 'SpApiError';
  readonly kind: SpApiErrorKind;
  readonly status: number | undefined;
  readonly code: string | undefined;
  readonly details: string | undefined;
  readonly errors: readonly ApiErrorItem[];
  readonly requestId: string | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(init: SpApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.code = init.code;
    this.details = init.details;
    this.errors = init.errors ?? [];
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
  let errors: ApiErrorItem[] = [];
  const trimmed = bodyText.trim();
  if (trimmed) {
    try {
      const body = JSON.parse(trimmed) as ErrorList | { message?: unknown } | unknown;
      const list = (body as ErrorList)?.errors;
      errors = Array.isArray(list) ? list.map(errorItem).filter((item) => item !== undefined) : [];
      const first = errors[0];
      if (first) {
        ({ code, message, details } = first);
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
    errors,
    requestId: headers.get('x-amzn-RequestId') ?? undefined,
    retryAfterMs: parseRetryAfter(headers.get('Retry-After'), now),
  });
}

/** An ErrorList entry's text fields; `undefined` for an entry with none (not an object, or empty). */
function errorItem(entry: unknown): ApiErrorItem | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const { code, message, details } = entry as Record<string, unknown>;
  const item = { code: text(code), message: text(message), details: text(details) };
  return (item.code ?? item.message ?? item.details) ? item : undefined;
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
  /** Every error the API listed (an ErrorList may hold several); empty when it sent none. */
  errors: readonly ApiErrorItem[];
}

export function toErrorDetail(error: unknown): SpErrorDetail {
  if (error instanceof SpApiError) {
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      requestId: error.requestId,
      errors: error.errors,
    };
  }
  return {
    status: undefined,
    code: undefined,
    message: error instanceof Error ? error.message : String(error),
    requestId: undefined,
    errors: [],
  };
}
