/**
 * What `<sp-balance-card>` says, in words: balance types and their explanations, account
 * names, dates and the empty state, in the element's `words`. Pure (no DOM), so every phrase is
 * unit-tested.
 */
import { humanize } from '../../api/enums.js';
import { marketplaceName } from '../../api/marketplaces.js';
import type { AccountRef, BalanceGroup, BreakdownNode } from '../../api/model.js';
import {
  canonicalBalanceType,
  computedTotalParts,
  isKnownBalanceType,
  type KnownBalanceType,
} from '../../api/normalise-balances.js';
import type { BalancesQuery } from '../../api/operations.js';
import { formatDay, writtenDate } from '../../l10n/dates.js';
import { accountTypeWords } from '../../l10n/enum-labels.js';
import { str, type Words } from '../../l10n/runtime.js';

const LABELS: Record<KnownBalanceType, (words: Words) => string> = {
  TOTAL: (words) => words.msg('Total', { id: 'balance-type.TOTAL' }),
  AVAILABLE: (words) => words.msg('Available', { id: 'balance-type.AVAILABLE' }),
  RESERVED: (words) => words.msg('Reserved', { id: 'balance-type.RESERVED' }),
  DEFERRED: (words) => words.msg('Deferred', { id: 'balance-type.DEFERRED' }),
  ACCOUNT_LEVEL_RESERVES: (words) =>
    words.msg('Account-level reserve', { id: 'balance-type.ACCOUNT_LEVEL_RESERVES' }),
};

const EXPLANATIONS: Record<KnownBalanceType, (words: Words) => string> = {
  TOTAL: (words) =>
    words.msg('Everything in this account: what is available plus what is reserved.', {
      id: 'balance-type.TOTAL.explanation',
    }),
  AVAILABLE: (words) =>
    words.msg('Money you can be paid. Not all of it may be ready for payout yet.', {
      id: 'balance-type.AVAILABLE.explanation',
    }),
  RESERVED: (words) =>
    words.msg('Money Amazon is holding for now: deferred funds plus the account-level reserve.', {
      id: 'balance-type.RESERVED.explanation',
    }),
  DEFERRED: (words) =>
    words.msg(
      'Sales Amazon has posted but is holding for a while before releasing them to Available.',
      { id: 'balance-type.DEFERRED.held' },
    ),
  ACCOUNT_LEVEL_RESERVES: (words) =>
    words.msg(
      'Held to cover possible refunds, chargebacks and claims. Amazon sets it from your sales volume, product categories and account history.',
      { id: 'balance-type.ACCOUNT_LEVEL_RESERVES.explanation' },
    ),
};

/** A balance type in words: "Available", "Account-level reserve"; unknown types humanized. */
export function balanceTypeLabel(type: string, rawType: string | undefined, words: Words): string {
  if (isKnownBalanceType(type)) return LABELS[type](words);
  return humanize(rawType || type) || words.msg('Unnamed balance', { id: 'balance.unnamed' });
}

/** What a balance type means, in plain language. */
export function balanceTypeExplanation(type: string, words: Words): string {
  return isKnownBalanceType(type)
    ? EXPLANATIONS[type](words)
    : words.msg(
        'A balance type this card does not describe yet, shown with the name and amount Amazon sent.',
        { id: 'balance-type.unknown.explanation' },
      );
}

/** A breakdown's name: balance types in their words, other categories humanized as sent. */
export function breakdownLabel(node: BreakdownNode, words: Words): string {
  const canonical = canonicalBalanceType(node.rawType || node.type);
  if (isKnownBalanceType(canonical)) return LABELS[canonical](words);
  return (
    humanize(node.rawType || node.type) || words.msg('Other', { id: 'balance.breakdown.other' })
  );
}

/**
 * What a computed TOTAL is, in words: "Amazon sent no total; this is Available + Reserved,
 * added up here." The published model also counts loan repayments in TOTAL; when Amazon did not
 * send them, the note says the sum leaves them out.
 */
export function computedTotalNote(group: BalanceGroup, words: Words): string {
  const { parts, loanRepayments } = computedTotalParts(group);
  const labels = parts.map((type) => LABELS[type](words));
  if (loanRepayments) {
    labels.push(words.msg('Loan repayments', { id: 'balance.loan-repayments' }));
  }
  const sum = labels.join(' + ');
  const note = words.msg(str`Amazon sent no total; this is ${sum}, added up here.`, {
    id: 'balance.computed.note',
  });
  if (loanRepayments) return note;
  return `${note} ${words.msg(
    'Amazon’s total also counts loan repayments, which it did not send.',
    {
      id: 'balance.computed.no-loans',
    },
  )}`;
}

/**
 * The account type in words: a code ("STANDARD_ORDERS") as words ("Standard orders"), a label
 * the API sent ("Standard Orders") as given in English (translated in other languages).
 */
export function accountTypeLabel(account: AccountRef, words: Words): string | undefined {
  return accountTypeWords(account.accountTypeRaw ?? account.accountType, words);
}

/** A group's name: marketplace name and account type, e.g. "Amazon.com · Standard orders". */
export function groupTitle(group: BalanceGroup, words: Words): string {
  const parts = [
    marketplaceName(group.account.marketplaceId),
    accountTypeLabel(group.account, words),
  ];
  const named = parts.filter((part): part is string => part !== undefined && part !== '');
  return named.length > 0 ? named.join(' · ') : words.msg('Account', { id: 'balance.account' });
}

/** The empty state: that nothing matched, and what was asked for. */
export function emptyMessage(query: BalancesQuery, words: Words): { title: string; hint: string } {
  const asked: string[] = [];
  if (query.balanceType?.length) {
    const types = query.balanceType
      .map((t) => balanceTypeLabel(canonicalBalanceType(t), t, words))
      .join(', ');
    asked.push(
      query.balanceType.length > 1
        ? words.msg(str`balance types ${types}`, { id: 'balance.empty.asked.types' })
        : words.msg(str`balance type ${types}`, { id: 'balance.empty.asked.type' }),
    );
  }
  const marketplaces = [
    ...new Set(
      [query.marketplaceId, ...(query.marketplaceIds ?? [])].filter((id) => id !== undefined),
    ),
  ];
  for (const id of marketplaces) {
    const marketplace = marketplaceName(id) ?? id;
    asked.push(
      words.msg(str`marketplace ${marketplace}`, { id: 'balance.empty.asked.marketplace' }),
    );
  }
  if (query.accountType) {
    const accountType = accountTypeLabel({ accountTypeRaw: query.accountType }, words);
    asked.push(
      words.msg(str`account type ${accountType}`, { id: 'balance.empty.asked.account-type' }),
    );
  }
  if (query.asOfDate) {
    const day = writtenDate(query.asOfDate);
    const date = day ? formatDay(day, { locale: words.locale }) : query.asOfDate;
    asked.push(words.msg(str`as of ${date}`, { id: 'balance.empty.asked.as-of' }));
  }
  const what = asked.join('; ');
  return {
    title: words.msg('No balances', { id: 'balance.empty.title' }),
    hint:
      asked.length > 0
        ? words.msg(str`Amazon returned no balances for ${what}.`, {
            id: 'balance.empty.hint.asked',
          })
        : words.msg('Amazon returned no balances for this seller.', { id: 'balance.empty.hint' }),
  };
}
