import type { PayoutModel } from '../api/model.js';

export interface SpSettlementSelectDetail {
  settlementId: string;
  /** The payout (or expected payout) the settlement belongs to. */
  payout: PayoutModel | ExpectedPayoutLike;
}

/** The part of an expected payout a settlement selection carries. */
export type ExpectedPayoutLike = import('../api/model.js').ExpectedPayoutModel;

/** Fired when a person picks a settlement id, so a host can point a sunburst at it. */
export type SpSettlementSelectEvent = CustomEvent<SpSettlementSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-settlement-select': SpSettlementSelectEvent;
  }
}
