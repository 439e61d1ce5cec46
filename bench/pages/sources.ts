import type { FinanceDataSource } from '../../src/data/data-source.js';
import type { ResponseOf } from '../../src/data/data-source.js';

/** A data source whose answers are ready: each operation resolves at once with a fixed body. */
export function readySource(bodies: Partial<ResponseOf>): FinanceDataSource {
  const answer = <K extends keyof ResponseOf>(name: K) =>
    bodies[name] ? Promise.resolve(bodies[name]) : Promise.reject(new Error(`no ${name}`));
  return {
    listBalances: () => answer('listBalances'),
    listSummary: () => answer('listSummary'),
    listPayouts: () => answer('listPayouts'),
    listExpectedPayouts: () => answer('listExpectedPayouts'),
  };
}
