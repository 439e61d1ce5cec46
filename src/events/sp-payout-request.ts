export interface SpPayoutRequestDetail {
  marketplaceId: string;
  /** As the request sent it: "Standard Orders". */
  accountType: string;
  /** Amazon's reference for the payout just started: a financial event group id. */
  payoutReferenceId: string;
}

/**
 * Fired when an on-demand payout the seller confirmed was accepted, so that the other elements
 * on the page (a balance card, a payout list) can `retry()` and show the money on its way.
 */
export type SpPayoutRequestEvent = CustomEvent<SpPayoutRequestDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-payout-request': SpPayoutRequestEvent;
  }
}
