/**
 * The notes above `<sp-transaction-list>`'s rows (pure): what the settlement filter does, and
 * the API's hazards in words — a range split into 180-day windows (or cut), a `postedBefore`
 * clamped to two minutes ago, and the last 48 hours that may be incomplete.
 */
import { formatDay, formatLastIncludedDay, type DateContext } from '../../l10n/dates.js';
import { formatCount } from '../../l10n/plural.js';
import { str, type Words } from '../../l10n/runtime.js';
import { MAX_WINDOWS, type WindowPlan } from './transaction-window-state.js';

/** "Showing transactions of settlement 1234 posted between 1 Nov and 14 Nov 2026." */
export function settlementNote(
  settlementId: string,
  { postedAfter, postedBefore }: { postedAfter?: string; postedBefore?: string },
  dates: DateContext,
  words: Words,
): string {
  const after = postedAfter && formatDay(postedAfter, dates);
  // "Between" reads both ends as included, so the exclusive postedBefore shows its last day.
  const last = postedBefore && formatLastIncludedDay(postedBefore, dates);
  if (after && last) {
    return words.msg(
      str`Showing transactions of settlement ${settlementId} posted between ${after} and ${last}. Amazon cannot filter by settlement, so this list picks them from that period.`,
      { id: 'transactions.settlement.between' },
    );
  }
  if (after) {
    return words.msg(
      str`Showing transactions of settlement ${settlementId} posted since ${after}. Amazon cannot filter by settlement, so this list picks them from that period.`,
      { id: 'transactions.settlement.since' },
    );
  }
  return words.msg(
    str`To show the transactions of settlement ${settlementId}, this list needs its period: set posted-after and posted-before (showSettlement() takes them from the payout).`,
    { id: 'transactions.settlement.no-period' },
  );
}

/** What the range asked for means, one sentence each; none for a plain range. */
export function rangeNotes(plan: WindowPlan, dates: DateContext, words: Words): string[] {
  const notes: string[] = [];
  if (plan.backwards) {
    notes.push(
      words.msg(
        'Nothing can be listed: the start of the range is not before its end (Amazon lists transactions posted until two minutes ago).',
        { id: 'transactions.note.backwards' },
      ),
    );
  }
  if (plan.windows.length > 1) {
    const parts = formatCount(plan.windows.length, words);
    notes.push(
      words.msg(
        str`Amazon lists at most 180 days at a time, so this range is loaded in ${parts} parts, newest first, and merged.`,
        { id: 'transactions.note.split' },
      ),
    );
  }
  if (plan.cutAt) {
    const since = formatDay(plan.cutAt, dates);
    const most = formatCount(MAX_WINDOWS, words);
    notes.push(
      words.msg(
        str`Only transactions posted since ${since} are listed: the whole range would need more than ${most} requests. Narrow the range to see older ones.`,
        { id: 'transactions.note.cut' },
      ),
    );
  }
  if (plan.clampedTo) {
    notes.push(
      words.msg(
        'The range ends two minutes ago: Amazon lists only transactions posted before then.',
        { id: 'transactions.note.clamped' },
      ),
    );
  }
  if (plan.recent) {
    notes.push(
      words.msg('Transactions of the last 48 hours may not be listed yet.', {
        id: 'transactions.note.recent',
      }),
    );
  }
  return notes;
}
