import { errorFromResponse, SpApiError } from '../../api/errors.js';
import {
  OPERATIONS,
  operationUrl,
  type OperationName,
  type QueryOf,
} from '../../api/operations.js';
import type { FinanceDataSource, RequestOptions, ResponseOf } from '../data-source.js';
import { listBalances } from './balances.js';
import { SandboxBook, type BookVariant } from './book.js';
import { toApiDecimals } from './exact-json.js';
import { SandboxInputError } from './input.js';
import { emptyPages, type SandboxPage } from './paging.js';
import { listPaymentMethods } from './payment-methods.js';
import { SandboxPayouts } from './payout-requests.js';
import {
  publishedBalance,
  publishedExpectedPayout,
  publishedPayout,
  publishedSummary,
} from './published.js';
import { Random } from './random.js';
import {
  errorList,
  isScenarioName,
  type ScenarioFunction,
  type ScenarioName,
} from './scenarios.js';
import { DEFAULT_SEED, startOfTodayUtc } from './seller.js';
import { listSummaries } from './summaries.js';
import { listExpectedPayouts, listPayouts } from './transfers.js';
import { listTransactions } from './transactions.js';

export interface SandboxOptions {
  /** Same seed, same data, byte for byte (default 1). */
  seed?: number;
  /** The instant the data is anchored to: payouts run up to it, expected payouts follow it (default: the start of the current UTC day; pass one for the same dates on every run). */
  now?: string;
  /** Delay before every answer, in milliseconds; abortable (default 0; `slow`: 1500). */
  latencyMs?: number;
  /** What to do: a scenario name, or a function that picks one per request (default `default`). */
  scenario?: ScenarioName | ScenarioFunction;
  /** Items per page for every operation (default: payouts and balances 25, summaries and expected payouts 10). */
  pageSize?: number;
  /** How many times each distinct request fails in the `flaky-*` scenarios before it succeeds (default 2). */
  failures?: number;
  /** The `Retry-After` of 429 answers, in seconds (default 1). */
  retryAfterSeconds?: number;
}

/** Per-request overrides (the HTTP handler's path prefix sets these). */
export interface SandboxRequestOptions extends RequestOptions {
  scenario?: ScenarioName;
  /** A namespace for the `flaky-*` counters, so separate tests do not share them. */
  session?: string;
  latencyMs?: number;
  failures?: number;
  retryAfterSeconds?: number;
}

/** One answer as it would cross the wire: amounts are still exact decimal strings. */
export type SandboxExchange =
  | { kind: 'response'; status: number; headers: Record<string, string>; body: unknown }
  | { kind: 'network' };

/** A request the sandbox received, for tests that assert what was asked. */
export interface SandboxRequestRecord {
  operation: OperationName;
  query: QueryOf[OperationName];
  scenario: ScenarioName;
}

/** The operations that answer with a list; `initiatePayout` answers with a reference id. */
type ListOperation = Exclude<OperationName, 'initiatePayout'>;

const DEFAULT_PAGE_SIZES: Record<ListOperation, number> = {
  listBalances: 25,
  listSummary: 10,
  listPayouts: 25,
  listExpectedPayouts: 10,
  listTransactions: 50,
  getPaymentMethods: 50,
};

function abortError(signal: AbortSignal): SpApiError {
  return new SpApiError({
    kind: 'aborted',
    message: 'The request was aborted.',
    cause: signal.reason,
  });
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Settles only by rejecting when `signal` aborts (a request that never gets an answer). */
function never(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    signal?.addEventListener('abort', () => reject(abortError(signal)), { once: true });
  });
}

/** How each operation is answered: its list, the response's list key, its published drift. */
interface Answer<Q> {
  key: string;
  list: (
    book: SandboxBook,
    query: Q,
    pageSize: number,
    scenario: ScenarioName,
  ) => SandboxPage<unknown>;
  published: (item: never) => unknown;
  /** The published model's envelope around the list and its token (`listTransactions`). */
  payload?: true;
}

const ANSWERS: { [K in ListOperation]: Answer<QueryOf[K]> } = {
  listBalances: { key: 'balances', list: listBalances, published: publishedBalance },
  listSummary: { key: 'summaries', list: listSummaries, published: publishedSummary },
  listPayouts: { key: 'payouts', list: listPayouts, published: publishedPayout },
  listExpectedPayouts: {
    key: 'expectedPayouts',
    list: listExpectedPayouts,
    published: publishedExpectedPayout,
  },
  // Amazon's published model is the only one of this operation: the payload envelope, always.
  listTransactions: {
    key: 'transactions',
    list: listTransactions,
    published: (t) => t,
    payload: true,
  },
  getPaymentMethods: {
    key: 'paymentMethods',
    list: (book, query, _pageSize, scenario) => listPaymentMethods(book, query, scenario),
    published: (method) => method,
  },
};

function withToken<T extends object>(body: T, nextToken: string | undefined): T {
  return nextToken ? { ...body, nextToken } : body;
}

/**
 * A built-in backend with no server at all: a fictional seller in seven marketplaces (US, CA,
 * DE, UK, IN, BR, JP) with every balance type, the full summary taxonomy, a year of payouts in
 * every status, and every expected-payout status. Deterministic: the same `seed` and `now`
 * give byte-identical data. It honours every query parameter and pages with `nextToken` (some
 * pages empty), and it can be told to be slow, fail, or drift (see `SCENARIOS`). Errors are
 * `SpApiError`s exactly as `HttpDataSource` reports them.
 *
 * @example
 * ```ts
 * const list = document.querySelector('sp-payout-list');
 * list.dataSource = new SandboxDataSource();                         // realistic data
 * list.dataSource = new SandboxDataSource({ scenario: 'error-403' }); // the error state
 * list.dataSource = new SandboxDataSource({ scenario: 'slow', latencyMs: 3000 });
 * ```
 *
 * The same sandbox is served over HTTP by `server/sandbox-handler.ts` (the demo's `/sandbox`).
 */
export class SandboxDataSource implements FinanceDataSource {
  readonly seed: number;
  /** The anchor instant, as given. */
  readonly now: string;
  /** Every request received, oldest first. */
  readonly requests: SandboxRequestRecord[] = [];

  private readonly nowMs: number;
  private readonly books = new Map<string, SandboxBook>();
  private readonly attempts = new Map<string, number>();
  private readonly payouts: SandboxPayouts;
  /** The sandbox's clock runs from `now` at the real pace, so the 24-hour rule can pass. */
  private readonly startedAt = Date.now();
  private requestCount = 0;

  constructor(private readonly options: SandboxOptions = {}) {
    this.seed = options.seed ?? DEFAULT_SEED;
    this.now = options.now ?? startOfTodayUtc();
    this.nowMs = Date.parse(this.now);
    if (Number.isNaN(this.nowMs))
      throw new RangeError(`SandboxDataSource: invalid now ${this.now}`);
    if (typeof options.scenario === 'string' && !isScenarioName(options.scenario)) {
      throw new RangeError(`SandboxDataSource: unknown scenario ${options.scenario}`);
    }
    this.payouts = new SandboxPayouts(this.seed);
  }

  listBalances(query: QueryOf['listBalances'], options?: SandboxRequestOptions) {
    return this.call('listBalances', query, options);
  }
  listSummary(query: QueryOf['listSummary'], options?: SandboxRequestOptions) {
    return this.call('listSummary', query, options);
  }
  listPayouts(query: QueryOf['listPayouts'], options?: SandboxRequestOptions) {
    return this.call('listPayouts', query, options);
  }
  listExpectedPayouts(query: QueryOf['listExpectedPayouts'], options?: SandboxRequestOptions) {
    return this.call('listExpectedPayouts', query, options);
  }
  listTransactions(query: QueryOf['listTransactions'], options?: SandboxRequestOptions) {
    return this.call('listTransactions', query, options);
  }
  getPaymentMethods(query: QueryOf['getPaymentMethods'], options?: SandboxRequestOptions) {
    return this.call('getPaymentMethods', query, options);
  }
  /** An on-demand payout; its 24-hour memory is per `session` (see payout-requests.ts). */
  initiatePayout(request: QueryOf['initiatePayout'], options?: SandboxRequestOptions) {
    return this.call('initiatePayout', request, options);
  }

  /**
   * The raw exchange for a request: status, headers and a body whose amounts are exact decimal
   * strings (`stringifyExact` writes them as JSON numbers), or a network failure. Waits for any
   * latency first; rejects with an `aborted` `SpApiError` when the signal aborts.
   */
  async respond<K extends OperationName>(
    operation: K,
    query: QueryOf[K],
    options: SandboxRequestOptions = {},
  ): Promise<SandboxExchange> {
    const requestId = new Random(this.seed, 'request', String(++this.requestCount)).uuid();
    const scenario = this.scenarioFor(operation, query, options);
    this.requests.push({ operation, query: { ...query }, scenario });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-amzn-RequestId': requestId,
      'x-amzn-RateLimit-Limit': String(OPERATIONS[operation].rate.ratePerSecond),
    };
    const latency = options.latencyMs ?? this.options.latencyMs ?? (scenario === 'slow' ? 1500 : 0);
    await delay(latency, options.signal);
    if (scenario === 'pending') return never(options.signal);
    if (scenario === 'network') return { kind: 'network' };

    let status = Number(/^error-(\d{3})$/.exec(scenario)?.[1] ?? 200);
    const flaky = /^flaky-(\d{3})$/.exec(scenario);
    if (flaky) {
      const key = `${options.session ?? ''}|${scenario}|${operationUrl(operation, query)}`;
      const attempt = (this.attempts.get(key) ?? 0) + 1;
      this.attempts.set(key, attempt);
      if (attempt <= (options.failures ?? this.options.failures ?? 2)) status = Number(flaky[1]);
    }
    if (status === 429) {
      headers['Retry-After'] = String(
        options.retryAfterSeconds ?? this.options.retryAfterSeconds ?? 1,
      );
    }
    if (status !== 200) return { kind: 'response', status, headers, body: errorList(status) };
    const session = options.session ?? '';
    if (operation === 'initiatePayout') {
      const clock = this.nowMs + (Date.now() - this.startedAt);
      const request = query as QueryOf['initiatePayout'];
      const answer = this.payouts.initiate(this.book(scenario), request, session, scenario, clock);
      return { kind: 'response', ...answer, headers };
    }
    try {
      const body = this.body(operation as ListOperation, query, scenario, session);
      return { kind: 'response', status, headers, body };
    } catch (error) {
      if (!(error instanceof SandboxInputError)) throw error;
      const body = errorList(400, {
        message: error.message,
        details: `The following input parameters are invalid : [ ${error.parameter} ].`,
      });
      return { kind: 'response', status: 400, headers, body };
    }
  }

  private async call<K extends OperationName>(
    operation: K,
    query: QueryOf[K],
    options?: SandboxRequestOptions,
  ): Promise<ResponseOf[K]> {
    const exchange = await this.respond(operation, query, options);
    if (exchange.kind === 'network') {
      throw new SpApiError({
        kind: 'network',
        message: 'Network error',
        cause: new TypeError('Failed to fetch'),
      });
    }
    if (exchange.status >= 400) {
      throw errorFromResponse(
        exchange.status,
        new Headers(exchange.headers),
        JSON.stringify(exchange.body),
      );
    }
    return toApiDecimals(exchange.body) as ResponseOf[K];
  }

  private scenarioFor<K extends OperationName>(
    operation: K,
    query: QueryOf[K],
    options: SandboxRequestOptions,
  ): ScenarioName {
    if (options.scenario) return options.scenario;
    const chosen =
      typeof this.options.scenario === 'function'
        ? this.options.scenario(operation, query)
        : this.options.scenario;
    return isScenarioName(chosen) ? chosen : 'default';
  }

  private book(scenario: ScenarioName): SandboxBook {
    const variant: BookVariant = {
      bigAmounts: scenario === 'big-amounts',
      multiCurrency: scenario === 'multi-currency',
    };
    const key = `${variant.bigAmounts}|${variant.multiCurrency}`;
    let book = this.books.get(key);
    if (!book) {
      book = new SandboxBook(this.seed, this.nowMs, variant);
      this.books.set(key, book);
    }
    return book;
  }

  private body<K extends ListOperation>(
    operation: K,
    query: QueryOf[K],
    scenario: ScenarioName,
    session: string,
  ) {
    const book = this.payouts.view(this.book(scenario), session, scenario);
    const answer = ANSWERS[operation] as unknown as Answer<QueryOf[K]>;
    const list = (q: QueryOf[K]) =>
      answer.list(book, q, this.options.pageSize ?? DEFAULT_PAGE_SIZES[operation], scenario);
    let page: SandboxPage<unknown>;
    if (scenario === 'empty') {
      // An empty sandbox still validates the query as the API would.
      list({ ...query, nextToken: undefined });
      // Every operation's nextToken is a plain string; a generic K cannot show TypeScript that.
      const { nextToken } = query as { nextToken?: string };
      page = operation === 'listPayouts' ? emptyPages(operation, nextToken) : { items: [] };
    } else {
      page = list(query);
    }
    const drift = answer.published as (item: unknown) => unknown;
    const items = scenario === 'published' ? page.items.map((item) => drift(item)) : page.items;
    const body = withToken({ [answer.key]: items }, page.nextToken);
    return answer.payload ? { payload: body } : body;
  }
}
