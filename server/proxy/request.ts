import {
  OPERATIONS,
  operationForPath,
  operationsAt,
  paramsOf,
  paramSpec,
  type OperationName,
  type ParamFormat,
  type ParamSpec,
} from '../../src/api/operations.js';
import type { ProxyErrorEntry } from './errors.js';

/**
 * The gate in front of every request: which of the four operations it names, and its query
 * parameters, validated one by one. Nothing else gets past it, so the upstream URL is always the
 * configured endpoint, one of four constant paths and re-encoded, validated values: the proxy can
 * never be steered at another host or path (no open proxy, no SSRF).
 */

/** A request the proxy will answer: its operation and the canonical `path?query` to forward. */
export interface AllowedRequest {
  kind: 'allowed';
  operation: OperationName;
  /** `{operation path}` or `{operation path}?{query}`, parameters in the API's order. */
  target: string;
}

/** A request the proxy refuses, with the status and ErrorList entry to answer with. */
export interface RefusedRequest {
  kind: 'refused';
  status: number;
  error: ProxyErrorEntry;
  headers?: Record<string, string>;
}

/** A path that is not one of the four operations (404, or the host's `next()`). */
export interface UnknownPath {
  kind: 'unknown-path';
}

export type GateResult = AllowedRequest | RefusedRequest | UnknownPath;

/** Most items in a list parameter (marketplaceIds, balanceType). */
export const MAX_LIST_ITEMS = 20;
/** Longest value of an ordinary parameter; `nextToken` may be longer. */
export const MAX_VALUE_LENGTH = 256;
export const MAX_NEXT_TOKEN_LENGTH = 4096;

const NOT_A_PATH: ProxyErrorEntry = {
  code: 'InvalidInput',
  message: 'The request target is not an allowed path.',
};

/**
 * Targets no browser sends for an element's request: the absolute form (`http://host/…`), `//`,
 * backslashes, `.`/`..` segments, and percent-encoded dots, slashes, backslashes or NUL, which
 * some servers decode into the same.
 */
function isMalformedPath(path: string): boolean {
  if (!path.startsWith('/')) return true;
  if (path.includes('//') || path.includes('\\') || path.includes('#')) return true;
  if (/%(?:2e|2f|5c|00)/i.test(path)) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(path)) return true;
  return path.split('/').some((segment) => segment === '.' || segment === '..');
}

/** `/sp-api/` → `/sp-api`; `''` and `/` mean no base path. */
export function normaliseBasePath(basePath: string | undefined): string {
  if (!basePath || basePath === '/') return '';
  if (!basePath.startsWith('/') || isMalformedPath(basePath)) {
    throw new TypeError(`basePath must be a plain absolute path such as "/sp-api"`);
  }
  return basePath.replace(/\/+$/, '');
}

/**
 * The methods the proxy serves at a path: its GETs, and an operation with a body (the one that
 * moves money) only when the host enabled it (`writable`).
 */
export function servedMethods(path: string, writable: readonly OperationName[] = []): string[] {
  const served = operationsAt(path).filter(
    (name) => !('body' in OPERATIONS[name]) || writable.includes(name),
  );
  return [...new Set(served.map((name) => OPERATIONS[name].method))];
}

/**
 * Checks a request's method, target and query; `basePath` is stripped first when given. An
 * operation with a body is answered as if it did not exist (405) unless it is in `writable`.
 */
export function gate(
  method: string | undefined,
  url: string | undefined,
  basePath = '',
  writable: readonly OperationName[] = [],
): GateResult {
  const raw = url ?? '';
  const queryAt = raw.indexOf('?');
  const path = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const search = queryAt === -1 ? '' : raw.slice(queryAt + 1);
  if (isMalformedPath(path)) return { kind: 'refused', status: 400, error: NOT_A_PATH };

  let below = path;
  if (basePath) {
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return { kind: 'unknown-path' };
    below = path.slice(basePath.length) || '/';
  }
  const found = operationForPath(below, method);
  const operation =
    found && (!('body' in OPERATIONS[found]) || writable.includes(found)) ? found : undefined;
  if (!operation) {
    const allow = servedMethods(below, writable);
    if (allow.length === 0) return { kind: 'unknown-path' };
    return {
      kind: 'refused',
      status: 405,
      error: {
        code: 'MethodNotAllowed',
        message: `Only ${allow.join(' and ')} is allowed on ${below}.`,
      },
      headers: { Allow: allow.join(', ') },
    };
  }

  const query = validateQuery(operation, search);
  if ('error' in query) return { kind: 'refused', status: 400, error: query.error };
  const target = query.search
    ? `${OPERATIONS[operation].path}?${query.search}`
    : OPERATIONS[operation].path;
  return { kind: 'allowed', operation, target };
}

/** A parameter name safe to repeat in an error message: short, printable ASCII. */
function shown(name: string): string {
  const clean = name.replace(/[^\x21-\x7e]/g, '?');
  return clean.length > 64 ? `${clean.slice(0, 64)}…` : clean;
}

function invalid(name: string, why: string): { error: ProxyErrorEntry } {
  return {
    error: {
      code: 'InvalidInput',
      message: `Invalid query parameter ${shown(name)}: ${why}.`,
      details: shown(name),
    },
  };
}

/**
 * Reads the raw query string: each documented parameter at most once, nothing else. The result
 * is re-encoded from the decoded values, so what goes upstream is exactly what was validated.
 */
export function validateQuery(
  operation: OperationName,
  search: string,
): { search: string } | { error: ProxyErrorEntry } {
  const values = new Map<string, string>();
  for (const pair of search.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    const name = decode(rawName);
    if (name === undefined) return invalid(rawName, 'the name is not valid percent-encoding');
    const spec = paramSpec(operation, name);
    if (!spec) {
      return invalid(name, `${OPERATIONS[operation].path} does not take it`);
    }
    if (values.has(name)) return invalid(name, 'it is given more than once');
    const value = decode(rawValue);
    if (value === undefined) return invalid(name, 'the value is not valid percent-encoding');
    const problem = checkValue(spec, value);
    if (problem) return invalid(name, problem);
    values.set(name, value);
  }
  const missing = paramsOf(operation).find(([name, spec]) => spec.required && !values.has(name));
  if (missing) return invalid(missing[0], 'it is required');
  const parts: string[] = [];
  for (const [name, spec] of paramsOf(operation)) {
    const value = values.get(name);
    if (value === undefined) continue;
    // Lists go comma-separated, as the elements send them; everything else is encoded.
    const encoded = spec.list
      ? value.split(',').map(encodeURIComponent).join(',')
      : encodeURIComponent(value);
    parts.push(`${name}=${encoded}`);
  }
  return { search: parts.join('&') };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

const MARKETPLACE_ID = /^[A-Za-z0-9]{1,32}$/;
const CODE = /^[A-Za-z0-9_]{1,64}$/;
// Account types arrive as codes (STANDARD_ORDERS) and as labels ("Standard Orders").
const ACCOUNT_TYPE = /^[\p{L}\p{N}][\p{L}\p{N} _.&()-]{0,127}$/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a value is malformed for its parameter, or `undefined` when it is fine. */
function checkValue(spec: ParamSpec, value: string): string | undefined {
  if (value === '') return 'it is empty';
  const max = spec.format === 'token' ? MAX_NEXT_TOKEN_LENGTH : MAX_VALUE_LENGTH;
  if (value.length > max) return `it is longer than ${max} characters`;
  if (CONTROL.test(value)) return 'it contains control characters';
  if (spec.list) {
    const items = value.split(',');
    if (items.length > MAX_LIST_ITEMS) return `it has more than ${MAX_LIST_ITEMS} items`;
    const allowed = spec.values;
    if (allowed && items.some((item) => !allowed.includes(item))) {
      return `each item must be one of ${allowed.join(', ')}`;
    }
    return items.map((item) => checkFormat(spec.format, item)).find((why) => why !== undefined);
  }
  if (spec.values && !spec.values.includes(value)) {
    return `it must be one of ${spec.values.join(', ')}`;
  }
  return checkFormat(spec.format, value);
}

/** Why one value (or list item) does not have its parameter's format. */
function checkFormat(format: ParamFormat, value: string): string | undefined {
  switch (format) {
    case 'marketplace-id':
      return MARKETPLACE_ID.test(value) ? undefined : 'a marketplace id is letters and digits';
    case 'code':
      return CODE.test(value) ? undefined : 'it is letters, digits and underscores';
    case 'account-type':
      return ACCOUNT_TYPE.test(value) ? undefined : 'it is not an account type';
    case 'date':
      return isIsoDate(value) ? undefined : 'it must be an ISO 8601 date (YYYY-MM-DD)';
    case 'date-time':
      return isIsoDate(value) || isIsoDateTime(value)
        ? undefined
        : 'it must be an ISO 8601 date or date-time (e.g. 2024-06-01T00:00:00Z)';
    case 'text':
    case 'token':
      return undefined;
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))?$/;

/** A real calendar date in ISO 8601's extended form (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 date-time: date, `T`, hh:mm[:ss[.fraction]], optional `Z` or ±hh:mm. */
export function isIsoDateTime(value: string): boolean {
  const match = DATE_TIME.exec(value);
  if (!match || !isIsoDate(match[1]!)) return false;
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  const second = match[4] === undefined ? 0 : Number(match[4]);
  if (hour > 23 || minute > 59 || second > 60) return false;
  if (match[5] !== undefined && (Number(match[5]) > 23 || Number(match[6]) > 59)) return false;
  return true;
}
