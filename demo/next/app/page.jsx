// A Server Component (no 'use client'): it renders the wrappers, which are client components,
// and passes them strings only. The elements fetch from the route handler at /sp-api.
import { SpBalanceCard } from 'sp-finance-widgets/react/balance-card';
import { SpExpectedPayout } from 'sp-finance-widgets/react/expected-payout';
import { SettlementExplorer } from './settlement-explorer.jsx';

export default function Page() {
  return (
    <main>
      <h1>sp-finance-widgets in Next.js</h1>
      <div className="grid">
        <SpBalanceCard baseUrl="/sp-api" />
        <SpExpectedPayout baseUrl="/sp-api" />
      </div>
      <SettlementExplorer baseUrl="/sp-api" />
    </main>
  );
}
