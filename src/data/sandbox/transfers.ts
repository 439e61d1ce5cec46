/** Listing payouts and expected payouts with the API's filters and pages. */
import type { ExpectedPayoutsQuery, PayoutsQuery } from '../../api/operations.js';
import { toCode } from '../../api/enums.js';
import type { ExpectedPayout, Payout } from '../../api/wire.js';
import type { SandboxBook } from './book.js';
import { checkMarketplaceIds, parseInstant, SandboxInputError } from './input.js';
import { pageOf, type SandboxPage } from './paging.js';
import type { SandboxAccount } from './seller.js';

function accountFilter(query: { marketplaceIds?: string[]; accountType?: string }) {
  checkMarketplaceIds('marketplaceIds', query.marketplaceIds);
  const accountType = query.accountType ? toCode(query.accountType) : undefined;
  return (account: SandboxAccount) =>
    (!query.marketplaceIds?.length || query.marketplaceIds.includes(account.marketplaceId)) &&
    (accountType === undefined || toCode(account.accountType) === accountType);
}

/**
 * Payouts newest first, ~25 a page. The second page, and every fifth after it, is preceded by
 * an empty page with a token, because the API documents that it returns empty pages.
 */
export function listPayouts(
  book: SandboxBook,
  query: PayoutsQuery,
  pageSize: number,
): SandboxPage<Payout> {
  const matchesAccount = accountFilter(query);
  const after = parseInstant('createdAfter', query.createdAfter);
  const before = parseInstant('createdBefore', query.createdBefore);
  if (after !== undefined && before !== undefined && after > before) {
    throw new SandboxInputError('createdAfter', 'createdAfter must be before createdBefore.');
  }
  const items = book.payouts
    .filter(
      ({ payout, account, creationMs }) =>
        matchesAccount(account) &&
        (after === undefined || creationMs >= after) &&
        (before === undefined || creationMs < before) &&
        (!query.payoutId || payout.id === query.payoutId),
    )
    .map(({ payout }) => payout);
  return pageOf('listPayouts', items, query.nextToken, { pageSize, emptyBefore: [1, 5] });
}

/** The next payout of every account, soonest first. */
export function listExpectedPayouts(
  book: SandboxBook,
  query: ExpectedPayoutsQuery,
  pageSize: number,
): SandboxPage<ExpectedPayout> {
  const matchesAccount = accountFilter(query);
  const items = book.expected
    .filter(({ account }) => matchesAccount(account))
    .map(({ expected }) => expected)
    .sort((a, b) => Date.parse(a.scheduledDate ?? '') - Date.parse(b.scheduledDate ?? ''));
  return pageOf('listExpectedPayouts', items, query.nextToken, { pageSize });
}
