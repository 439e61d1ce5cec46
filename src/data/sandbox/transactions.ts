/**
 * Transactions (`listTransactions`) that agree with the rest of the book:
 *
 * - each settlement's transactions add up to its payout's amount, and line by line to the
 *   summary's breakdowns for that settlement: they are cut from the same taxonomy tree
 *   (`taxonomyTree` with the summary's own random stream), orders taking the sales and the
 *   fulfilment fees, one transaction for each other line;
 * - the DEFERRED transactions of each account and currency add up to its deferred balance,
 *   split by the balance's deferral reasons (DD7 for the delivery-date policy, B2B for invoice
 *   terms), with maturity dates in the coming weeks.
 *
 * Amounts are exact decimal text, as everywhere in the sandbox. What a settlement's summary
 * carries beyond its lines is one transaction of a type and a context this version does not
 * know, as the API may send.
 * Like the API, a range over 180 days answers with nothing, not an error.
 */
import type { TransactionsQuery } from '../../api/operations.js';
import type { Transaction, TransactionContext } from '../../api/transactions-model.js';
import type { Balance, Breakdown } from '../../api/wire.js';
import { Decimal } from '../../money/decimal.js';
import { listBalances } from './balances.js';
import type { SandboxBook, Settlement } from './book.js';
import { checkMarketplaceIds, parseInstant, SandboxInputError } from './input.js';
import { pageOf, type SandboxPage } from './paging.js';
import type { Random } from './random.js';
import { ACCOUNT_TYPE_LABELS, DAY_MS, decimalText, HOUR_MS, isoInstant } from './seller.js';
import { taxonomyTree, type TaxonomyNode } from './summaries.js';

/** Longest range the API answers, in ms: "more than 180 days apart, the response is empty". */
export const MAX_RANGE_MS = 180 * DAY_MS;

const STATUSES = ['DEFERRED', 'RELEASED', 'DEFERRED_RELEASED'];
const FILTERABLE_IDENTIFIERS = ['ORDER_ID', 'FINANCIAL_EVENT_GROUP_ID'];

const PRODUCTS = [
  ['Stainless steel water bottle, 750 ml', 'B07FGXZQZ1', 'WB-750-ST'],
  ['Bamboo cutting board set (3 pieces)', 'B08KTZ8RQ4', 'CB-BAM-3'],
  ['Wireless charging pad, 15 W', 'B09QJ4M2XC', 'WC-15W-BK'],
  ['Merino wool hiking socks, 3 pairs', 'B07ZPC9QD8', 'SOCK-MER-3'],
  ['Cast iron skillet, 26 cm', 'B01N4TZ9LK', 'CI-SKL-26'],
  ['LED desk lamp with USB port', 'B0B7RSV3JH', 'LAMP-LED-USB'],
] as const;

/** How the sandbox writes each summary line as a transaction: type, description and sign. */
export const LINE_TRANSACTIONS: Readonly<Record<string, { type: string; description: string }>> = {
  REFUNDS: { type: 'Refund', description: 'Refund Order' },
  CHARGEBACKS: { type: 'Chargeback', description: 'Chargeback Refund' },
  FBA_STORAGE_FEES: { type: 'ServiceFee', description: 'FBA storage fee' },
  AMAZON_WAREHOUSING: { type: 'ServiceFee', description: 'Amazon Warehousing and Distribution' },
  MULTI_CHANNEL_FULFILLMENT: { type: 'ServiceFee', description: 'Multi-Channel Fulfillment' },
  ADVERTISING: { type: 'ProductAdsPayment', description: 'Cost of advertising' },
  LOAN_REPAYMENT: { type: 'LoanServicing', description: 'Loan repayment' },
  CHEMICAL_TAX: { type: 'TaxWithholding', description: 'Chemical tax' },
  EPR_WITHHOLDING: { type: 'TaxWithholding', description: 'EPR withholding' },
  FBA_INVENTORY_REIMBURSEMENT: { type: 'Adjustment', description: 'FBA inventory reimbursement' },
  RETROCHARGE: { type: 'Retrocharge', description: 'Retrocharge' },
};

/** The published model's names for the summary codes an order's breakdowns use. */
const NAMES: Readonly<Record<string, string>> = {
  PRODUCT_CHARGES: 'Product Charges',
  SHIPPING_CREDITS: 'Shipping Credits',
  GIFT_WRAP_CREDITS: 'Gift Wrap Credits',
  FBA_FULFILLMENT_FEES: 'FBA Fulfillment Fee',
};

const cache = new WeakMap<SandboxBook, Transaction[]>();

/** Every transaction of the book, newest first (built once per book, on first use). */
export function allTransactions(book: SandboxBook): Transaction[] {
  let all = cache.get(book);
  if (!all) {
    all = [...book.settlements.values()].flatMap((s) => settlementTransactions(book, s));
    all.push(...deferredTransactions(book));
    all.sort((a, b) => Date.parse(b.postedDate!) - Date.parse(a.postedDate!));
    cache.set(book, all);
  }
  return all;
}

/** The transactions a query asks for, one page of them (a page before the fourth is empty). */
export function listTransactions(
  book: SandboxBook,
  query: TransactionsQuery,
  pageSize: number,
): SandboxPage<Transaction> {
  if (query.marketplaceId) checkMarketplaceIds('marketplaceId', [query.marketplaceId]);
  const status = query.transactionStatus;
  if (status !== undefined && !STATUSES.includes(status)) {
    throw new SandboxInputError('transactionStatus', `Invalid transactionStatus: ${status}`);
  }
  const name = query.relatedIdentifierName;
  const value = query.relatedIdentifierValue;
  if (name !== undefined && !FILTERABLE_IDENTIFIERS.includes(name)) {
    throw new SandboxInputError(
      'relatedIdentifierName',
      'relatedIdentifierName must be ORDER_ID or FINANCIAL_EVENT_GROUP_ID.',
    );
  }
  if ((name === undefined) !== (value === undefined || value === '')) {
    throw new SandboxInputError(
      name === undefined ? 'relatedIdentifierName' : 'relatedIdentifierValue',
      'relatedIdentifierName and relatedIdentifierValue go together.',
    );
  }
  const after = parseInstant('postedAfter', query.postedAfter);
  const before = parseInstant('postedBefore', query.postedBefore) ?? book.nowMs - 2 * 60_000;
  if (after === undefined && name === undefined) {
    throw new SandboxInputError(
      'postedAfter',
      'postedAfter is required if you do not specify a related identifier.',
    );
  }
  if (after !== undefined && after >= before) {
    throw new SandboxInputError('postedBefore', 'postedBefore must be later than postedAfter.');
  }
  // The API's rule: no error, just nothing.
  if (after !== undefined && before - after > MAX_RANGE_MS) return { items: [] };
  const items = allTransactions(book).filter((t) => {
    const posted = Date.parse(t.postedDate!);
    return (
      (after === undefined || posted >= after) &&
      posted < before &&
      (!query.marketplaceId || t.sellingPartnerMetadata?.marketplaceId === query.marketplaceId) &&
      (status === undefined || t.transactionStatus === status) &&
      (name === undefined ||
        (t.relatedIdentifiers ?? []).some(
          (id) => id.relatedIdentifierName === name && id.relatedIdentifierValue === value,
        ))
    );
  });
  return pageOf('listTransactions', items, query.nextToken, { pageSize, emptyBefore: [1, 4] });
}

function money(amount: Decimal, currency: string) {
  return { currencyAmount: decimalText(amount, currency), currencyCode: currency };
}

/** Splits `total` into `count` parts by random weights; the last takes the remainder. */
function split(rng: Random, total: Decimal, count: number, currency: string): Decimal[] {
  const weights = Array.from({ length: count }, () => rng.float(0.5, 1.5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts: Decimal[] = [];
  let rest = total;
  for (const weight of weights.slice(0, -1)) {
    const share = new Decimal(Math.round((weight / sum) * 1_000_000)).dividedBy(1_000_000);
    const part = new Decimal(decimalText(total.times(share), currency));
    parts.push(part);
    rest = rest.minus(part);
  }
  parts.push(rest);
  return parts;
}

function node(nodes: readonly TaxonomyNode[], type: string): TaxonomyNode | undefined {
  for (const one of nodes) {
    if (one.type === type) return one;
    const found = node(one.children, type);
    if (found) return found;
  }
  return undefined;
}

function breakdown(type: string, amount: Decimal, currency: string, children: Breakdown[] = []) {
  return { breakdownType: type, breakdownAmount: money(amount, currency), breakdowns: children };
}

/** Breakdowns whose parents are the sums of their children, for leaves `[name, amount]`. */
function group(type: string, leaves: [string, Decimal][], currency: string): Breakdown {
  const children = leaves.map(([name, amount]) => breakdown(name, amount, currency));
  const sum = leaves.reduce((total, [, amount]) => total.plus(amount), new Decimal(0));
  return breakdown(type, sum, currency, children);
}

function settlementTransactions(book: SandboxBook, settlement: Settlement): Transaction[] {
  const { account, currency } = settlement;
  // The summary's own stream: the same tree the summary for this settlement answers with.
  const tree = taxonomyTree(
    book.rng('summary', 'settlement', settlement.id),
    account,
    currency,
    settlement.grossUsd,
    settlement.net,
  );
  const rng = book.rng('transactions', settlement.id);
  const startMs = Date.parse(settlement.periodStart);
  const endMs = Math.min(Date.parse(settlement.periodEnd), book.nowMs - HOUR_MS);
  const postedAt = () => isoInstant(Math.round(rng.float(startMs, endMs) / 1000) * 1000);
  const groupId = rng.code(43);
  const base = (index: number, type: string, description: string, total: Decimal) => ({
    sellingPartnerMetadata: {
      sellingPartnerId: book.partnerId,
      accountType: ACCOUNT_TYPE_LABELS[account.accountType] ?? account.accountType,
      marketplaceId: account.marketplaceId,
    },
    relatedIdentifiers: [
      { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: settlement.id },
      { relatedIdentifierName: 'FINANCIAL_EVENT_GROUP_ID', relatedIdentifierValue: groupId },
    ],
    transactionType: type,
    transactionId: `${rng.code(16)}-${settlement.id}-${index}`,
    transactionStatus: 'RELEASED',
    description,
    postedDate: postedAt(),
    totalAmount: money(total, currency),
    marketplaceDetails: { marketplaceId: account.marketplaceId },
  });
  const transactions: Transaction[] = [];
  const used = new Set<TaxonomyNode>();

  const sales = node(tree.categories, 'SALES');
  const fba = node(tree.categories, 'FBA_FULFILLMENT_FEES');
  if (sales) {
    const count = Math.max(4, Math.min(40, Math.round(settlement.grossUsd / 900)));
    const lines = sales.children.map(
      (child) => [child, split(rng, child.amount, count, currency)] as const,
    );
    const fees = fba ? split(rng, fba.amount, count, currency) : [];
    used.add(sales).add(node(tree.categories, 'EARNINGS')!);
    sales.children.forEach((child) => used.add(child));
    if (fba) used.add(fba);
    for (let i = 0; i < count; i++) {
      const salesLeaves = lines.map(([child, parts]): [string, Decimal] => [
        NAMES[child.type] ?? child.type,
        parts[i]!,
      ]);
      const breakdowns = [group('Sales', salesLeaves, currency)];
      if (fba)
        breakdowns.push(group('Expenses', [[NAMES.FBA_FULFILLMENT_FEES!, fees[i]!]], currency));
      const total = salesLeaves.reduce(
        (sum, [, part]) => sum.plus(part),
        fees[i] ?? new Decimal(0),
      );
      transactions.push(
        orderTransaction(
          rng,
          base(i, 'Shipment', 'Order Payment', total),
          breakdowns,
          account.accountType,
        ),
      );
    }
  }

  const others: { line: TaxonomyNode; amount: Decimal }[] = [];
  const visit = (nodes: readonly TaxonomyNode[]) => {
    for (const line of nodes) {
      if (used.has(line)) {
        visit(line.children);
        continue;
      }
      // A line whose children are listed is written as its children.
      if (line.children.length > 0) visit(line.children);
      else others.push({ line, amount: line.amount });
    }
  };
  visit(tree.categories);
  others.forEach(({ line, amount }, i) => {
    const spec = LINE_TRANSACTIONS[line.type] ?? { type: 'Adjustment', description: line.type };
    const transaction: Transaction = base(100 + i, spec.type, spec.description, amount);
    transaction.breakdowns = [breakdown(line.type, amount, currency)];
    if (line.type === 'FBA_STORAGE_FEES') {
      transaction.contexts = [
        {
          contextType: 'TimeRangeContext',
          startTime: settlement.periodStart,
          endTime: settlement.periodEnd,
        },
      ];
    }
    if (line.type === 'LOAN_REPAYMENT') {
      transaction.contexts = [
        {
          contextType: 'PaymentsContext',
          paymentType: 'Loan repayment',
          paymentMethod: 'SETTLEMENT',
          paymentReference: rng.code(10),
          paymentDate: transaction.postedDate,
        },
      ];
    }
    transactions.push(transaction);
  });

  // What the summary's OTHERS carries beyond its lines: one transaction this version cannot
  // name, with a context it does not know, as the API may add types at any time.
  const sumOfAll = transactions.reduce(
    (sum, t) => sum.plus(new Decimal(t.totalAmount!.currencyAmount!)),
    new Decimal(0),
  );
  const unitemised = tree.net.minus(sumOfAll);
  if (!unitemised.isZero()) {
    const unknown: Transaction = base(
      200,
      'SELLER_REWARD_V2',
      'Seller rewards adjustment',
      unitemised,
    );
    unknown.contexts = [
      { contextType: 'RewardsProgramContext', programName: 'Seller Rewards', tier: 'Gold' },
    ];
    transactions.push(unknown);
  }
  return transactions;
}

/** An order's payment: items with a product context, some deferred before their release. */
function orderTransaction(
  rng: Random,
  transaction: Transaction,
  breakdowns: Breakdown[],
  accountType: string,
): Transaction {
  const [title, asin, sku] = rng.pick(PRODUCTS);
  const orderId = `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`;
  transaction.relatedIdentifiers!.push(
    { relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: orderId },
    { relatedIdentifierName: 'SHIPMENT_ID', relatedIdentifierValue: rng.code(12) },
  );
  const product: TransactionContext = {
    contextType: 'ProductContext',
    asin,
    sku,
    quantityShipped: rng.int(1, 3),
    fulfillmentNetwork: rng.chance(0.8) ? 'AFN' : 'MFN',
  };
  transaction.items = [
    {
      description: title,
      totalAmount: transaction.totalAmount,
      relatedIdentifiers: [
        {
          itemRelatedIdentifierName: 'ORDER_ADJUSTMENT_ITEM_ID',
          itemRelatedIdentifierValue: rng.digits(14),
        },
      ],
      breakdowns,
      contexts: [product],
    },
  ];
  transaction.breakdowns = breakdowns;
  const invoiced = accountType === 'INVOICED_ORDERS';
  if (invoiced || rng.chance(0.15)) {
    // Held back at first, released when it matured: before the settlement closed.
    const posted = Date.parse(transaction.postedDate!);
    transaction.transactionStatus = 'DEFERRED_RELEASED';
    transaction.contexts = [
      {
        contextType: 'DeferredContext',
        deferralReason: invoiced ? 'B2B' : 'DD7',
        maturityDate: isoInstant(posted + (invoiced ? 30 : 7) * DAY_MS),
      },
    ];
  } else if (rng.chance(0.05)) {
    transaction.contexts = [{ contextType: 'BusinessContext', storeName: 'AMAZON_HAUL' }];
  }
  return transaction;
}

/** The deferral reason and release schedule behind each line of a deferred balance. */
const DEFERRAL = {
  DELIVERY_DATE_POLICY: { reason: 'DD7', postedDays: [1, 10], releaseDays: [1, 21] },
  BUSINESS_INVOICE_TERMS: { reason: 'B2B', postedDays: [1, 30], releaseDays: [5, 45] },
} as const;

/** DEFERRED transactions adding up, per account and currency, to the deferred balance. */
function deferredTransactions(book: SandboxBook): Transaction[] {
  const balances = listBalances(book, { balanceType: ['DEFERRED'] }, 10_000).items;
  return balances.flatMap((balance: Balance) => {
    const meta = balance.partnerMetadata!;
    const currency = balance.amount!.currencyCode!;
    const rng = book.rng('deferred', meta.marketplaceId!, String(meta.accountType), currency);
    return (balance.breakdowns ?? []).flatMap((line) => {
      const plan = DEFERRAL[line.breakdownType as keyof typeof DEFERRAL];
      if (!plan) return [];
      const total = new Decimal(line.breakdownAmount!.currencyAmount!);
      return split(rng, total, rng.int(2, 6), currency).map((amount, i): Transaction => {
        const posted =
          book.nowMs - rng.int(plan.postedDays[0] * 24, plan.postedDays[1] * 24) * HOUR_MS;
        const release =
          Math.floor(book.nowMs / DAY_MS) * DAY_MS +
          rng.int(plan.releaseDays[0], plan.releaseDays[1]) * DAY_MS;
        const sales = breakdown('Product Charges', amount, currency);
        return {
          sellingPartnerMetadata: {
            sellingPartnerId: book.partnerId,
            accountType: ACCOUNT_TYPE_LABELS[String(meta.accountType)] ?? meta.accountType,
            marketplaceId: meta.marketplaceId,
          },
          relatedIdentifiers: [
            {
              relatedIdentifierName: 'ORDER_ID',
              relatedIdentifierValue: `${rng.digits(3)}-${rng.digits(7)}-${rng.digits(7)}`,
            },
          ],
          transactionType: 'Shipment',
          transactionId: `${rng.code(16)}-D-${currency}-${line.breakdownType}-${i}`,
          transactionStatus: 'DEFERRED',
          description: 'Order Payment',
          postedDate: isoInstant(posted),
          totalAmount: money(amount, currency),
          marketplaceDetails: { marketplaceId: meta.marketplaceId },
          breakdowns: [breakdown('Sales', amount, currency, [sales])],
          contexts: [
            {
              contextType: 'DeferredContext',
              deferralReason: plan.reason,
              maturityDate: isoInstant(release),
            },
          ],
        };
      });
    });
  });
}
