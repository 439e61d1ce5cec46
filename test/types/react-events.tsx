// Each React wrapper's events are typed for its element: `onSpLoad`'s detail is the data that
// element shows, not `unknown` (the one global `sp-load` entry is shared by every element).
import { SpBalanceCard, SpPayoutList, SpSummarySunburst } from 'sp-finance-widgets/react';
import { SpExpectedPayout } from 'sp-finance-widgets/react/expected-payout';
import type { BalanceGroup, ExpectedPayoutModel } from 'sp-finance-widgets/classes';

export const balances = <SpBalanceCard onSpLoad={(e) => e.detail.length} />;

export const groups = (
  <SpBalanceCard
    onSpLoad={(e) => {
      const shown: BalanceGroup[] = e.detail;
      return shown.map((group) => group.currency);
    }}
  />
);

export const payouts = <SpPayoutList onSpLoad={(e) => e.detail.map((payout) => payout.status)} />;

export const summaries = (
  <SpSummarySunburst onSpLoad={(e) => e.detail.map((summary) => summary.settlementIds)} />
);

export const expected = (
  <SpExpectedPayout
    onSpLoad={(e) => {
      const shown: ExpectedPayoutModel[] = e.detail;
      return shown.length;
    }}
    onSpSettlementSelect={(e) => e.detail.settlementId}
  />
);

// A balance card loads balance groups, not payouts.
// @ts-expect-error: BalanceGroup has no `status`
export const wrongDetail = <SpBalanceCard onSpLoad={(e) => e.detail[0]?.status} />;

// sp-error's detail is {status, code, message, requestId}, not a list.
// @ts-expect-error: SpErrorDetail has no `length`
export const errorIsNotAList = <SpBalanceCard onSpError={(e) => e.detail.length} />;

// The balance card fires no settlement selections.
// @ts-expect-error: not a prop of SpBalanceCard
export const noSuchEvent = <SpBalanceCard onSpSettlementSelect={() => undefined} />;

// React 19's plain tags are typed the same way (`onsp-load`).
export const plainTag = <sp-payout-list onsp-load={(e) => e.detail.map((p) => p.id)} />;

// @ts-expect-error: a payout list's detail is PayoutModel[]; PayoutModel has no `balances`
export const plainTagWrong = <sp-payout-list onsp-load={(e) => e.detail[0]?.balances} />;
