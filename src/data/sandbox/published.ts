/**
 * The `published` scenario: the same data in the shape of Amazon's later published models and
 * sandbox (CONTRACT.md, "Tolerant reader"): `netProceeds` for `amount`, free-form breakdown
 * names with bare-number amounts, `ACCOUNT_LEVEL_RESERVE`, account types as labels,
 * `breakdowns: null` or `[]`, and `marketplaceIds` for `marketplaceId`.
 */
import type {
  Balance,
  Breakdown,
  ExpectedPayout,
  PartnerMetadata,
  Payout,
  Summary,
} from '../../api/wire.js';
import { humanize } from '../../api/enums.js';
import { ACCOUNT_TYPE_LABELS, SANDBOX_MARKETPLACE_IDS } from './seller.js';

/** Taxonomy codes as the published model names them (Amazon's sandbox: "Sales", "FBA fees"). */
export const PUBLISHED_BREAKDOWN_NAMES: Readonly<Record<string, string>> = {
  EARNINGS: 'Sales',
  AMAZON_SERVICE_CHARGES_AND_FEES: 'Expenses',
  DEDUCTIONS_AND_WITHHOLDINGS: 'Deductions',
  OTHERS: 'Other',
  SALES: 'Product Charges',
  REFUNDS: 'Refunds',
  CHARGEBACKS: 'Chargebacks',
  FULFILLED_BY_AMAZON: 'FBA fees',
  AMAZON_WAREHOUSING: 'AWD fees',
  MULTI_CHANNEL_FULFILLMENT: 'MCF fees',
  ADVERTISING: 'Advertising fees',
  LOAN_REPAYMENT: 'Loan repayment',
  CHEMICAL_TAX: 'Chemical tax',
  EPR_WITHHOLDING: 'EPR fees',
  PRODUCT_CHARGES: 'Principal',
  SHIPPING_CREDITS: 'Shipping',
  GIFT_WRAP_CREDITS: 'Gift wrap',
  FBA_FULFILLMENT_FEES: 'FBA fulfilment fee',
  FBA_STORAGE_FEES: 'FBA storage fee',
};

function label(accountType: string | null | undefined) {
  return accountType ? (ACCOUNT_TYPE_LABELS[accountType] ?? humanize(accountType)) : accountType;
}

function labelled(meta: PartnerMetadata | null | undefined): PartnerMetadata | null | undefined {
  return meta ? { ...meta, accountType: label(meta.accountType) } : meta;
}

export function publishedBalance(balance: Balance): Balance {
  const copy: Balance = { ...balance };
  if (copy.partnerMetadata) copy.partnerMetadata = labelled(copy.partnerMetadata);
  if (copy.balanceType === 'ACCOUNT_LEVEL_RESERVES') copy.balanceType = 'ACCOUNT_LEVEL_RESERVE';
  copy.breakdowns = copy.breakdowns?.length ? copy.breakdowns : null;
  if (copy.balances) copy.balances = copy.balances.map(publishedBalance);
  return copy;
}

function publishedBreakdown(breakdown: Breakdown, depth: number): Breakdown {
  const type = breakdown.breakdownType ?? '';
  const copy: Breakdown = {
    breakdownType: PUBLISHED_BREAKDOWN_NAMES[type] ?? humanize(type),
  };
  // Top-level lines keep `breakdownAmount`; deeper lines carry a bare number in `amount`.
  if (depth === 0) copy.breakdownAmount = breakdown.breakdownAmount;
  else copy.amount = breakdown.breakdownAmount?.currencyAmount;
  const children = breakdown.breakdowns ?? [];
  // Leaves: `[]` at L2 (as in Amazon's sandbox), `null` deeper.
  copy.breakdowns =
    children.length > 0
      ? children.map((child) => publishedBreakdown(child, depth + 1))
      : depth <= 1
        ? []
        : null;
  return copy;
}

export function publishedSummary(summary: Summary): Summary {
  const { amount, partnerMetadata, breakdowns, ...rest } = summary;
  const meta = labelled(partnerMetadata);
  const { marketplaceId, ...metaRest } = meta ?? {};
  return {
    ...rest,
    partnerMetadata: meta
      ? { ...metaRest, marketplaceIds: marketplaceId ? [marketplaceId] : [] }
      : meta,
    netProceeds: amount,
    breakdowns: breakdowns?.map((breakdown) => publishedBreakdown(breakdown, 0)) ?? null,
  };
}

export function publishedPayout(payout: Payout): Payout {
  return { ...payout, partnerMetadata: labelled(payout.partnerMetadata) };
}

export function publishedExpectedPayout(expected: ExpectedPayout): ExpectedPayout {
  const copy = { ...expected, partnerMetadata: labelled(expected.partnerMetadata) };
  // "Can be null when no payout is expected."
  if (
    copy.status === 'NO_PAYOUT_EXPECTED' &&
    copy.partnerMetadata?.marketplaceId === SANDBOX_MARKETPLACE_IDS.JP
  ) {
    copy.amount = null;
  }
  return copy;
}
