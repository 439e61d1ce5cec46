/**
 * What `<sp-expected-payout>` shows for each expected payout, in words: the status with what it
 * means and what to do, the deposit method, the account, the order. Pure (no DOM).
 */
import { humanize, toCode } from '../../api/enums.js';
import { marketplaceName } from '../../api/marketplaces.js';
import type { AccountRef, ExpectedPayoutModel } from '../../api/model.js';
import { formatMoney } from '../../money/format.js';
import { isNegative } from '../../money/money.js';
import {
  describePeriod,
  describeSchedule,
  scheduleTime,
  type DateContext,
  type ScheduleDisplay,
} from './schedule-date.js';

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

const STATUSES: Record<string, Omit<StatusInfo, 'code' | 'slot'>> = {
  SCHEDULED: {
    label: 'Scheduled',
    meaning: 'On track: Amazon expects to pay this on the scheduled date.',
    tone: 'positive',
    icon: 'check',
  },
  AT_RISK: {
    label: 'At risk',
    meaning:
      'This payout may fail because the deposit method looks invalid. Update the deposit method in Seller Central before the scheduled date.',
    tone: 'warning',
    icon: 'warning',
  },
  DISABLED: {
    label: 'Payouts disabled',
    meaning:
      'Payouts are turned off for this account, so nothing will be paid until they are turned back on. Check the account in Seller Central.',
    tone: 'negative',
    icon: 'blocked',
  },
  NO_PAYOUT_EXPECTED: {
    label: 'No payout expected',
    meaning: 'The balance is negative, so nothing will be paid.',
    tone: 'neutral',
    icon: 'minus',
  },
};

/** The published payouts API's `NO_PAYOUT`, read as the expected-payout status it matches. */
const ALIASES: Record<string, string> = { NO_PAYOUT: 'NO_PAYOUT_EXPECTED' };

/** A status in words. Unknown statuses are humanized with a neutral explanation, never dropped. */
export function statusInfo(status: string): StatusInfo {
  const raw = toCode(status);
  const code = ALIASES[raw] ?? raw;
  const known = STATUSES[code];
  const slot = code === '' ? undefined : `${code.toLowerCase().replace(/_/g, '-')}-action`;
  if (known) return { code, slot, ...known };
  if (code === '') {
    return {
      code,
      label: 'Status unknown',
      meaning: 'Amazon did not say what state this payout is in.',
      tone: 'neutral',
      icon: 'info',
    };
  }
  return {
    code,
    label: humanize(status),
    meaning: 'Amazon reports this status for the payout; it gives no further detail.',
    tone: 'neutral',
    icon: 'info',
    slot,
  };
}

const PAYMENT_METHODS: Record<string, string> = {
  BANK_ACCOUNT: 'Bank account',
  DEBIT_CARD: 'Debit card',
};

/** "Bank account ••1234"; either half alone; `undefined` when neither was sent. */
export function depositLabel(method?: string, tail?: string): string | undefined {
  const name = method ? (PAYMENT_METHODS[toCode(method)] ?? humanize(method)) : undefined;
  const ending = tail ? `••${tail}` : undefined;
  if (name && ending) return `${name} ${ending}`;
  if (name) return name;
  if (ending) return `Account ${ending}`;
  return undefined;
}

/** "Standard orders · Amazon.com": which of the seller's accounts the payout is for. */
export function accountLabel(account: AccountRef): string | undefined {
  const parts = [
    account.accountTypeRaw ? humanize(account.accountTypeRaw) : undefined,
    marketplaceName(account.marketplaceId),
  ].filter((part): part is string => part !== undefined && part !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * Soonest scheduled first; payouts without a (readable) date last. Ties keep the order the API
 * sent. Amounts are not compared, so currencies never meet.
 */
export function orderBySchedule(payouts: readonly ExpectedPayoutModel[]): ExpectedPayoutModel[] {
  return payouts
    .map((payout, index) => ({ payout, index, time: scheduleTime(payout.scheduledDate) }))
    .sort((a, b) => {
      if (a.time === undefined || b.time === undefined) {
        return a.time === b.time ? a.index - b.index : a.time === undefined ? 1 : -1;
      }
      return a.time - b.time || a.index - b.index;
    })
    .map(({ payout }) => payout);
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
  context: DateContext,
): ExpectedPayoutView {
  return {
    payout,
    status: statusInfo(payout.status),
    amount: payout.money ? formatMoney(payout.money, context.locale) : undefined,
    negative: payout.money ? isNegative(payout.money) : false,
    schedule: describeSchedule(payout.scheduledDate, context),
    deposit: depositLabel(payout.paymentMethod, payout.accountTail),
    period: describePeriod(payout.period, context),
    account: accountLabel(payout.account),
  };
}

/** The empty state's hint: what was asked for. */
export function emptyHint(marketplaceIds?: readonly string[], accountType?: string): string {
  const where =
    marketplaceIds && marketplaceIds.length > 0
      ? ` in ${listFormat(marketplaceIds.map((id) => marketplaceName(id) ?? id))}`
      : '';
  const which = accountType ? ` for ${humanize(accountType).toLowerCase()} accounts` : '';
  return `Amazon has no upcoming payout${where}${which}.`;
}

function listFormat(items: string[]): string {
  return new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
}
