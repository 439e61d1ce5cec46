/**
 * The four operations: their SP-API paths, query parameters, and how element attributes map to
 * them (CONTRACT.md, "Elements"). Pure: no DOM, no network.
 */

export interface BalancesQuery {
  marketplaceId?: string;
  balanceType?: string[];
  accountType?: string;
  asOfDate?: string;
  nextToken?: string;
}

export interface SummaryQuery {
  marketplaceIds?: string[];
  periodStart?: string;
  periodEnd?: string;
  relatedIdentifierName?: string;
  relatedIdentifierValue?: string;
  nextToken?: string;
}

export interface PayoutsQuery {
  marketplaceIds?: string[];
  createdAfter?: string;
  createdBefore?: string;
  payoutId?: string;
  accountType?: string;
  nextToken?: string;
}

export interface ExpectedPayoutsQuery {
  marketplaceIds?: string[];
  accountType?: string;
  nextToken?: string;
}

export type OperationName = 'listBalances' | 'listSummary' | 'listPayouts' | 'listExpectedPayouts';

export interface QueryOf {
  listBalances: BalancesQuery;
  listSummary: SummaryQuery;
  listPayouts: PayoutsQuery;
  listExpectedPayouts: ExpectedPayoutsQuery;
}

export type AnyQuery = QueryOf[OperationName];

/** Path (exactly as in the SP-API) and the query parameters it takes, in the order they are sent. */
export const OPERATIONS = {
  listBalances: {
    path: '/finances/2024-06-19/balances',
    params: ['marketplaceId', 'balanceType', 'accountType', 'asOfDate', 'nextToken'],
  },
  listSummary: {
    path: '/finances/2024-06-19/summary',
    params: [
      'marketplaceIds',
      'periodStart',
      'periodEnd',
      'relatedIdentifierName',
      'relatedIdentifierValue',
      'nextToken',
    ],
  },
  listPayouts: {
    path: '/finances/transfers/2024-06-01/payouts',
    params: [
      'marketplaceIds',
      'createdAfter',
      'createdBefore',
      'payoutId',
      'accountType',
      'nextToken',
    ],
  },
  listExpectedPayouts: {
    path: '/finances/transfers/2024-06-01/payouts/expected',
    params: ['marketplaceIds', 'accountType', 'nextToken'],
  },
} as const satisfies Record<OperationName, { path: string; params: readonly string[] }>;

/** Splits a comma-separated attribute into its items; `undefined` when nothing is left. */
export function splitList(value: string | null | undefined): string[] | undefined {
  if (value == null) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
}

/** An attribute value passed through verbatim; absent (or empty) attributes send nothing. */
export function optional(value: string | null | undefined): string | undefined {
  return value == null || value === '' ? undefined : value;
}

/**
 * The query string for an operation, parameters in the API's order, lists comma-separated,
 * absent parameters omitted. Values are sent as given (dates are not reformatted).
 */
export function buildQueryString<K extends OperationName>(operation: K, query: QueryOf[K]): string {
  const search = new URLSearchParams();
  const values = query as Record<string, string | string[] | undefined>;
  for (const name of OPERATIONS[operation].params) {
    const value = values[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(name, value.join(','));
    } else {
      search.set(name, value);
    }
  }
  // URLSearchParams encodes the comma; the contract sends lists comma-separated as written.
  return search.toString().replace(/%2C/gi, ',');
}

/** `{path}?{query}` for an operation. */
export function operationUrl<K extends OperationName>(operation: K, query: QueryOf[K]): string {
  const qs = buildQueryString(operation, query);
  return qs ? `${OPERATIONS[operation].path}?${qs}` : OPERATIONS[operation].path;
}

/** Which operation a request path names (after any mount prefix is removed), if any. */
export function operationForPath(path: string): OperationName | undefined {
  const clean = path.split('?')[0]!.replace(/\/+$/, '');
  for (const [name, op] of Object.entries(OPERATIONS)) {
    if (op.path === clean) return name as OperationName;
  }
  return undefined;
}

/** Parses a query string into an operation's query: only its own parameters, lists split. */
export function parseQueryString<K extends OperationName>(
  operation: K,
  search: URLSearchParams,
): QueryOf[K] {
  const query: Record<string, string | string[]> = {};
  for (const name of OPERATIONS[operation].params) {
    const value = search.get(name);
    if (value === null) continue;
    query[name] = LIST_PARAMS.has(name) ? (splitList(value) ?? []) : value;
  }
  return query as QueryOf[K];
}

const LIST_PARAMS = new Set(['marketplaceIds', 'balanceType']);
