/**
 * Wire types: the four operations' responses exactly as the API sends them, in both the
 * reference's shape (spec/finance-api-reference.txt, transfers-payouts.swagger.json) and the
 * drift of Amazon's published models. Every field is optional and every enum admits unknown
 * strings, because the element must render whatever arrives.
 */

/** An enum that still admits values this version does not know. */
export type OpenEnum<T extends string> = T | (string & {});

/**
 * A JSON number. `HttpDataSource` parses losslessly: a number whose text a double cannot hold
 * exactly (e.g. `9007199254740993.07`) arrives as its exact decimal string.
 */
export type ApiDecimal = number | string;

export interface Currency {
  currencyAmount?: ApiDecimal | null;
  currencyCode?: string | null;
}

export type AccountTypeCode = OpenEnum<
  | 'STANDARD_ORDERS'
  | 'INVOICED_ORDERS'
  | 'EXPENSE'
  | 'SELLER_WALLET'
  | 'ALCOHOL'
  | 'COD_FEES'
  | 'ELECTRONIC_TRANSACTIONS'
  | 'EXPORT_TRANSACTIONS'
  | 'AMAZON_PAY_FEES'
  | 'AMAZON_PAY_TRANSACTIONS'
  | 'VISA_CREDIT'
  | 'MASTERCARD_CREDIT'
  | 'AMEX'
  | 'ELO'
  | 'DINERS_CLUB'
  | 'VISA_DEBIT'
  | 'MASTERCARD_DEBIT'
  | 'BOLETO'
  | 'REVENUE'
>;

export interface PartnerMetadata {
  partnerId?: string | null;
  /** A code (`STANDARD_ORDERS`) in the reference, a label (`Standard Orders`) in the published model. */
  accountType?: AccountTypeCode | null;
  marketplaceId?: string | null;
  /** Published drift: a list instead of `marketplaceId`. */
  marketplaceIds?: string[] | null;
}

export interface RelatedIdentifier {
  relatedIdentifierName?: OpenEnum<'SETTLEMENT_ID'> | null;
  relatedIdentifierValue?: string | null;
}

export interface Breakdown {
  /** Taxonomy code (`EARNINGS`, `SALES`) or, in the published model, a name (`Product Charges`). */
  breakdownType?: string | null;
  breakdownAmount?: Currency | null;
  /** Published drift: a bare number in the summary's currency instead of `breakdownAmount`. */
  amount?: ApiDecimal | Currency | null;
  breakdowns?: Breakdown[] | null;
}

// ---- Balances: GET /finances/2024-06-19/balances ----

export type BalanceType = OpenEnum<
  | 'TOTAL'
  | 'AVAILABLE'
  | 'RESERVED'
  | 'DEFERRED'
  | 'ACCOUNT_LEVEL_RESERVES'
  | 'ACCOUNT_LEVEL_RESERVE'
>;

export interface Balance {
  balanceType?: BalanceType | null;
  amount?: Currency | null;
  partnerMetadata?: PartnerMetadata | null;
  breakdowns?: Breakdown[] | null;
  asOfDate?: string | null;
  lastUpdatedTime?: string | null;
  balances?: Balance[] | null;
}

export interface ListBalancesResponse {
  balances?: Balance[] | null;
  nextToken?: string | null;
}

// ---- Summary: GET /finances/2024-06-19/summary ----

export interface Summary {
  amount?: Currency | null;
  /** Published drift for `amount`. */
  netProceeds?: Currency | null;
  partnerMetadata?: PartnerMetadata | null;
  breakdowns?: Breakdown[] | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  relatedIdentifiers?: RelatedIdentifier[] | null;
}

export interface SummaryResponse {
  summaries?: Summary[] | null;
  nextToken?: string | null;
}

// ---- Payouts: GET /finances/transfers/2024-06-01/payouts ----

export type PayoutStatus = OpenEnum<
  'STARTED' | 'IN_TRANSIT' | 'PAID' | 'FAILED' | 'CANCELLED' | 'NO_PAYOUT'
>;
export type PayoutType = OpenEnum<'SCHEDULED' | 'ON_DEMAND'>;
export type PaymentMethod = OpenEnum<'BANK_ACCOUNT' | 'DEBIT_CARD'>;

export interface PayoutStatusEntry {
  status?: PayoutStatus | null;
  lastUpdatedDate?: string | null;
  failureReason?: string | null;
}

export interface Period {
  startDate?: string | null;
  endDate?: string | null;
}

export interface Payout {
  id?: string | null;
  partnerMetadata?: PartnerMetadata | null;
  currentStatus?: PayoutStatus | null;
  statusHistory?: PayoutStatusEntry[] | null;
  type?: PayoutType | null;
  amount?: Currency | null;
  accountTail?: string | null;
  paymentMethod?: PaymentMethod | null;
  creationDate?: string | null;
  paymentRail?: string | null;
  traceId?: string | null;
  period?: Period | null;
  relatedIdentifiers?: RelatedIdentifier[] | null;
}

export interface ListPayoutsResponse {
  payouts?: Payout[] | null;
  nextToken?: string | null;
}

// ---- Expected payouts: GET /finances/transfers/2024-06-01/payouts/expected ----

export type ExpectedPayoutStatus = OpenEnum<
  'SCHEDULED' | 'DISABLED' | 'AT_RISK' | 'NO_PAYOUT_EXPECTED'
>;

export interface ExpectedPayout {
  partnerMetadata?: PartnerMetadata | null;
  amount?: Currency | null;
  status?: ExpectedPayoutStatus | null;
  period?: Period | null;
  scheduledDate?: string | null;
  accountTail?: string | null;
  paymentMethod?: PaymentMethod | null;
  relatedIdentifiers?: RelatedIdentifier[] | null;
}

export interface ListExpectedPayoutsResponse {
  expectedPayouts?: ExpectedPayout[] | null;
  nextToken?: string | null;
}

// ---- Errors ----

export interface ApiErrorEntry {
  code?: string;
  message?: string;
  details?: string;
}

export interface ErrorList {
  errors?: ApiErrorEntry[];
}
