import { useMemo, useState } from 'react';
import { SandboxDataSource, type SpSettlementSelectEvent } from 'sp-finance-widgets/classes';
import {
  SpBalanceCard,
  SpExpectedPayout,
  SpPayoutList,
  SpSummarySunburst,
} from 'sp-finance-widgets/react';

/** All four elements on the built-in sandbox; a settlement id in a payout drives the sunburst. */
export function App() {
  // One data source for the page: no backend needed.
  const source = useMemo(() => new SandboxDataSource(), []);
  const [settlementId, setSettlementId] = useState<string | undefined>();

  const selectSettlement = (event: SpSettlementSelectEvent) =>
    setSettlementId(event.detail.settlementId);

  return (
    <main>
      <h1>sp-finance-widgets in React</h1>
      <div className="grid">
        <SpBalanceCard dataSource={source} />
        <SpExpectedPayout dataSource={source} onSpSettlementSelect={selectSettlement} />
      </div>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading">
          {settlementId ? `Settlement ${settlementId}` : 'Financial summary'}
        </h2>
        <SpSummarySunburst dataSource={source} settlementId={settlementId} />
      </section>
      <section aria-labelledby="payouts-heading">
        <h2 id="payouts-heading">Payouts</h2>
        <p>Open a payout and pick one of its settlement ids to see that settlement above.</p>
        <SpPayoutList dataSource={source} onSpSettlementSelect={selectSettlement} />
      </section>
    </main>
  );
}
