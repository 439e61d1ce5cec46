import { errorFromResponse, SpApiError } from '../api/errors.js';
import { operationUrl, type OperationName, type QueryOf } from '../api/operations.js';
import type { FinanceDataSource, RequestOptions, ResponseOf } from './data-source.js';

export interface HttpDataSourceOptions {
  /** Root of the host's backend proxy; `{baseUrl}{SP-API path}?{query}` is requested. */
  baseUrl: string;
  credentials?: RequestCredentials;
  headers?: () => HeadersInit | Promise<HeadersInit>;
  fetch?: typeof fetch;
}

/** Talks to a backend proxy over HTTP. (Skeleton: retries, rate budget, caching to come.) */
export class HttpDataSource implements FinanceDataSource {
  readonly baseUrl: string;
  private readonly options: HttpDataSourceOptions;

  constructor(options: HttpDataSourceOptions) {
    this.options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  listBalances(query: QueryOf['listBalances'], options?: RequestOptions) {
    return this.request('listBalances', query, options);
  }
  listSummary(query: QueryOf['listSummary'], options?: RequestOptions) {
    return this.request('listSummary', query, options);
  }
  listPayouts(query: QueryOf['listPayouts'], options?: RequestOptions) {
    return this.request('listPayouts', query, options);
  }
  listExpectedPayouts(query: QueryOf['listExpectedPayouts'], options?: RequestOptions) {
    return this.request('listExpectedPayouts', query, options);
  }

  private async request<K extends OperationName>(
    op: K,
    query: QueryOf[K],
    options: RequestOptions = {},
  ): Promise<ResponseOf[K]> {
    const url = this.baseUrl + operationUrl(op, query);
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        credentials: this.options.credentials ?? 'same-origin',
        headers: { accept: 'application/json', ...(await this.options.headers?.()) },
        signal: options.signal,
      });
    } catch (cause) {
      throw new SpApiError({ kind: 'network', message: 'Network error', cause });
    }
    const body = await response.text();
    if (!response.ok) throw errorFromResponse(response.status, response.headers, body);
    return JSON.parse(body) as ResponseOf[K];
  }
}
