/**
 * The normalised model the elements render: one shape whatever the API sent (reference or
 * published drift). Amounts are exact `Money`; unknown enum values are kept as sent; missing
 * optional fields are `undefined`.
 */
import type { Decimal } from '../money/decimal.js';
import type { InvalidAmount, Money } from '../money/money.js';

/** Who and where: partner, account type and marketplace. */
export interface AccountRef {
  partnerId?: string;
  /** Canonical code (`STANDARD_ORDERS`) when the API sent a code or a known label. */
  accountType?: string;
  /** The account type exactly as sent, e.g. "Standard Orders". */
  accountTypeRaw?: string;
  marketplaceId?: string;
}

export interface BreakdownNode {
  /** Canonical code when recognised (`EARNINGS`, `SALES`), else the text as sent. */
  type: string;
  /** As sent. */
  rawType: string;
  money?: Money;
  /** Set instead of `money` when the API sent an amount no money can be (`1e400`). */
  invalidAmount?: InvalidAmount;
  children: BreakdownNode[];
  /**
   * Levels nested below this node that were not read (past `MAX_BREAKDOWN_DEPTH`), so an
   * element can say so; absent when there are none.
   */
  deeperLevels?: number;
}

export interface BalanceNode {
  /** Canonical type: `ACCOUNT_LEVEL_RESERVE` becomes `ACCOUNT_LEVEL_RESERVES`; unknown kept. */
  type: string;
  rawType: string;
  money?: Money;
  /** Set instead of `money` when the API sent an amount no money can be (`1e400`). */
  invalidAmount?: InvalidAmount;
  /** True when the amount was derived here (a missing TOTAL summed from its parts). */
  computed?: boolean;
  breakdowns: BreakdownNode[];
  children: BalanceNode[];
}

/** All balances of one account in one currency. */
export interface BalanceGroup {
  key: string;
  account: AccountRef;
  currency: string;
  asOfDate?: string;
  lastUpdatedTime?: string;
  /** Top-level balances of the group, TOTAL first when present. */
  balances: BalanceNode[];
}

export interface SummaryModel {
  key: string;
  account: AccountRef;
  /** The summary's net amount (`amount`, or `netProceeds` in the published model). */
  net?: Money;
  /** Set instead of `net` when the API sent a net amount no money can be. */
  invalidNet?: InvalidAmount;
  /** Set instead of `net` when the API sent the net without a currency. */
  bareNet?: Decimal;
  currency?: string;
  periodStart?: string;
  periodEnd?: string;
  settlementIds: string[];
  breakdowns: BreakdownNode[];
}

export interface PayoutStatusStep {
  status: string;
  date?: string;
  failureReason?: string;
}

export interface PeriodModel {
  startDate?: string;
  endDate?: string;
}

export interface PayoutModel {
  id: string;
  account: AccountRef;
  status: string;
  /** Oldest first, sorted by `lastUpdatedDate`. */
  history: PayoutStatusStep[];
  type?: string;
  money?: Money;
  /** Set instead of `money` when the API sent an amount no money can be (`1e400`). */
  invalidAmount?: InvalidAmount;
  /** Set instead of `money` when the API sent an amount without a currency. */
  bareAmount?: Decimal;
  accountTail?: string;
  paymentMethod?: string;
  creationDate?: string;
  paymentRail?: string;
  traceId?: string;
  period?: PeriodModel;
  settlementIds: string[];
  /** The failure reason of the latest FAILED step, if any. */
  failureReason?: string;
}

export interface ExpectedPayoutModel {
  key: string;
  account: AccountRef;
  status: string;
  money?: Money;
  /** Set instead of `money` when the API sent an amount no money can be (`1e400`). */
  invalidAmount?: InvalidAmount;
  /** Set instead of `money` when the API sent an amount without a currency. */
  bareAmount?: Decimal;
  scheduledDate?: string;
  accountTail?: string;
  paymentMethod?: string;
  period?: PeriodModel;
  settlementIds: string[];
}
