/**
 * Loaded transactions as CSV (RFC 4180, pure), with the payout export's cell rules: amounts are
 * the exact decimal text, dates and codes as the API sent them, and text a spreadsheet would
 * run as a formula is defused (`csvCell`).
 */
import { identifierValue } from '../../api/normalise-transactions.js';
import type { TransactionModel } from '../../api/transactions-model.js';
import { csvCell } from '../payout-list/payouts-csv.js';

export const TRANSACTION_CSV_COLUMNS = [
  'transactionId',
  'postedDate',
  'transactionType',
  'description',
  'transactionStatus',
  'amount',
  'currency',
  'marketplaceId',
  'accountType',
  'orderId',
  'settlementId',
  'financialEventGroupId',
  'deferralReason',
  'maturityDate',
  'relatedIdentifiers',
] as const;

export type TransactionCsvColumn = (typeof TRANSACTION_CSV_COLUMNS)[number];

/** One row's values by column; `undefined` is an empty cell. */
export function transactionCsvRecord(
  t: TransactionModel,
): Record<TransactionCsvColumn, string | undefined> {
  const deferred = t.contexts.find((context) => context.kind === 'deferred');
  return {
    transactionId: t.syntheticId ? undefined : t.id,
    postedDate: t.postedDate,
    transactionType: t.type,
    description: t.description,
    transactionStatus: t.status,
    amount: t.money?.amount.toString() ?? t.invalidAmount?.raw,
    currency: t.money?.currency ?? t.invalidAmount?.currency,
    marketplaceId: t.account.marketplaceId,
    accountType: t.account.accountTypeRaw,
    orderId: identifierValue(t, 'ORDER_ID'),
    settlementId: identifierValue(t, 'SETTLEMENT_ID'),
    financialEventGroupId: identifierValue(t, 'FINANCIAL_EVENT_GROUP_ID'),
    deferralReason: deferred?.kind === 'deferred' ? deferred.deferralReason : undefined,
    maturityDate: deferred?.kind === 'deferred' ? deferred.maturityDate : undefined,
    relatedIdentifiers:
      t.identifiers.length > 0
        ? t.identifiers.map(({ name, value }) => `${name}=${value}`).join(';')
        : undefined,
  };
}

/** A header line and one line per transaction, CRLF line ends, in the order given. */
export function transactionsToCsv(transactions: readonly TransactionModel[]): string {
  const lines = [TRANSACTION_CSV_COLUMNS.join(',')];
  for (const transaction of transactions) {
    const record = transactionCsvRecord(transaction);
    lines.push(TRANSACTION_CSV_COLUMNS.map((column) => csvCell(record[column])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name for the export, e.g. `transactions-from-2026-10-01-to-2026-11-01.csv`. */
export function transactionsCsvFileName(postedAfter?: string, postedBefore?: string): string {
  const day = (value: string) => value.slice(0, 10).replace(/[^0-9A-Za-z-]/g, '');
  const range = [
    postedAfter ? `from-${day(postedAfter)}` : '',
    postedBefore ? `to-${day(postedBefore)}` : '',
  ]
    .filter(Boolean)
    .join('-');
  return range ? `transactions-${range}.csv` : 'transactions.csv';
}
