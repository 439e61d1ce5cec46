'use client';
/**
 * `sp-finance-widgets/react`: React components for the four elements, made with @lit/react's
 * `createComponent` and generated from custom-elements.json (`./components.ts`). Importing it
 * defines the elements.
 *
 * ```tsx
 * import { SpPayoutList, SpSummarySunburst } from 'sp-finance-widgets/react';
 *
 * <SpPayoutList dataSource={source} onSpSettlementSelect={(e) => setId(e.detail.settlementId)} />
 * <SpSummarySunburst dataSource={source} settlementId={id} />
 * ```
 *
 * It also types React 19's plain tags (`<sp-payout-list onsp-settlement-select={…}>`): see
 * `./jsx.ts`.
 */
export * from './components.js';
export type {
  SpFinanceIntrinsicElements,
  SpIntrinsicElementProps,
  SpIntrinsicEventHandlersOf,
} from './jsx.js';
export type {
  SpFinanceElements,
  SpFinanceTagName,
  SpFinanceEventMap,
  SpEventsOf,
  SpPropertiesOf,
  SpAttributesOf,
} from '../frameworks/types.js';
