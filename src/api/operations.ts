/**
 * The operations table: for each SP-API operation the elements use, its method and path
 * (exactly as in the SP-API), its query parameters in the order they are sent, how each is
 * encoded and what it must look like, and the API's default rate limit. The HTTP client, the
 * sandbox and the reference proxy all read this table, so adding an operation is one entry here
 * (CONTRACT.md, "Elements"). Pure: no DOM, no network, safe to import from Node.
 *
 * @example Reading the table
 * ```ts
 * OPERATIONS.listPayouts.path;                    // '/finances/transfers/2024-06-01/payouts'
 * OPERATIONS.listPayouts.params.marketplaceIds;   // { format: 'marketplace-id', list: true }
 * operationUrl('listPayouts', { marketplaceIds: ['A', 'B'] }); // '…/payouts?marketplaceIds=A,B'
 * operationForPath('/finances/transfers/2024-06-01/payouts/'); // 'listPayouts'
 * ```
 */

/**
 * What a parameter's value must look like, so the proxy can refuse anything else:
 * `code` is letters, digits and underscores (enum values); `account-type` a code or a label
 * ("Standard Orders"); `date` an ISO 8601 date; `date-time` an ISO 8601 date or date-time;
 * `token` an opaque `nextToken` (allowed to be long); `text` any short printable value.
 */
export type ParamFormat =
  'marketplace-id' | 'code' | 'account-type' | 'date' | 'date-time' | 'text' | 'token';

export interface ParamSpec {
  readonly format: ParamFormat;
  /** An array in the query object, sent comma-separated (`balanceType=AVAILABLE,DEFERRED`). */
  readonly list?: true;
  /** The API refuses the request without it. */
  readonly required?: true;
  /** The only values (or list items) the API takes. */
  readonly values?: readonly string[];
}

/** A token bucket's refill rate (requests per second) and capacity, as the SP-API states them. */
export interface RateLimit {
  /** Tokens added per second (the SP-API's "rate"). */
  ratePerSecond: number;
  /** Most tokens the bucket holds (the SP-API's "burst"). */
  burst: number;
}

export interface OperationSpec {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  /** Query parameters, in the order they are sent. */
  readonly params: Readonly<Record<string, ParamSpec>>;
  /**
   * A request that changes something (moves money): its JSON body's fields, all required, no
   * others. Such an operation is sent once per call and never retried, cached or queued.
   */
  readonly body?: Readonly<Record<string, ParamSpec>>;
  /** The API's default usage plan for the operation: the client's and the proxy's budget. */
  readonly rate: Readonly<RateLimit>;
}

const MARKETPLACE_IDS = { format: 'marketplace-id', list: true } as const;
const ACCOUNT_TYPE = { format: 'account-type' } as const;
const NEXT_TOKEN = { format: 'token' } as const;

/**
 * The usage plan Amazon's published models state for all four operations. The reference
 * Transfers swagger says burst 30 for the payout operations; the later published model says 10,
 * and the lower figure never spends quota the seller may not have.
 */
const FINANCE_RATE = { ratePerSecond: 0.5, burst: 10 } as const;

export const OPERATIONS = {
  listBalances: {
    method: 'GET',
    path: '/finances/2024-06-19/balances',
    params: {
      // The reference filters by one `marketplaceId`, the published model by `marketplaceIds`.
      marketplaceId: { format: 'marketplace-id' },
      marketplaceIds: MARKETPLACE_IDS,
      balanceType: { format: 'code', list: true },
      accountType: ACCOUNT_TYPE,
      asOfDate: { format: 'date' },
      nextToken: NEXT_TOKEN,
    },
    rate: FINANCE_RATE,
  },
  listSummary: {
    method: 'GET',
    path: '/finances/2024-06-19/summary',
    params: {
      marketplaceIds: MARKETPLACE_IDS,
      // The published model's; the reference has none.
      accountType: ACCOUNT_TYPE,
      periodStart: { format: 'date-time' },
      periodEnd: { format: 'date-time' },
      relatedIdentifierName: { format: 'code' },
      relatedIdentifierValue: { format: 'text' },
      nextToken: NEXT_TOKEN,
    },
    rate: FINANCE_RATE,
  },
  listPayouts: {
    method: 'GET',
    path: '/finances/transfers/2024-06-01/payouts',
    params: {
      marketplaceIds: MARKETPLACE_IDS,
      createdAfter: { format: 'date-time' },
      createdBefore: { format: 'date-time' },
      payoutId: { format: 'text' },
      accountType: ACCOUNT_TYPE,
      nextToken: NEXT_TOKEN,
    },
    rate: FINANCE_RATE,
  },
  listExpectedPayouts: {
    method: 'GET',
    path: '/finances/transfers/2024-06-01/payouts/expected',
    params: { marketplaceIds: MARKETPLACE_IDS, accountType: ACCOUNT_TYPE, nextToken: NEXT_TOKEN },
    rate: FINANCE_RATE,
  },
  listTransactions: {
    method: 'GET',
    path: '/finances/2024-06-19/transactions',
    params: {
      postedAfter: { format: 'date-time' },
      postedBefore: { format: 'date-time' },
      marketplaceId: { format: 'marketplace-id' },
      transactionStatus: { format: 'code', values: ['DEFERRED', 'RELEASED', 'DEFERRED_RELEASED'] },
      // The only two that filter; the API lists other identifier names it cannot filter on.
      relatedIdentifierName: { format: 'code', values: ['ORDER_ID', 'FINANCIAL_EVENT_GROUP_ID'] },
      relatedIdentifierValue: { format: 'text' },
      nextToken: NEXT_TOKEN,
    },
    rate: FINANCE_RATE,
  },
  // The published model says burst 30 here; the finance plan's 10 never spends more than it.
  getPaymentMethods: {
    method: 'GET',
    path: '/finances/transfers/2024-06-01/paymentMethods',
    params: {
      marketplaceId: { format: 'marketplace-id', required: true },
      paymentMethodTypes: {
        format: 'code',
        list: true,
        values: ['BANK_ACCOUNT', 'CARD', 'SELLER_WALLET'],
      },
    },
    rate: FINANCE_RATE,
  },
  initiatePayout: {
    method: 'POST',
    path: '/finances/transfers/2024-06-01/payouts',
    params: {},
    body: {
      marketplaceId: { format: 'marketplace-id' },
      accountType: { format: 'account-type' },
    },
    rate: { ratePerSecond: 0.017, burst: 2 },
  },
} as const satisfies Record<string, OperationSpec>;

export type OperationName = keyof typeof OPERATIONS;

/** A query object for a parameter table: lists are arrays, everything else a string. */
type QueryFor<P> = { -readonly [N in keyof P]?: P[N] extends { list: true } ? string[] : string };

/** A body object for a body table: every field a string. */
type BodyFor<B> = { -readonly [N in keyof B]: string };

/**
 * Each operation's input, as the data source's methods take it: the query of a GET, the JSON
 * body of an operation that has one (`initiatePayout`).
 */
export type QueryOf = {
  [K in OperationName]: (typeof OPERATIONS)[K] extends { body: infer B }
    ? BodyFor<B>
    : QueryFor<(typeof OPERATIONS)[K]['params']>;
};

export type BalancesQuery = QueryOf['listBalances'];
export type SummaryQuery = QueryOf['listSummary'];
export type PayoutsQuery = QueryOf['listPayouts'];
export type ExpectedPayoutsQuery = QueryOf['listExpectedPayouts'];
export type TransactionsQuery = QueryOf['listTransactions'];
export type PaymentMethodsQuery = QueryOf['getPaymentMethods'];
export type InitiatePayoutRequest = QueryOf['initiatePayout'];
export type AnyQuery = QueryOf[OperationName];

const NAMES = Object.keys(OPERATIONS) as OperationName[];

/** An operation's parameters in the order they are sent, each with its spec. */
export function paramsOf(operation: OperationName): [string, ParamSpec][] {
  return Object.entries(OPERATIONS[operation].params);
}

/** The spec of `operation`'s parameter `name`; `undefined` when the operation does not take it. */
export function paramSpec(operation: OperationName, name: string): ParamSpec | undefined {
  const params: Readonly<Record<string, ParamSpec>> = OPERATIONS[operation].params;
  return Object.hasOwn(params, name) ? params[name] : undefined;
}

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
  for (const [name] of paramsOf(operation)) {
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

/**
 * The operations at a request path (after any mount prefix is removed), whatever their method;
 * a query and trailing slashes are ignored.
 */
export function operationsAt(path: string): OperationName[] {
  const clean = path.split('?')[0]!.replace(/\/+$/, '');
  return NAMES.filter((name) => OPERATIONS[name].path === clean);
}

/** Which operation a request names by its path and method (default GET), if any. */
export function operationForPath(path: string, method = 'GET'): OperationName | undefined {
  return operationsAt(path).find((name) => OPERATIONS[name].method === method);
}

/** The methods a path answers, for a 405's `Allow` header; empty when no operation is there. */
export function methodsAt(path: string): string[] {
  return [...new Set(operationsAt(path).map((name) => OPERATIONS[name].method))];
}

/** Parses a query string into an operation's query: only its own parameters, lists split. */
export function parseQueryString<K extends OperationName>(
  operation: K,
  search: URLSearchParams,
): QueryOf[K] {
  const query: Record<string, string | string[]> = {};
  for (const [name, spec] of paramsOf(operation)) {
    const value = search.get(name);
    if (value === null) continue;
    query[name] = spec.list ? (splitList(value) ?? []) : value;
  }
  return query as QueryOf[K];
}
