import type { SpErrorDetail } from '../api/errors.js';

/** Fired when an element shows its error state (after any automatic retries). */
export type SpErrorEvent = CustomEvent<SpErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-error': SpErrorEvent;
  }
}
