/**
 * The same kind of summary in its two published shapes, copied verbatim.
 */
import type { Summary, SummaryResponse } from '../../src/api/wire.js';

/**
 * Amazon's sandbox answer: breakdowns with `breakdownAmount`, nested, and the drifted
 * `netProceeds`. Source: ../shared/fixtures/sp-api-sandbox.json, `listSummary[0].response`.
 */
export const sandboxSummaryResponse: SummaryResponse = {
  summaries: [
    {
      partnerMetadata: {
        partnerId: 'XXXXXXXXXXXXXX',
        accountType: 'Standard Orders',
        marketplaceId: 'AXXXXXXXXXER',
      },
      periodStart: '2025-01-12',
      periodEnd: '2025-01-12',
      netProceeds: { currencyAmount: 8000, currencyCode: 'USD' },
      breakdowns: [
        {
          breakdownType: 'Sales',
          breakdownAmount: { currencyAmount: 8000, currencyCode: 'USD' },
          breakdowns: [
            {
              breakdownType: 'Product Charges',
              breakdownAmount: { currencyAmount: 9000, currencyCode: 'USD' },
              breakdowns: [],
            },
          ],
        },
        {
          breakdownType: 'Expenses',
          breakdownAmount: { currencyAmount: -1000, currencyCode: 'USD' },
          breakdowns: [
            {
              breakdownType: 'FBA fees',
              breakdownAmount: { currencyAmount: -1000, currencyCode: 'USD' },
              breakdowns: [],
            },
          ],
        },
      ],
    },
  ],
  nextToken: 'jehgri34yo7jr9e8f984tr9i4o',
};

/**
 * The published model's example: breakdown amounts as bare numbers under `amount`, in the
 * summary's currency. Source: ../shared/spec/published/finances_2024-06-19.json,
 * `definitions.Summary.example`.
 */
export const publishedSummaryExample: Summary = {
  partnerMetadata: {
    partnerId: 'XXXXXXXXXXXXXX',
    accountType: 'Standard Orders',
    marketplaceId: 'AXXXXXXXXXER',
  },
  netProceeds: { currencyAmount: 17000, currencyCode: 'USD' },
  relatedIdentifiers: [
    { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: '123456789' },
  ],
  breakdowns: [
    { breakdownType: 'Sales', amount: 20000, breakdowns: [] },
    { breakdownType: 'Expenses', amount: -1000, breakdowns: [] },
    { breakdownType: 'Refunds', amount: -2000, breakdowns: [] },
  ],
  periodStart: '2026-01-01T00:00:00Z',
  periodEnd: '2026-01-31T23:59:59Z',
};
