/**
 * What `<sp-expected-payout>` shows for each expected payout, in words: the status with what it
 * means and what to do, the deposit method, the account, the order. In the `Words` of
 * the element rendering. Pure (no DOM).
 */
import { humanize, toCode } from '../../api/enums.js';
import { marketplaceName } from '../../api/marketplaces.js';
import { accountTypeWords, listWords } from '../../l10n/enum-labels.js';
import { str, type Words } from '../../l10n/runtime.js';
import type { AccountRef, ExpectedPayoutModel } from '../../api/model.js';
import { defaultDepositMethod } from '../../api/normalise-payment-methods.js';
import type { PaymentMethodModel } from '../../api/transfers-model.js';
import { depositLabel, methodLabel } from '../../l10n/deposit-method-words.js';
import { formatMoney } from '../../money/format.js';
import { isNegative } from '../../money/money.js';
import {
  describePeriod,
  describeSchedule,
  scheduleTime,
  type DateContext,
  type ScheduleDisplay,
} from '../../l10n/dates.js';

export type StatusTone = 'positive' | 'warning' | 'negative' | 'neutral';
export type StatusIcon = 'check' | 'warning' | 'blocked' | 'minus' | 'info';

export interface StatusInfo {
  /** The status as a code (`AT_RISK`), for matching and for the `data-status` attribute. */
  code: string;
  /** In words: "At risk". */
  label: string;
  /** What it means for the seller and what to do. */
  meaning: string;
  tone: StatusTone;
  icon: StatusIcon;
  /** The slot a host fills with its own action for this status (`at-risk-action`). */
  slot?: string;
}

const STATUSES: Record<string, (words: Words) => Omit<StatusInfo, 'code' | 'slot'>> = {
  SCHEDULED: (words) => ({
    label: words.msg('Scheduled', { id: 'expected.status.SCHEDULED' }),
    meaning: words.msg(
      'On track: Amazon expects to send this payout on the scheduled date. When it arrives depends on your bank.',
      { id: 'expected.status.SCHEDULED.send' },
    ),
    tone: 'positive',
    icon: 'check',
  }),
  AT_RISK: (words) => ({
    label: words.msg('At risk', { id: 'expected.status.AT_RISK' }),
    meaning: words.msg(
      'This payout may fail because the deposit method looks invalid. Update the deposit method in Seller Central before the scheduled date.',
      { id: 'expected.status.AT_RISK.meaning' },
    ),
    tone: 'warning',
    icon: 'warning',
  }),
  DISABLED: (words) => ({
    label: words.msg('Payouts disabled', { id: 'expected.status.DISABLED' }),
    meaning: words.msg(
      'Payouts are turned off for this account, so nothing will be paid until they are turned back on. Check the account in Seller Central.',
      { id: 'expected.status.DISABLED.meaning' },
    ),
    tone: 'negative',
    icon: 'blocked',
  }),
  NO_PAYOUT_EXPECTED: (words) => ({
    label: words.msg('No payout expected', { id: 'expected.status.NO_PAYOUT_EXPECTED' }),
    meaning: words.msg('The balance is negative, so nothing will be paid.', {
      id: 'expected.status.NO_PAYOUT_EXPECTED.meaning',
    }),
    tone: 'neutral',
    icon: 'minus',
  }),
};

/** The published payouts API's `NO_PAYOUT`, read as the expected-payout status it matches. */
const ALIASES: Record<string, string> = { NO_PAYOUT: 'NO_PAYOUT_EXPECTED' };

/** A status in words. Unknown statuses are humanized with a neutral explanation, never dropped. */
export function statusInfo(status: string, words: Words): StatusInfo {
  const raw = toCode(status);
  const code = ALIASES[raw] ?? raw;
  const known = STATUSES[code];
  const slot = code === '' ? undefined : `${code.toLowerCase().replace(/_/g, '-')}-action`;
  if (known) return { code, slot, ...known(words) };
  if (code === '') {
    return {
      code,
      label: words.msg('Status unknown', { id: 'expected.status.none' }),
      meaning: words.msg('Amazon did not say what state this payout is in.', {
        id: 'expected.status.none.meaning',
      }),
      tone: 'neutral',
      icon: 'info',
    };
  }
  return {
    code,
    label: humanize(status),
    meaning: words.msg('Amazon reports this status for the payout; it gives no further detail.', {
      id: 'expected.status.unknown.meaning',
    }),
    tone: 'neutral',
    icon: 'info',
    slot,
  };
}

/** "Standard orders · Amazon.com": which of the seller's accounts the payout is for. */
export function accountLabel(account: AccountRef, words: Words): string | undefined {
  const parts = [
    accountTypeWords(account.accountTypeRaw, words),
    marketplaceName(account.marketplaceId),
  ].filter((part): part is string => part !== undefined && part !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Statuses under which no money will arrive: shown, but never as the next payout. */
const NOT_PAYING = new Set(['NO_PAYOUT_EXPECTED', 'NO_PAYOUT', 'DISABLED']);

/**
 * Payouts that will pay come first (a negative balance or disabled payouts is not "the next
 * payout"), each group soonest first; payouts without a (readable) date last. Ties keep the
 * order the API sent. Amounts are not compared, so currencies never meet.
 */
export function orderBySchedule(payouts: readonly ExpectedPayoutModel[]): ExpectedPayoutModel[] {
  return payouts
    .map((payout, index) => ({
      payout,
      index,
      time: scheduleTime(payout.scheduledDate),
      paying: !NOT_PAYING.has(payout.status),
    }))
    .sort((a, b) => {
      if (a.paying !== b.paying) return a.paying ? -1 : 1;
      if (a.time === undefined || b.time === undefined) {
        return a.time === b.time ? a.index - b.index : a.time === undefined ? 1 : -1;
      }
      return a.time - b.time || a.index - b.index;
    })
    .map(({ payout }) => payout);
}

/** How many of the other payouts (after the soonest) each "Show more" adds. */
export const BATCH = 10;

/**
 * How many of the other payouts are shown when `revealed` of them were and one more batch is
 * asked for: never beyond the list. `revealed = 0` gives the first render's batch.
 */
export function othersShown(payouts: number, revealed: number): number {
  return Math.min(Math.max(0, payouts - 1), revealed + BATCH);
}

export interface ExpectedPayoutView {
  payout: ExpectedPayoutModel;
  status: StatusInfo;
  /** The exact amount in its own currency, minus sign kept. */
  amount?: string;
  negative: boolean;
  schedule?: ScheduleDisplay;
  deposit?: string;
  period?: string;
  account?: string;
}

/** Everything shown for one expected payout, formatted for the seller. */
export function expectedPayoutView(
  payout: ExpectedPayoutModel,
  words: Words,
  context: DateContext,
): ExpectedPayoutView {
  return {
    payout,
    status: statusInfo(payout.status, words),
    amount: payout.money ? formatMoney(payout.money, context.locale) : undefined,
    negative: payout.money ? isNegative(payout.money) : false,
    schedule: describeSchedule(payout.scheduledDate, context),
    deposit: depositLabel(payout.paymentMethod, payout.accountTail, words),
    period: describePeriod(payout.period, context),
    account: accountLabel(payout.account, words),
  };
}

/** The empty state's hint: what was asked for, in the language of the element rendering. */
export function emptyHint(
  marketplaceIds: readonly string[] | undefined,
  accountType: string | undefined,
  words: Words,
): string {
  const where =
    marketplaceIds && marketplaceIds.length > 0
      ? listWords(
          marketplaceIds.map((id) => marketplaceName(id) ?? id),
          words.locale,
        )
      : undefined;
  const type = accountTypeWords(accountType, words);
  // English runs the type into the sentence ("for standard orders accounts").
  const which = type && words.readingEnglish() ? type.toLowerCase() : type;
  if (where && which) {
    return words.msg(str`Amazon has no upcoming payout in ${where} for ${which} accounts.`, {
      id: 'expected.empty.hint.where-which',
    });
  }
  if (where) {
    return words.msg(str`Amazon has no upcoming payout in ${where}.`, {
      id: 'expected.empty.hint.where',
    });
  }
  if (which) {
    return words.msg(str`Amazon has no upcoming payout for ${which} accounts.`, {
      id: 'expected.empty.hint.which',
    });
  }
  return words.msg('Amazon has no upcoming payout.', { id: 'expected.empty.hint' });
}

/**
 * The method an AT_RISK or DISABLED payout's guidance names: the store's method with the
 * payout's tail, else its default deposit method, else what the payout itself says it pays to.
 * `undefined` when none of these is known.
 */
export function attentionLabel(
  payout: ExpectedPayoutModel,
  methods: readonly PaymentMethodModel[] | undefined,
  words: Words,
): string | undefined {
  const known =
    methods?.find((method) => payout.accountTail && method.tail === payout.accountTail) ??
    (methods ? defaultDepositMethod(methods) : undefined);
  if (known) return methodLabel(known, words);
  return depositLabel(payout.paymentMethod, payout.accountTail, words);
}
