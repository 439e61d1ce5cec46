/**
 * `HttpDataSource` for the script tag's loader, which exposes it as
 * `window.SpFinanceWidgets.HttpDataSource`: the same constructor, options and methods, but the
 * client's code (retry, rate budget, lossless JSON) is imported from beside the script, with
 * the elements' shared code, on the first request. The loader builds its `registerClient` and
 * `clientFor` on this class (vite.cdn.config.ts swaps it in), and the elements find it in the
 * page's shared registry and call it as they would the real one.
 */
import type { FinanceDataSource, RequestOptions } from './data/data-source.js';
import type {
  HttpDataSource as RealHttpDataSource,
  HttpDataSourceOptions,
} from './data/http-data-source.js';
import type { QueryOf } from './api/operations.js';
import { urlBesideTheScript } from './internal/script-base-url.js';

export type { HttpDataSourceOptions };

type Core = typeof import('./cdn-core.js');

let core: Promise<Core> | undefined;

/** The module with the real client and the translations' registry, imported once. */
export function loadCore(): Promise<Core> {
  core ??= Promise.resolve('sp-finance-widgets.core.js')
    .then(urlBesideTheScript)
    .then((url) => import(/* @vite-ignore */ url) as Promise<Core>)
    .catch((error: unknown) => {
      core = undefined;
      throw error;
    });
  return core;
}

export class HttpDataSource implements FinanceDataSource {
  readonly baseUrl: string;
  private real: Promise<RealHttpDataSource> | undefined;

  constructor(private readonly options: HttpDataSourceOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  listBalances(query: QueryOf['listBalances'], options?: RequestOptions) {
    return this.client().then((real) => real.listBalances(query, options));
  }
  listSummary(query: QueryOf['listSummary'], options?: RequestOptions) {
    return this.client().then((real) => real.listSummary(query, options));
  }
  listPayouts(query: QueryOf['listPayouts'], options?: RequestOptions) {
    return this.client().then((real) => real.listPayouts(query, options));
  }
  listExpectedPayouts(query: QueryOf['listExpectedPayouts'], options?: RequestOptions) {
    return this.client().then((real) => real.listExpectedPayouts(query, options));
  }
  listTransactions(query: QueryOf['listTransactions'], options?: RequestOptions) {
    return this.client().then((real) => real.listTransactions(query, options));
  }
  getPaymentMethods(query: QueryOf['getPaymentMethods'], options?: RequestOptions) {
    return this.client().then((real) => real.getPaymentMethods(query, options));
  }
  initiatePayout(request: QueryOf['initiatePayout'], options?: RequestOptions) {
    return this.client().then((real) => real.initiatePayout(request, options));
  }

  /** Forgets cached responses; nothing is cached before the client has loaded. */
  clearCache(): void {
    void this.real?.then((real) => real.clearCache());
  }

  /** The real client, created once; a failed load is tried again on the next request (Retry). */
  private client(): Promise<RealHttpDataSource> {
    this.real ??= loadCore().then(
      (module) => new module.HttpDataSource(this.options),
      (error: unknown) => {
        this.real = undefined;
        throw error;
      },
    );
    return this.real;
  }
}
