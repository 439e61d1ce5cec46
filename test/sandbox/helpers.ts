import { expect } from '@open-wc/testing';
import { SpApiError } from '../../src/api/errors.js';
import { Pager } from '../../src/data/paging.js';
import type { SandboxDataSource } from '../../src/data/sandbox/index.js';
import type { Balance, Breakdown, ExpectedPayout, Payout, Summary } from '../../src/api/wire.js';
import type {
  BalancesQuery,
  ExpectedPayoutsQuery,
  PayoutsQuery,
  SummaryQuery,
} from '../../src/api/operations.js';

/** Every page of an operation, as the elements' Pager reads them, plus the raw page sizes. */
async function collect<T>(
  fetchPage: (nextToken: string | undefined) => Promise<{ items: T[]; nextToken?: string | null }>,
) {
  const pageSizes: number[] = [];
  const pager = new Pager<T>(
    async (token) => {
      const page = await fetchPage(token);
      pageSizes.push(page.items.length);
      return page;
    },
    { maxPages: 50 },
  );
  const items = await pager.all();
  return { items, pageSizes, stopReason: pager.stopReason };
}

export const allPayouts = (source: SandboxDataSource, query: PayoutsQuery = {}) =>
  collect<Payout>(async (nextToken) => {
    const r = await source.listPayouts({ ...query, nextToken });
    return { items: r.payouts ?? [], nextToken: r.nextToken };
  });

export const allSummaries = (source: SandboxDataSource, query: SummaryQuery = {}) =>
  collect<Summary>(async (nextToken) => {
    const r = await source.listSummary({ ...query, nextToken });
    return { items: r.summaries ?? [], nextToken: r.nextToken };
  });

export const allExpected = (source: SandboxDataSource, query: ExpectedPayoutsQuery = {}) =>
  collect<ExpectedPayout>(async (nextToken) => {
    const r = await source.listExpectedPayouts({ ...query, nextToken });
    return { items: r.expectedPayouts ?? [], nextToken: r.nextToken };
  });

export const allBalances = (source: SandboxDataSource, query: BalancesQuery = {}) =>
  collect<Balance>(async (nextToken) => {
    const r = await source.listBalances({ ...query, nextToken });
    return { items: r.balances ?? [], nextToken: r.nextToken };
  });

/** The SpApiError `promise` rejects with; fails if it resolves or rejects with anything else. */
export async function rejection(promise: Promise<unknown>): Promise<SpApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(SpApiError);
    return error as SpApiError;
  }
  throw new Error('expected the request to fail');
}

/** A balance and everything nested in it. */
export function flattenBalances(balances: readonly Balance[]): Balance[] {
  return balances.flatMap((b) => [b, ...flattenBalances(b.balances ?? [])]);
}

/** Every breakdown at every depth, with its depth (0 = L1). */
export function walkBreakdowns(
  breakdowns: readonly Breakdown[] | null | undefined,
  depth = 0,
): { breakdown: Breakdown; depth: number }[] {
  return (breakdowns ?? []).flatMap((breakdown) => [
    { breakdown, depth },
    ...walkBreakdowns(breakdown.breakdowns, depth + 1),
  ]);
}

export const US = 'ATVPDKIKX0DER';
export const CA = 'A2EUQ1WTGCTBG2';
export const DE = 'A1PA6795UKMFR9';
export const UK = 'A1F83G8C2ARO7P';
export const IN = 'A21TJRUUN4KGV';
export const BR = 'A2Q3Y263D00KWC';
export const JP = 'A1VC38T7YXB528';
