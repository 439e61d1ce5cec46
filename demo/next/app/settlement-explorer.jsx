'use client';
// Event handlers and state live in a client component: a settlement id picked in a payout
// points the sunburst at that settlement.
import { useState } from 'react';
import { SpPayoutList } from 'sp-finance-widgets/react/payout-list';
import { SpSummarySunburst } from 'sp-finance-widgets/react/summary-sunburst';

export function SettlementExplorer({ baseUrl }) {
  const [settlementId, setSettlementId] = useState();
  return (
    <>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">
          {settlementId ? `Settlement ${settlementId}` : 'Financial summary'}
        </h2>
        <SpSummarySunburst baseUrl={baseUrl} settlementId={settlementId} />
      </section>
      <section aria-labelledby="payouts-heading">
        <h2 id="payouts-heading">Payouts</h2>
        <SpPayoutList
          baseUrl={baseUrl}
          onSpSettlementSelect={(event) => setSettlementId(event.detail.settlementId)}
        />
      </section>
    </>
  );
}
