/**
 * Side-effect-free entry: element classes, data sources, money helpers and types. Importing
 * this module defines no tags; import `sp-finance-widgets` (all) or
 * `sp-finance-widgets/<element>` (one) for that, or call `defineElement` with a tag of your own.
 */
export { SpBalanceCard } from './components/balance-card/balance-card.component.js';
export { SpSummarySunburst } from './components/summary-sunburst/summary-sunburst.component.js';
export { SpPayoutList } from './components/payout-list/payout-list.component.js';
export { SpExpectedPayout } from './components/expected-payout/expected-payout.component.js';
export { SpTransactionList } from './components/transaction-list/transaction-list.component.js';
export { SpElement, type LoadContext } from './internal/sp-element.js';
export { defineElement } from './internal/define.js';

export type { FinanceDataSource, RequestOptions } from './data/data-source.js';
export { HttpDataSource, type HttpDataSourceOptions } from './data/http-data-source.js';
export { clientFor, registerClient, resetSharedClients } from './data/registry.js';

export { SpApiError, type SpApiErrorKind, type SpErrorDetail } from './api/errors.js';
export * from './api/operations.js';
export type * from './api/wire.js';
export type * from './api/model.js';
export type * from './api/transactions-model.js';
export type * from './api/transfers-model.js';
export * from './api/on-demand-payout.js';
export {
  defaultDepositMethod,
  expiryState,
  normalisePaymentMethods,
  EXPIRY_WARNING_DAYS,
} from './api/normalise-payment-methods.js';
export { MARKETPLACES, marketplaceName, type MarketplaceInfo } from './api/marketplaces.js';
export { humanize } from './api/enums.js';
export * from './money/index.js';

export type { SpLoadEvent } from './events/sp-load.js';
export type { SpErrorEvent } from './events/sp-error.js';
export type {
  SpSettlementSelectEvent,
  SpSettlementSelectDetail,
} from './events/sp-settlement-select.js';
export type { SpSegmentSelectEvent, SpSegmentSelectDetail } from './events/sp-segment-select.js';
export type { SpTransactionSelectEvent } from './events/sp-transaction-select.js';
export type { SpPayoutRequestEvent, SpPayoutRequestDetail } from './events/sp-payout-request.js';
export { VERSION } from './version.js';
export {
  registerStrings,
  setLocaleLoader,
  SHIPPED_LOCALES,
  type Strings,
  type LocaleLoader,
} from './l10n/runtime.js';
export {
  SandboxDataSource,
  SCENARIOS,
  SCENARIO_NAMES,
  type SandboxOptions,
  type SandboxRequestOptions,
  type ScenarioName,
  type ScenarioFunction,
} from './data/sandbox/index.js';
