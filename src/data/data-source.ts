import type {
  BalancesQuery,
  ExpectedPayoutsQuery,
  PayoutsQuery,
  SummaryQuery,
  TransactionsQuery,
  InitiatePayoutRequest,
  PaymentMethodsQuery,
} from '../api/operations.js';
import type { GetPaymentMethodsResponse, InitiatePayoutResponse } from '../api/transfers-model.js';
import type { ListTransactionsResponse } from '../api/transactions-model.js';
import type {
  ListBalancesResponse,
  ListExpectedPayoutsResponse,
  ListPayoutsResponse,
  SummaryResponse,
} from '../api/wire.js';

export interface RequestOptions {
  /** Aborts the request; the element aborts whenever its query changes or it disconnects. */
  signal?: AbortSignal;
  /** Skip any response cache (the Retry button sets this). */
  fresh?: boolean;
}

/**
 * Where the elements get their data: one method per operation, each taking the operation's
 * query (with `nextToken` for later pages) and resolving to the response body as the API
 * returns it. Reject with an `SpApiError` to show the API's error message and request id.
 *
 * @example A data source backed by a host's own GraphQL or RPC layer
 * ```ts
 * const source: FinanceDataSource = {
 *   listBalances: (query, { signal }) => myRpc('balances', query, signal),
 *   listSummary: (query, { signal }) => myRpc('summary', query, signal),
 *   listPayouts: (query, { signal }) => myRpc('payouts', query, signal),
 *   listExpectedPayouts: (query, { signal }) => myRpc('expected', query, signal),
 * };
 * document.querySelector('sp-payout-list').dataSource = source;
 * ```
 */
export interface FinanceDataSource {
  listBalances(query: BalancesQuery, options?: RequestOptions): Promise<ListBalancesResponse>;
  listSummary(query: SummaryQuery, options?: RequestOptions): Promise<SummaryResponse>;
  listPayouts(query: PayoutsQuery, options?: RequestOptions): Promise<ListPayoutsResponse>;
  listExpectedPayouts(
    query: ExpectedPayoutsQuery,
    options?: RequestOptions,
  ): Promise<ListExpectedPayoutsResponse>;
  /**
   * `<sp-transaction-list>`'s operation. Optional, so a data source written for the first four
   * elements still type-checks; the transaction list says so in words when it is missing.
   */
  listTransactions?(
    query: TransactionsQuery,
    options?: RequestOptions,
  ): Promise<ListTransactionsResponse>;
  /** The seller's deposit methods in a store. Optional: without it none are shown. */
  getPaymentMethods?(
    query: PaymentMethodsQuery,
    options?: RequestOptions,
  ): Promise<GetPaymentMethodsResponse>;
  /**
   * Asks Amazon for an on-demand payout: moves money. Optional: without it no element offers
   * one. An implementation sends the request at most once per call and never retries it by
   * itself (not on 429, 5xx, a timeout or a network failure): the seller decides. `fresh` means
   * nothing here, and an abort after sending may still leave a payout made.
   */
  initiatePayout?(
    request: InitiatePayoutRequest,
    options?: RequestOptions,
  ): Promise<InitiatePayoutResponse>;
}

/** Each operation's response body. */
export interface ResponseOf {
  listBalances: ListBalancesResponse;
  listSummary: SummaryResponse;
  listPayouts: ListPayoutsResponse;
  listExpectedPayouts: ListExpectedPayoutsResponse;
  listTransactions: ListTransactionsResponse;
  getPaymentMethods: GetPaymentMethodsResponse;
  initiatePayout: InitiatePayoutResponse;
}
