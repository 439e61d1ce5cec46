/**
 * Loaded payouts as CSV (RFC 4180, pure). Amounts are the exact decimal text (never through a
 * double), dates are the ISO 8601 text the API sent, codes are as sent so a spreadsheet can
 * filter on them. Text that a spreadsheet would run as a formula is defused.
 */
import type { PayoutModel } from '../../api/model.js';

export const PAYOUT_CSV_COLUMNS = [
  'id',
  'creationDate',
  'status',
  'type',
  'amount',
  'currency',
  'paymentMethod',
  'accountTail',
  'traceId',
  'paymentRail',
  'periodStart',
  'periodEnd',
  'settlementIds',
  'failureReason',
] as const;

export type PayoutCsvColumn = (typeof PAYOUT_CSV_COLUMNS)[number];

/** One row's values by column; `undefined` is an empty cell. */
export function payoutCsvRecord(payout: PayoutModel): Record<PayoutCsvColumn, string | undefined> {
  return {
    id: payout.id,
    creationDate: payout.creationDate,
    status: payout.status,
    type: payout.type,
    amount: payout.money?.amount.toString(),
    currency: payout.money?.currency,
    paymentMethod: payout.paymentMethod,
    accountTail: payout.accountTail,
    traceId: payout.traceId,
    paymentRail: payout.paymentRail,
    periodStart: payout.period?.startDate,
    periodEnd: payout.period?.endDate,
    settlementIds: payout.settlementIds.length > 0 ? payout.settlementIds.join(';') : undefined,
    failureReason: payout.failureReason,
  };
}

/** A header line and one line per payout, CRLF line ends, in the order given. */
export function payoutsToCsv(payouts: readonly PayoutModel[]): string {
  const lines = [PAYOUT_CSV_COLUMNS.join(',')];
  for (const payout of payouts) {
    const record = payoutCsvRecord(payout);
    lines.push(PAYOUT_CSV_COLUMNS.map((column) => csvCell(record[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell. A value a spreadsheet would evaluate (starting with `=`, `+`, `-`, `@`, tab or CR)
 * gets a leading `'`, except a plain number such as `-12.50`, which is data, not a formula.
 * Values with a quote, comma or line break are quoted, quotes doubled.
 */
export function csvCell(value: string | undefined): string {
  if (value === undefined) return '';
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A file name for the export, e.g. `payouts-2024-06-01-to-2024-06-30.csv`. */
export function csvFileName(createdAfter?: string, createdBefore?: string): string {
  const day = (value: string) => value.slice(0, 10).replace(/[^0-9A-Za-z-]/g, '');
  const range = [
    createdAfter ? `from-${day(createdAfter)}` : '',
    createdBefore ? `to-${day(createdBefore)}` : '',
  ]
    .filter(Boolean)
    .join('-');
  return range ? `payouts-${range}.csv` : 'payouts.csv';
}
