/**
 * Financial summaries in the reference's standardized taxonomy: L1 categories, their L2
 * sub-categories, and an L3 level under SALES and FULFILLED_BY_AMAZON. Fees, refunds and
 * chargebacks are negative; parents are the sum of their children (except OTHERS, which may
 * carry activity that is not itemised); the net amount is the sum of the L1 categories.
 */
import type { SummaryQuery } from '../../api/operations.js';
import { toCode } from '../../api/enums.js';
import type { Breakdown, Summary } from '../../api/wire.js';
import { Decimal } from '../../money/decimal.js';
import type { SandboxBook, Settlement } from './book.js';
import { checkMarketplaceIds, parseInstant, SandboxInputError } from './input.js';
import { pageOf, type SandboxPage } from './paging.js';
import type { Random } from './random.js';
import {
  amountIn,
  BIG_AMOUNT,
  DAY_MS,
  decimalText,
  isoInstant,
  type SandboxAccount,
} from './seller.js';

interface LineSpec {
  type: string;
  sign: 1 | -1;
  /** Share of gross sales, a range the seed picks from. */
  share: readonly [number, number];
  /** Chance that an account's summary has this line at all (always, when absent). */
  chance?: number;
  /** Lines an expense account (no sales) has. */
  expense?: boolean;
  /** L3 lines: shares of the L2 amount; the last (with no share) takes the remainder. */
  children?: readonly { type: string; share?: readonly [number, number] }[];
}

interface CategorySpec {
  type: string;
  lines: readonly LineSpec[];
}

export const TAXONOMY: readonly CategorySpec[] = [
  {
    type: 'EARNINGS',
    lines: [
      {
        type: 'SALES',
        sign: 1,
        share: [0.95, 1],
        children: [
          { type: 'PRODUCT_CHARGES', share: [0.86, 0.92] },
          { type: 'SHIPPING_CREDITS', share: [0.05, 0.09] },
          { type: 'GIFT_WRAP_CREDITS' },
        ],
      },
      { type: 'REFUNDS', sign: -1, share: [0.03, 0.07] },
      { type: 'CHARGEBACKS', sign: -1, share: [0.001, 0.006], chance: 0.5 },
    ],
  },
  {
    type: 'AMAZON_SERVICE_CHARGES_AND_FEES',
    lines: [
      {
        type: 'FULFILLED_BY_AMAZON',
        sign: -1,
        share: [0.1, 0.16],
        children: [
          { type: 'FBA_FULFILLMENT_FEES', share: [0.8, 0.9] },
          { type: 'FBA_STORAGE_FEES' },
        ],
      },
      { type: 'AMAZON_WAREHOUSING', sign: -1, share: [0.01, 0.03], chance: 0.4, expense: true },
      {
        type: 'MULTI_CHANNEL_FULFILLMENT',
        sign: -1,
        share: [0.005, 0.02],
        chance: 0.4,
        expense: true,
      },
      { type: 'ADVERTISING', sign: -1, share: [0.03, 0.08], chance: 0.8, expense: true },
    ],
  },
  {
    type: 'DEDUCTIONS_AND_WITHHOLDINGS',
    lines: [
      { type: 'LOAN_REPAYMENT', sign: -1, share: [0.02, 0.05], chance: 0.25, expense: true },
      { type: 'CHEMICAL_TAX', sign: -1, share: [0.0005, 0.002], chance: 0.15 },
      { type: 'EPR_WITHHOLDING', sign: -1, share: [0.001, 0.004], chance: 0.3 },
    ],
  },
  {
    type: 'OTHERS',
    lines: [
      { type: 'FBA_INVENTORY_REIMBURSEMENT', sign: 1, share: [0.002, 0.01], chance: 0.4 },
      { type: 'RETROCHARGE', sign: -1, share: [0.0005, 0.003], chance: 0.2 },
    ],
  },
];

export interface TaxonomyNode {
  type: string;
  amount: Decimal;
  children: TaxonomyNode[];
}

function sum(nodes: readonly TaxonomyNode[]): Decimal {
  return nodes.reduce((total, node) => total.plus(node.amount), new Decimal(0));
}

/** Splits `total` into L3 lines by share; the last line takes the remainder, so they add up. */
function split(
  rng: Random,
  total: Decimal,
  currency: string,
  children: NonNullable<LineSpec['children']>,
): TaxonomyNode[] {
  const nodes: TaxonomyNode[] = [];
  let rest = total;
  for (const child of children) {
    if (!child.share) {
      nodes.push({ type: child.type, amount: rest, children: [] });
      break;
    }
    const share = new Decimal(Math.round(rng.float(...child.share) * 10_000)).dividedBy(10_000);
    const amount = new Decimal(decimalText(total.times(share), currency));
    rest = rest.minus(amount);
    nodes.push({ type: child.type, amount, children: [] });
  }
  return nodes;
}

/**
 * The breakdown tree of one summary. With a `target`, the net amount is exactly the target
 * (a settlement's net proceeds, i.e. its payout): SALES (ADVERTISING for an expense account)
 * takes up the difference. `extraSales` is added to product charges (`big-amounts`).
 */
export function taxonomyTree(
  rng: Random,
  account: SandboxAccount,
  currency: string,
  grossUsd: number,
  target?: Decimal,
  extraSales?: Decimal,
): { net: Decimal; categories: TaxonomyNode[] } {
  const expense = account.profile === 'expense';
  const balancing = expense ? 'ADVERTISING' : 'SALES';
  const categories: TaxonomyNode[] = [];
  let balancingLine: { node: TaxonomyNode; spec: LineSpec } | undefined;
  let unitemised = new Decimal(0);
  for (const category of TAXONOMY) {
    const lines: TaxonomyNode[] = [];
    for (const spec of category.lines) {
      if (expense && !spec.expense) continue;
      const always = account.profile === 'full' || spec.chance === undefined;
      if (spec.type !== balancing && !always && !rng.chance(spec.chance ?? 1)) continue;
      const node: TaxonomyNode = { type: spec.type, amount: new Decimal(0), children: [] };
      lines.push(node);
      if (spec.type === balancing) {
        balancingLine = { node, spec };
        continue;
      }
      node.amount = amountIn(spec.sign * grossUsd * rng.float(...spec.share), currency);
      if (spec.children) node.children = split(rng, node.amount, currency, spec.children);
    }
    if (lines.length === 0) continue;
    const node: TaxonomyNode = { type: category.type, amount: new Decimal(0), children: lines };
    if (category.type === 'OTHERS' && rng.chance(0.3)) {
      // Activity that is not itemised: OTHERS is then more than the sum of its lines.
      unitemised = amountIn(grossUsd * rng.float(-0.002, 0.004), currency);
    }
    categories.push(node);
  }
  if (balancingLine) {
    const { node, spec } = balancingLine;
    if (target !== undefined) {
      const others = categories.reduce((total, c) => total.plus(sum(c.children)), unitemised);
      node.amount = target.minus(others);
    } else if (expense) {
      node.amount = amountIn(-grossUsd * rng.float(0.15, 0.4), currency);
    } else {
      node.amount = amountIn(grossUsd * rng.float(...spec.share), currency);
    }
    if (spec.children) {
      node.children = split(rng, node.amount, currency, spec.children);
      if (extraSales) {
        const first = node.children[0]!;
        first.amount = first.amount.plus(extraSales);
        node.amount = node.amount.plus(extraSales);
      }
    }
  }
  for (const category of categories) {
    category.amount = sum(category.children);
    if (category.type === 'OTHERS') category.amount = category.amount.plus(unitemised);
  }
  return { net: sum(categories), categories };
}

function toBreakdowns(nodes: readonly TaxonomyNode[], currency: string): Breakdown[] {
  return nodes.map((node) => ({
    breakdownType: node.type,
    breakdownAmount: { currencyAmount: decimalText(node.amount, currency), currencyCode: currency },
    // The reference: "Returns null if no further breakdown exists."
    breakdowns: node.children.length > 0 ? toBreakdowns(node.children, currency) : null,
  }));
}

function summaryOf(
  book: SandboxBook,
  account: SandboxAccount,
  currency: string,
  tree: { net: Decimal; categories: TaxonomyNode[] },
  periodStart: string,
  periodEnd: string,
): Summary {
  return {
    partnerMetadata: {
      partnerId: book.partnerId,
      accountType: account.accountType,
      marketplaceId: account.marketplaceId,
    },
    amount: { currencyAmount: decimalText(tree.net, currency), currencyCode: currency },
    periodStart,
    periodEnd,
    breakdowns: toBreakdowns(tree.categories, currency),
  };
}

function settlementSummary(book: SandboxBook, settlement: Settlement): Summary {
  const { account, currency } = settlement;
  const rng = book.rng('summary', 'settlement', settlement.id);
  const tree = taxonomyTree(rng, account, currency, settlement.grossUsd, settlement.net);
  return {
    ...summaryOf(book, account, currency, tree, settlement.periodStart, settlement.periodEnd),
    relatedIdentifiers: [
      { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: settlement.id },
    ],
  };
}

/** The summaries a query asks for, one page of them. */
export function listSummaries(
  book: SandboxBook,
  query: SummaryQuery,
  pageSize: number,
): SandboxPage<Summary> {
  checkMarketplaceIds('marketplaceIds', query.marketplaceIds);
  const inMarketplaces = (account: SandboxAccount) =>
    !query.marketplaceIds?.length || query.marketplaceIds.includes(account.marketplaceId);
  const name = query.relatedIdentifierName;
  const value = query.relatedIdentifierValue;
  if (name !== undefined || value !== undefined) {
    if (name === undefined || toCode(name) !== 'SETTLEMENT_ID') {
      throw new SandboxInputError(
        'relatedIdentifierName',
        'relatedIdentifierName must be SETTLEMENT_ID.',
      );
    }
    if (!value) {
      throw new SandboxInputError(
        'relatedIdentifierValue',
        'relatedIdentifierValue is required with relatedIdentifierName.',
      );
    }
    const settlement = book.settlements.get(value);
    const items =
      settlement && inMarketplaces(settlement.account) ? [settlementSummary(book, settlement)] : [];
    return pageOf('listSummary', items, query.nextToken, { pageSize });
  }

  const startMs = parseInstant('periodStart', query.periodStart);
  const endMs = parseInstant('periodEnd', query.periodEnd);
  const end = endMs ?? (startMs !== undefined ? startMs + 30 * DAY_MS : book.nowMs);
  const start = startMs ?? end - 30 * DAY_MS;
  if (start > end) {
    throw new SandboxInputError('periodStart', 'periodStart must not be after periodEnd.');
  }
  const periodStart = query.periodStart || isoInstant(start);
  const periodEnd = query.periodEnd || isoInstant(end);
  const days = Math.min(400, Math.max(1, (end - start) / DAY_MS));
  const items: Summary[] = [];
  for (const account of book.accounts) {
    if (!inMarketplaces(account)) continue;
    const currencies =
      book.variant.multiCurrency && account.key === 'DE:STANDARD_ORDERS'
        ? [account.currency, 'USD']
        : [account.currency];
    for (const currency of currencies) {
      const rng = book.rng('summary', account.key, currency, periodStart, periodEnd);
      const grossUsd = (account.weeklyGrossUsd * days * rng.float(0.8, 1.2)) / 7;
      const big =
        book.variant.bigAmounts && account.key === 'US:STANDARD_ORDERS'
          ? new Decimal(BIG_AMOUNT)
          : undefined;
      const tree = taxonomyTree(rng, account, currency, grossUsd, undefined, big);
      items.push(summaryOf(book, account, currency, tree, periodStart, periodEnd));
    }
  }
  return pageOf('listSummary', items, query.nextToken, { pageSize });
}
