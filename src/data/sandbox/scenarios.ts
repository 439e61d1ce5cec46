/**
 * What the sandbox can be told to do, for stories and tests. A scenario applies per request, so
 * a function can fail one operation and serve the others.
 */
import type { AnyQuery, OperationName } from '../../api/operations.js';
import type { ErrorList } from '../../api/wire.js';

export const SCENARIOS = {
  default: 'The fictional seller: 7 marketplaces, ~200 payouts over 12 months.',
  empty: 'No data at all (payouts: an empty page with a nextToken, then an empty last page).',
  slow: 'The default data after a delay (latencyMs, else 1.5 s); abortable.',
  pending: 'Never answers; the request ends only when it is aborted.',
  'error-400': '400 InvalidInput.',
  'error-403': '403 Unauthorized (access denied).',
  'error-404': '404 NotFound.',
  'error-429': 'Always 429 QuotaExceeded with Retry-After.',
  'error-500': '500 InternalFailure.',
  'error-503': '503 ServiceUnavailable.',
  'flaky-429': 'The first `failures` (2) requests of each distinct request are 429, then data.',
  'flaky-503': 'The first `failures` (2) requests of each distinct request are 503, then data.',
  network:
    'A network failure: in the browser an SpApiError of kind "network"; over HTTP the socket is destroyed.',
  'big-amounts': 'The default data, with 9007199254740993.07 on the US standard-orders account.',
  published:
    'The default data in the published-model drift: netProceeds, bare breakdown amounts, free-form breakdown names, ACCOUNT_LEVEL_RESERVE, account-type labels, null breakdowns.',
  'multi-currency':
    'The default data, plus balances, summaries and payouts in a second currency on some accounts.',
  'expiring-card':
    'The default data; the card on file in every store expires at the end of the current month.',
  'invalid-bank-account':
    'The default data; the DE bank account is invalid: its expected payout is AT_RISK and an on-demand payout finds no deposit method.',
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export const SCENARIO_NAMES = Object.keys(SCENARIOS) as ScenarioName[];

export function isScenarioName(value: unknown): value is ScenarioName {
  return typeof value === 'string' && Object.hasOwn(SCENARIOS, value);
}

/** Picks the scenario per request: e.g. fail only the payouts, `(op) => op === 'listPayouts' ? 'error-403' : 'default'`. */
export type ScenarioFunction = (
  operation: OperationName,
  query: AnyQuery,
) => ScenarioName | undefined;

interface ErrorSpec {
  status: number;
  code: string;
  message: string;
  details?: string;
}

/** The ErrorList each failure answers with, as the SP-API words them. */
export const ERRORS: Readonly<Record<number, ErrorSpec>> = {
  400: {
    status: 400,
    code: 'InvalidInput',
    message: 'The input request had one or more invalid input parameters.',
    details: 'The following input parameters are invalid : [ marketplaceIds ].',
  },
  403: {
    status: 403,
    code: 'Unauthorized',
    message: 'Access to requested resource is denied.',
    details: 'The access token you provided has expired.',
  },
  404: {
    status: 404,
    code: 'NotFound',
    message: 'The requested resource was not found.',
  },
  405: {
    status: 405,
    code: 'MethodNotAllowed',
    message: 'Method not allowed: the sandbox answers GET only.',
  },
  429: {
    status: 429,
    code: 'QuotaExceeded',
    message: 'You exceeded your quota for the requested resource.',
  },
  500: {
    status: 500,
    code: 'InternalFailure',
    message: 'We encountered an internal error. Please try again.',
  },
  503: {
    status: 503,
    code: 'ServiceUnavailable',
    message: 'Service temporarily unavailable. Please try again.',
  },
};

export function errorList(status: number, override: Partial<ErrorSpec> = {}): ErrorList {
  const spec = { ...(ERRORS[status] ?? ERRORS[500]!), ...override };
  const entry: { code: string; message: string; details?: string } = {
    code: spec.code,
    message: spec.message,
  };
  if (spec.details) entry.details = spec.details;
  return { errors: [entry] };
}
