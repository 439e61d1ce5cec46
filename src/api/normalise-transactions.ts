/**
 * `listTransactions` responses → `TransactionModel`s (pure). Tolerant, as every reader here
 * (CONTRACT.md, "Tolerant reader"): the published envelope (`{payload: {transactions,
 * nextToken}}`) and the flat form are both read; every field may be missing or null; unknown
 * types, statuses and contexts are kept as sent (the view humanises them), never dropped; text
 * stays text (nothing here or in the view is ever HTML).
 *
 * @example
 * ```ts
 * const taken = new Set<string>();
 * const { transactions, nextToken } = readTransactionsPage(await source.listTransactions(q), taken);
 * ```
 */
import { instantOf } from './api-dates.js';
import { Decimal } from '../money/decimal.js';
import { readMoney, type Money } from '../money/money.js';
import { toCode } from './enums.js';
import type { BreakdownNode } from './model.js';
import { invalidAmountOf, list, readBreakdowns, text } from './normalise-common.js';
import type {
  ContextModel,
  IdentifierModel,
  ItemIdentifier,
  ListTransactionsResponse,
  Transaction,
  TransactionContext,
  TransactionIdentifier,
  TransactionItem,
  TransactionItemModel,
  TransactionModel,
} from './transactions-model.js';
import type { Breakdown } from './wire.js';

export interface TransactionsPageModel {
  transactions: TransactionModel[];
  nextToken?: string;
}

/**
 * One page: its transactions and its `nextToken`, from either envelope. `taken` is the set of
 * ids already used in the same list (one set for all pages of a query), so a transaction the
 * API sent without an id gets one no other row has.
 */
export function readTransactionsPage(
  response: ListTransactionsResponse | null | undefined,
  taken: Set<string> = new Set(),
): TransactionsPageModel {
  if (!response || typeof response !== 'object') return { transactions: [] };
  const page =
    response.payload && typeof response.payload === 'object' ? response.payload : response;
  const transactions = list(page.transactions)
    .filter((t): t is Transaction => t != null && typeof t === 'object')
    .map((t) => readTransaction(t, taken));
  const nextToken = text(page.nextToken);
  return nextToken === undefined ? { transactions } : { transactions, nextToken };
}

export function readTransaction(
  transaction: Transaction,
  taken: Set<string> = new Set(),
): TransactionModel {
  const reading = readMoney(transaction.totalAmount);
  const currency = reading.money?.currency ?? reading.invalid?.currency;
  const meta = objectOr(transaction.sellingPartnerMetadata);
  const details = objectOr(transaction.marketplaceDetails);
  const accountTypeRaw = text(meta.accountType);
  const sentId = text(transaction.transactionId);
  const id = sentId ?? syntheticId(transaction, taken);
  taken.add(id);
  return {
    id,
    syntheticId: sentId === undefined,
    account: {
      partnerId: text(meta.sellingPartnerId),
      accountType: accountTypeRaw === undefined ? undefined : toCode(accountTypeRaw),
      accountTypeRaw,
      marketplaceId: text(meta.marketplaceId) ?? text(details.marketplaceId),
    },
    marketplaceName: text(details.marketplaceName),
    type: text(transaction.transactionType),
    status: text(transaction.transactionStatus),
    description: text(transaction.description),
    postedDate: text(transaction.postedDate),
    money: reading.money,
    ...invalidAmountOf(reading),
    identifiers: readIdentifiers(transaction.relatedIdentifiers),
    items: list(transaction.items)
      .filter((item): item is TransactionItem => item != null && typeof item === 'object')
      .map((item) => readItem(item, currency)),
    breakdowns: readBreakdowns(breakdownList(transaction.breakdowns), currency),
    contexts: readContexts(transaction.contexts),
  };
}

/** The value of the first identifier called `name` (`SETTLEMENT_ID`, `ORDER_ID`), if any. */
export function identifierValue(transaction: TransactionModel, name: string): string | undefined {
  return transaction.identifiers.find((id) => toCode(id.name) === name)?.value;
}

/**
 * Newest first by posted date; rows without a readable date go last, in the order received.
 * The sort is stable, so equal dates keep the API's order.
 */
export function newestFirst(transactions: readonly TransactionModel[]): TransactionModel[] {
  const time = (t: TransactionModel) => {
    return instantOf(t.postedDate) ?? -Infinity;
  };
  return transactions
    .map((t) => ({ t, ms: time(t) }))
    .sort((a, b) => b.ms - a.ms)
    .map(({ t }) => t);
}

function readItem(item: TransactionItem, currency: string | undefined): TransactionItemModel {
  const reading = readMoney(item.totalAmount, currency);
  return {
    description: text(item.description),
    money: reading.money,
    ...invalidAmountOf(reading),
    identifiers: list(item.relatedIdentifiers)
      .filter((id): id is ItemIdentifier => id != null && typeof id === 'object')
      .map((id) => ({
        name: text(id.itemRelatedIdentifierName) ?? '',
        value: text(id.itemRelatedIdentifierValue) ?? '',
      }))
      .filter((id) => id.value !== ''),
    breakdowns: readBreakdowns(breakdownList(item.breakdowns), reading.money?.currency ?? currency),
    contexts: readContexts(item.contexts),
  };
}

function readIdentifiers(ids: TransactionIdentifier[] | null | undefined): IdentifierModel[] {
  return list(ids)
    .filter((id): id is TransactionIdentifier => id != null && typeof id === 'object')
    .map((id) => ({
      name: text(id.relatedIdentifierName) ?? '',
      value: text(id.relatedIdentifierValue) ?? '',
    }))
    .filter((id) => id.value !== '');
}

/** The model's array, or the published example's `{breakdowns: [...]}` around it. */
function breakdownList(value: Transaction['breakdowns']): Breakdown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray(value.breakdowns)) {
    return value.breakdowns;
  }
  return undefined;
}

function readContexts(contexts: TransactionContext[] | null | undefined): ContextModel[] {
  return list(contexts)
    .filter((c): c is TransactionContext => c != null && typeof c === 'object')
    .map(readContext);
}

function readContext(context: TransactionContext): ContextModel {
  const type = text(context.contextType) ?? '';
  // `ProductContext` as the model spells it, `PRODUCT_CONTEXT` or `productContext` alike.
  switch (type.replace(/[^A-Za-z0-9]/g, '').toUpperCase()) {
    case 'PRODUCTCONTEXT':
      return {
        kind: 'product',
        asin: text(context.asin),
        sku: text(context.sku),
        quantityShipped: text(context.quantityShipped),
        fulfillmentNetwork: text(context.fulfillmentNetwork),
      };
    case 'AMAZONPAYCONTEXT':
      return {
        kind: 'amazon-pay',
        storeName: text(context.storeName),
        orderType: text(context.orderType),
        channel: text(context.channel),
      };
    case 'PAYMENTSCONTEXT':
      return {
        kind: 'payments',
        paymentType: text(context.paymentType),
        paymentMethod: text(context.paymentMethod),
        paymentReference: text(context.paymentReference),
        paymentDate: text(context.paymentDate),
      };
    case 'DEFERREDCONTEXT':
      return {
        kind: 'deferred',
        deferralReason: text(context.deferralReason),
        maturityDate: text(context.maturityDate),
      };
    case 'BUSINESSCONTEXT':
      return { kind: 'business', storeName: text(context.storeName) };
    case 'TIMERANGECONTEXT':
      return {
        kind: 'time-range',
        startTime: text(context.startTime),
        endTime: text(context.endTime),
      };
    default: {
      // A context this version does not know: shown with its fields, never dropped.
      const fields = Object.entries(context)
        .filter(([name]) => name !== 'contextType')
        .map(([name, value]) => [name, text(value)] as const)
        .filter((field): field is [string, string] => field[1] !== undefined);
      return { kind: 'other', contextType: type || 'UNKNOWN', fields };
    }
  }
}

function objectOr<T extends object>(value: T | null | undefined): Partial<T> {
  return value && typeof value === 'object' ? value : {};
}

/** An id for a transaction the API sent without one: from its content, never one in use. */
function syntheticId(transaction: Transaction, taken: Set<string>): string {
  const base = `~${text(transaction.postedDate) ?? ''}|${text(transaction.totalAmount?.currencyAmount) ?? ''}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}|${n}`;
  return id;
}

/**
 * How far breakdowns miss the amount they break down (`total` minus their sum), when they are
 * all in its currency and none is invalid; `undefined` when they add up, when there are none,
 * or when they cannot be added (mixed currencies, a missing or invalid amount).
 */
export function breakdownGap(
  total: Money | undefined,
  breakdowns: readonly BreakdownNode[],
): Money | undefined {
  if (!total || breakdowns.length === 0) return undefined;
  let sum = new Decimal(0);
  for (const node of breakdowns) {
    if (!node.money || node.money.currency !== total.currency) return undefined;
    sum = sum.plus(node.money.amount);
  }
  const gap = total.amount.minus(sum);
  return gap.isZero() ? undefined : { amount: gap, currency: total.currency };
}
