/**
 * The script-tag bundle's entry: defines every element and exposes the data sources, the
 * version and `registerStrings` (a host's own wording) as `window.SpFinanceWidgets`.
 */
import './define.js';
import { HttpDataSource } from './data/http-data-source.js';
import { clientFor, registerClient } from './data/registry.js';
import { defineElement } from './internal/define.js';
import { SpBalanceCard } from './components/balance-card/balance-card.component.js';
import { SpSummarySunburst } from './components/summary-sunburst/summary-sunburst.component.js';
import { SpPayoutList } from './components/payout-list/payout-list.component.js';
import { SpExpectedPayout } from './components/expected-payout/expected-payout.component.js';
import { SpTransactionList } from './components/transaction-list/transaction-list.component.js';
import { SpApiError } from './api/errors.js';
import { VERSION } from './version.js';
import { registerStrings, SHIPPED_LOCALES } from './l10n/runtime.js';

export {
  HttpDataSource,
  clientFor,
  registerClient,
  defineElement,
  SpBalanceCard,
  SpSummarySunburst,
  SpPayoutList,
  SpExpectedPayout,
  SpTransactionList,
  SpApiError,
  VERSION as version,
  registerStrings,
  SHIPPED_LOCALES,
};
// Its code loads from sp-finance-widgets.sandbox.js, in the script's folder (its data-base-path,
// else beside its src), on the first request.
export { SandboxDataSource } from './data/sandbox-lazy.js';
