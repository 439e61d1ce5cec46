/**
 * `listTransactions` (`GET /finances/2024-06-19/transactions`): its wire types as Amazon's
 * published model (spec/published/finances_2024-06-19.json) sends them, and the normalised
 * model `<sp-transaction-list>` renders. Every wire field is optional and every enum open; the
 * published model wraps the answer in `payload`, the flat form is read too.
 */
import type { InvalidAmount, Money } from '../money/money.js';
import type { AccountRef, BreakdownNode } from './model.js';
import type { Breakdown, Currency, OpenEnum } from './wire.js';

export type TransactionStatus = OpenEnum<'DEFERRED' | 'RELEASED' | 'DEFERRED_RELEASED'>;

export type TransactionIdentifierName = OpenEnum<
  | 'ORDER_ID'
  | 'SHIPMENT_ID'
  | 'FINANCIAL_EVENT_GROUP_ID'
  | 'REFUND_ID'
  | 'INVOICE_ID'
  | 'DISBURSEMENT_ID'
  | 'TRANSFER_ID'
  | 'DEFERRED_TRANSACTION_ID'
  | 'RELEASE_TRANSACTION_ID'
  | 'SETTLEMENT_ID'
>;

export interface TransactionIdentifier {
  relatedIdentifierName?: TransactionIdentifierName | null;
  relatedIdentifierValue?: string | null;
}

export interface ItemIdentifier {
  itemRelatedIdentifierName?: string | null;
  itemRelatedIdentifierValue?: string | null;
}

/**
 * One context: `contextType` says which (`ProductContext`, `AmazonPayContext`,
 * `PaymentsContext`, `DeferredContext`, `BusinessContext`, `TimeRangeContext`, or one this
 * version does not know); its other fields are those of that type.
 */
export interface TransactionContext {
  contextType?: string | null;
  asin?: string | null;
  sku?: string | null;
  quantityShipped?: number | string | null;
  fulfillmentNetwork?: string | null;
  storeName?: string | null;
  orderType?: string | null;
  channel?: string | null;
  paymentType?: string | null;
  paymentMethod?: string | null;
  paymentReference?: string | null;
  paymentDate?: string | null;
  deferralReason?: string | null;
  maturityDate?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  [field: string]: unknown;
}

export interface TransactionItem {
  description?: string | null;
  totalAmount?: Currency | null;
  relatedIdentifiers?: ItemIdentifier[] | null;
  breakdowns?: Breakdown[] | null;
  contexts?: TransactionContext[] | null;
}

export interface Transaction {
  sellingPartnerMetadata?: {
    sellingPartnerId?: string | null;
    accountType?: string | null;
    marketplaceId?: string | null;
  } | null;
  relatedIdentifiers?: TransactionIdentifier[] | null;
  transactionType?: string | null;
  transactionId?: string | null;
  transactionStatus?: TransactionStatus | null;
  description?: string | null;
  postedDate?: string | null;
  totalAmount?: Currency | null;
  marketplaceDetails?: { marketplaceId?: string | null; marketplaceName?: string | null } | null;
  items?: TransactionItem[] | null;
  contexts?: TransactionContext[] | null;
  /** An array in the model; the published example wraps it: `{breakdowns: [...]}`. */
  breakdowns?: Breakdown[] | { breakdowns?: Breakdown[] | null } | null;
}

export interface TransactionsPage {
  transactions?: Transaction[] | null;
  nextToken?: string | null;
}

/** The published model's envelope, or the flat form. */
export interface ListTransactionsResponse extends TransactionsPage {
  payload?: TransactionsPage | null;
}

// ---- The normalised model ----

/** A related identifier: its name as sent (`ORDER_ID`, or one this version does not know). */
export interface IdentifierModel {
  name: string;
  value: string;
}

/** A context in display order; unknown types keep their fields as text. */
export type ContextModel =
  | {
      kind: 'product';
      asin?: string;
      sku?: string;
      quantityShipped?: string;
      fulfillmentNetwork?: string;
    }
  | { kind: 'amazon-pay'; storeName?: string; orderType?: string; channel?: string }
  | {
      kind: 'payments';
      paymentType?: string;
      paymentMethod?: string;
      paymentReference?: string;
      paymentDate?: string;
    }
  | { kind: 'deferred'; deferralReason?: string; maturityDate?: string }
  | { kind: 'business'; storeName?: string }
  | { kind: 'time-range'; startTime?: string; endTime?: string }
  | { kind: 'other'; contextType: string; fields: [string, string][] };

export interface TransactionItemModel {
  description?: string;
  money?: Money;
  invalidAmount?: InvalidAmount;
  identifiers: IdentifierModel[];
  breakdowns: BreakdownNode[];
  contexts: ContextModel[];
}

export interface TransactionModel {
  /** The API's `transactionId`; one made up from the content when it sent none. */
  id: string;
  /** Whether `id` was made up here (such a row is never de-duplicated). */
  syntheticId: boolean;
  account: AccountRef;
  marketplaceName?: string;
  type?: string;
  status?: string;
  description?: string;
  postedDate?: string;
  money?: Money;
  invalidAmount?: InvalidAmount;
  identifiers: IdentifierModel[];
  items: TransactionItemModel[];
  breakdowns: BreakdownNode[];
  contexts: ContextModel[];
}
