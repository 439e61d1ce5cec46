/** Transactions as the API sends them, for the transaction list's tests. */
import type { Transaction } from '../../src/api/transactions-model.js';

/** One transaction in the published model's shape; `overrides` replace top-level fields. */
export function wireTransaction(id: string, overrides: Partial<Transaction> = {}): Transaction {
  return {
    sellingPartnerMetadata: {
      sellingPartnerId: 'A3TH9S8BH6GOGM',
      accountType: 'Standard Orders',
      marketplaceId: 'ATVPDKIKX0DER',
    },
    relatedIdentifiers: [
      { relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: `111-${id}` },
      { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'S-1' },
    ],
    transactionType: 'Shipment',
    transactionId: id,
    transactionStatus: 'RELEASED',
    description: 'Order Payment',
    postedDate: '2026-11-10T15:35:13Z',
    totalAmount: { currencyAmount: 10, currencyCode: 'USD' },
    marketplaceDetails: { marketplaceId: 'ATVPDKIKX0DER', marketplaceName: 'Amazon.com' },
    breakdowns: [
      {
        breakdownType: 'Sales',
        breakdownAmount: { currencyAmount: 10, currencyCode: 'USD' },
        breakdowns: [
          {
            breakdownType: 'Product Charges',
            breakdownAmount: { currencyAmount: 10, currencyCode: 'USD' },
          },
        ],
      },
    ],
    ...overrides,
  };
}

/** `count` transactions, newest first, one minute apart. */
export function manyTransactions(count: number): Transaction[] {
  const start = Date.parse('2026-11-10T00:00:00Z');
  return Array.from({ length: count }, (_, i) =>
    wireTransaction(`T-${i}`, {
      postedDate: new Date(start - i * 60_000).toISOString(),
      relatedIdentifiers: [],
      breakdowns: [],
    }),
  );
}
