/**
 * `listExpectedPayouts` responses → `ExpectedPayoutModel`s. Tolerant: the published model lets
 * `amount` be null when no payout is expected, statuses and payment methods may be values this
 * version does not know (kept as sent), and every optional field may be missing or null.
 */
import { readMoney } from '../money/money.js';
import type { ExpectedPayoutModel } from './model.js';
import {
  accountKey,
  bareAmountOf,
  invalidAmountOf,
  list,
  readAccount,
  readPeriod,
  settlementIds,
  text,
} from './normalise-common.js';
import type { ExpectedPayout, ListExpectedPayoutsResponse } from './wire.js';

/** The expected payouts of one response page, in the order sent. */
export function normaliseExpectedPayouts(
  response: ListExpectedPayoutsResponse | null | undefined,
): ExpectedPayoutModel[] {
  if (!response || typeof response !== 'object') return [];
  return list(response.expectedPayouts)
    .filter((item): item is ExpectedPayout => item != null && typeof item === 'object')
    .map(normaliseExpectedPayout);
}

export function normaliseExpectedPayout(wire: ExpectedPayout): ExpectedPayoutModel {
  const account = readAccount(wire.partnerMetadata);
  const reading = readMoney(wire.amount);
  const money = reading.money;
  const status = text(wire.status)?.trim() ?? '';
  const scheduledDate = text(wire.scheduledDate)?.trim();
  const ids = settlementIds(wire.relatedIdentifiers);
  return {
    // Expected payouts have no id of their own. The key names what the payout is (account,
    // money, status, date, settlements), so the same payout sent on two pages counts once.
    key: [
      accountKey(account),
      money
        ? `${money.amount.toString()} ${money.currency}`
        : (reading.invalid?.raw ?? reading.bare?.toString() ?? ''),
      status,
      scheduledDate ?? '',
      ids.join(','),
    ].join('|'),
    account,
    status,
    money,
    ...invalidAmountOf(reading),
    ...bareAmountOf(reading),
    scheduledDate,
    accountTail: text(wire.accountTail)?.trim(),
    paymentMethod: text(wire.paymentMethod)?.trim(),
    period: readPeriod(wire.period),
    settlementIds: ids,
  };
}
