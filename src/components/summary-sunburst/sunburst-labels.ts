/**
 * Words for breakdown types. The taxonomy's codes have written labels (so `FULFILLED_BY_AMAZON`
 * reads "Fulfilled by Amazon", not "Fulfilled by amazon"); any other code is humanized
 * (`NEW_FEE_TYPE` → "New fee type") and free-form names from the published model ("Product
 * Charges", "FBA fees") are kept as sent. Pure.
 */
import { humanize } from '../../api/enums.js';
import type { BreakdownNode } from '../../api/model.js';
import type { Words } from '../../l10n/runtime.js';

/** The Standardized Financial Summary Taxonomy's L1 and L2 codes, in the reader's language. */
const TAXONOMY_LABELS: Readonly<Record<string, (words: Words) => string>> = {
  EARNINGS: (words) => words.msg('Earnings', { id: 'taxonomy.EARNINGS' }),
  AMAZON_SERVICE_CHARGES_AND_FEES: (words) =>
    words.msg('Amazon service charges and fees', {
      id: 'taxonomy.AMAZON_SERVICE_CHARGES_AND_FEES',
    }),
  DEDUCTIONS_AND_WITHHOLDINGS: (words) =>
    words.msg('Deductions and withholdings', { id: 'taxonomy.DEDUCTIONS_AND_WITHHOLDINGS' }),
  OTHERS: (words) => words.msg('Others', { id: 'taxonomy.OTHERS' }),
  SALES: (words) => words.msg('Sales', { id: 'taxonomy.SALES' }),
  REFUNDS: (words) => words.msg('Refunds', { id: 'taxonomy.REFUNDS' }),
  CHARGEBACKS: (words) => words.msg('Chargebacks', { id: 'taxonomy.CHARGEBACKS' }),
  FULFILLED_BY_AMAZON: (words) =>
    words.msg('Fulfilled by Amazon', { id: 'taxonomy.FULFILLED_BY_AMAZON' }),
  AMAZON_WAREHOUSING: (words) =>
    words.msg('Amazon Warehousing and Distribution', { id: 'taxonomy.AMAZON_WAREHOUSING' }),
  MULTI_CHANNEL_FULFILLMENT: (words) =>
    words.msg('Multi-Channel Fulfillment', { id: 'taxonomy.MULTI_CHANNEL_FULFILLMENT' }),
  ADVERTISING: (words) => words.msg('Advertising', { id: 'taxonomy.ADVERTISING' }),
  LOAN_REPAYMENT: (words) => words.msg('Loan repayment', { id: 'taxonomy.LOAN_REPAYMENT' }),
  CHEMICAL_TAX: (words) => words.msg('Chemical tax', { id: 'taxonomy.CHEMICAL_TAX' }),
  EPR_WITHHOLDING: (words) =>
    words.msg('Extended Producer Responsibility withholding', { id: 'taxonomy.EPR_WITHHOLDING' }),
};

/** What a person reads for a breakdown: its taxonomy label, or its type humanized. */
export function breakdownLabel(
  node: Pick<BreakdownNode, 'type' | 'rawType'>,
  words: Words,
): string {
  return (
    TAXONOMY_LABELS[node.type]?.(words) ??
    (humanize(node.rawType) ||
      humanize(node.type) ||
      words.msg('Unnamed category', { id: 'taxonomy.unnamed' }))
  );
}
