/**
 * Words for breakdown types. The taxonomy's codes have written labels (so `FULFILLED_BY_AMAZON`
 * reads "Fulfilled by Amazon", not "Fulfilled by amazon"); any other code is humanized
 * (`NEW_FEE_TYPE` → "New fee type") and free-form names from the published model ("Product
 * Charges", "FBA fees") are kept as sent. Pure.
 */
import { humanize } from '../../api/enums.js';
import type { BreakdownNode } from '../../api/model.js';

const TAXONOMY_LABELS: Readonly<Record<string, string>> = {
  EARNINGS: 'Earnings',
  AMAZON_SERVICE_CHARGES_AND_FEES: 'Amazon service charges and fees',
  DEDUCTIONS_AND_WITHHOLDINGS: 'Deductions and withholdings',
  OTHERS: 'Others',
  SALES: 'Sales',
  REFUNDS: 'Refunds',
  CHARGEBACKS: 'Chargebacks',
  FULFILLED_BY_AMAZON: 'Fulfilled by Amazon',
  AMAZON_WAREHOUSING: 'Amazon Warehousing and Distribution',
  MULTI_CHANNEL_FULFILLMENT: 'Multi-Channel Fulfillment',
  ADVERTISING: 'Advertising',
  LOAN_REPAYMENT: 'Loan repayment',
  CHEMICAL_TAX: 'Chemical tax',
  EPR_WITHHOLDING: 'Extended Producer Responsibility withholding',
};

/** What a person reads for a breakdown: its taxonomy label, or its type humanized. */
export function breakdownLabel(node: Pick<BreakdownNode, 'type' | 'rawType'>): string {
  return (
    TAXONOMY_LABELS[node.type] ??
    (humanize(node.rawType) || humanize(node.type) || 'Unnamed category')
  );
}
