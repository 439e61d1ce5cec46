/**
 * What `<sp-payout-list>` says around "Load more": while a page loads, when one fails, how many
 * payouts a page added, and why paging stopped at its cap.
 */
import type { LoadMoreWords } from '../../internal/load-more.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { str } from '../../l10n/runtime.js';

/** What the payout list says around "Load more". */
export const payoutsLoadMoreWords: LoadMoreWords = {
  loading: (words) => words.msg('Loading more payouts…', { id: 'payouts.loading-more' }),
  failed: (words) => words.msg('Could not load more payouts.', { id: 'payouts.load-more.failed' }),
  loaded(added, words) {
    const count = formatCount(added, words);
    const m = words.msg;
    return plural(
      added,
      {
        zero: () => m(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.zero' }),
        one: () => m(str`Loaded ${count} more payout.`, { id: 'payouts.loaded-more.one' }),
        two: () => m(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.two' }),
        few: () => m(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.few' }),
        many: () => m(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.many' }),
        other: () => m(str`Loaded ${count} more payouts.`, { id: 'payouts.loaded-more.other' }),
      },
      words,
    );
  },
  stopped(fetched, words) {
    const pages = formatCount(fetched, words);
    const m = words.msg;
    return plural(
      fetched,
      {
        zero: () =>
          m(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
            id: 'payouts.page-cap.zero',
          }),
        one: () =>
          m(str`Stopped after ${pages} page. Narrow the dates to see older payouts.`, {
            id: 'payouts.page-cap.one',
          }),
        two: () =>
          m(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
            id: 'payouts.page-cap.two',
          }),
        few: () =>
          m(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
            id: 'payouts.page-cap.few',
          }),
        many: () =>
          m(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
            id: 'payouts.page-cap.many',
          }),
        other: () =>
          m(str`Stopped after ${pages} pages. Narrow the dates to see older payouts.`, {
            id: 'payouts.page-cap.other',
          }),
      },
      words,
    );
  },
};
