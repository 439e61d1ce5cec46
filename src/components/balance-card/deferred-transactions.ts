/**
 * The DEFERRED transactions behind a balance card's deferred balance (`show-releases`): every
 * page of `listTransactions?transactionStatus=DEFERRED` for the card's marketplace, under the
 * paging policy. A failure is kept, not thrown: the balances still show, and the card says
 * that the release dates could not be loaded.
 */
import type { BalancesQuery } from '../../api/operations.js';
import { SpApiError } from '../../api/errors.js';
import { readTransactionsPage } from '../../api/normalise-transactions.js';
import type { TransactionModel } from '../../api/transactions-model.js';
import type { FinanceDataSource } from '../../data/data-source.js';
import { Pager } from '../../data/paging.js';

/** How far back deferred transactions are looked for: inside the API's 180-day range. */
const LOOK_BACK_MS = 179 * 86_400_000;

export interface DeferredTransactions {
  transactions?: TransactionModel[];
  error?: unknown;
  /** A paging cap stopped reading: some deferred transactions may be missing. */
  capped?: boolean;
}

export async function loadDeferredTransactions(
  source: FinanceDataSource,
  query: BalancesQuery,
  { signal, fresh, now = Date.now() }: { signal: AbortSignal; fresh: boolean; now?: number },
): Promise<DeferredTransactions> {
  if (!source.listTransactions) {
    return {
      error: new SpApiError({
        kind: 'data',
        code: 'NoTransactions',
        message: 'This data source cannot list transactions.',
      }),
    };
  }
  const list = source.listTransactions.bind(source);
  // The transactions filter takes one marketplace: the card's, when it names exactly one.
  const marketplaces = [query.marketplaceId, ...(query.marketplaceIds ?? [])].filter(
    (id): id is string => id !== undefined,
  );
  const marketplaceId = new Set(marketplaces).size === 1 ? marketplaces[0] : undefined;
  // postedAfter is required, and a range over 180 days answers with nothing: the last 179 days
  // hold every deferred transaction (Amazon defers for days, invoiced orders for about 30).
  const postedAfter = new Date(now - LOOK_BACK_MS).toISOString();
  const base = {
    postedAfter,
    transactionStatus: 'DEFERRED',
    ...(marketplaceId ? { marketplaceId } : {}),
  };
  const taken = new Set<string>();
  const pager = new Pager<TransactionModel>(
    async (nextToken, pageSignal) => {
      const page = readTransactionsPage(
        await list(nextToken ? { ...base, nextToken } : base, { signal: pageSignal, fresh }),
        taken,
      );
      return { items: page.transactions, nextToken: page.nextToken };
    },
    { idOf: (transaction) => (transaction.syntheticId ? undefined : transaction.id) },
  );
  try {
    const transactions = await pager.all(signal);
    return { transactions, capped: pager.capped };
  } catch (error) {
    if (signal.aborted) throw error;
    return { error };
  }
}
