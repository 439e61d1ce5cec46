import type { Money } from '../money/money.js';

export interface SpSegmentSelectDetail {
  /** Breakdown types from the L1 category down to the selected node. Empty at the root. */
  path: string[];
  /** The node's own signed amount, as the API gave it. */
  amount: Money | undefined;
}

/** Fired when the sunburst drills into (or out to) a segment. */
export type SpSegmentSelectEvent = CustomEvent<SpSegmentSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-segment-select': SpSegmentSelectEvent;
  }
}
