// React 19 can render the plain tags too; this component is never rendered by the demo; it is
// type-checked by `npm run build` to prove the JSX IntrinsicElements typings that
// `sp-finance-widgets/react` ships (attributes, properties and `onsp-…` listeners).
import type { FinanceDataSource } from 'sp-finance-widgets/classes';
import type {} from 'sp-finance-widgets/react';

export function PlainTags({
  source,
  settlementId,
}: {
  source: FinanceDataSource;
  settlementId?: string;
}) {
  return (
    <>
      <sp-balance-card dataSource={source} locale="en-US" className="card" />
      <sp-payout-list
        dataSource={source}
        marketplace-ids="ATVPDKIKX0DER"
        onsp-settlement-select={(event) => console.log(event.detail.settlementId)}
        onsp-error={(event) => console.log(event.detail.requestId)}
      />
      <sp-summary-sunburst
        dataSource={source}
        settlement-id={settlementId}
        onsp-segment-select={(event) => console.log(event.detail.path.join(' › '))}
      />
      <sp-expected-payout base-url="/sp-api" onsp-load={(event) => console.log(event.detail)} />
      {/* @ts-expect-error: settlementId is a string, and the typings say so. */}
      <sp-summary-sunburst settlementId={42} />
      {/* @ts-expect-error: an sp-settlement-select listener gets the event, not a string. */}
      <sp-payout-list onsp-settlement-select={(id: string) => console.log(id)} />
    </>
  );
}
