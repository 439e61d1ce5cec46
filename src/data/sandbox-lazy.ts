/**
 * `SandboxDataSource` for the script-tag bundle, which exposes it as
 * `window.SpFinanceWidgets.SandboxDataSource`: the same constructor, options, properties and
 * methods, but the fictional seller's book (most of the sandbox's code) loads on the first
 * request, so a page that only uses `base-url` never downloads it.
 */
import type { OperationName, QueryOf } from '../api/operations.js';
import type { FinanceDataSource } from './data-source.js';
import type {
  SandboxDataSource as RealSandbox,
  SandboxExchange,
  SandboxOptions,
  SandboxRequestOptions,
  SandboxRequestRecord,
} from './sandbox/index.js';
import { isScenarioName } from './sandbox/scenarios.js';
import { DEFAULT_SEED, startOfTodayUtc } from './sandbox/seller.js';
import { loadSandbox } from './sandbox-loader.js';

/** See the real `SandboxDataSource` (src/data/sandbox/sandbox-data-source.ts). */
export class SandboxDataSource implements FinanceDataSource {
  readonly seed: number;
  /** The anchor instant, as given. */
  readonly now: string;
  /** Every request received, oldest first (the real sandbox records into this same array). */
  readonly requests: SandboxRequestRecord[] = [];

  private real: Promise<RealSandbox> | undefined;

  constructor(private readonly options: SandboxOptions = {}) {
    // The real constructor's checks, made here too so bad options still throw at once.
    this.seed = options.seed ?? DEFAULT_SEED;
    this.now = options.now ?? startOfTodayUtc();
    if (Number.isNaN(Date.parse(this.now)))
      throw new RangeError(`SandboxDataSource: invalid now ${this.now}`);
    if (typeof options.scenario === 'string' && !isScenarioName(options.scenario)) {
      throw new RangeError(`SandboxDataSource: unknown scenario ${options.scenario}`);
    }
  }

  listBalances(query: QueryOf['listBalances'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.listBalances(query, options));
  }
  listSummary(query: QueryOf['listSummary'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.listSummary(query, options));
  }
  listPayouts(query: QueryOf['listPayouts'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.listPayouts(query, options));
  }
  listExpectedPayouts(query: QueryOf['listExpectedPayouts'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.listExpectedPayouts(query, options));
  }
  listTransactions(query: QueryOf['listTransactions'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.listTransactions(query, options));
  }
  getPaymentMethods(query: QueryOf['getPaymentMethods'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.getPaymentMethods(query, options));
  }
  initiatePayout(request: QueryOf['initiatePayout'], options?: SandboxRequestOptions) {
    return this.sandbox().then((real) => real.initiatePayout(request, options));
  }

  /** The raw exchange for a request (see the real `respond`). */
  respond<K extends OperationName>(
    operation: K,
    query: QueryOf[K],
    options?: SandboxRequestOptions,
  ): Promise<SandboxExchange> {
    return this.sandbox().then((real) => real.respond(operation, query, options));
  }

  /** The real sandbox, loaded once; a failed load is tried again on the next request (Retry). */
  private sandbox(): Promise<RealSandbox> {
    this.real ??= loadSandbox().then(
      (module) => {
        const real = new module.SandboxDataSource(this.options);
        Object.assign(real, { requests: this.requests });
        return real;
      },
      (error: unknown) => {
        this.real = undefined;
        throw error;
      },
    );
    return this.real;
  }
}
