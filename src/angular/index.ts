/**
 * `sp-finance-widgets/angular`: typings for using the elements in Angular templates with
 * `CUSTOM_ELEMENTS_SCHEMA`. Nothing here imports Angular.
 *
 * With `strictTemplates`, Angular already types `$event` of `(sp-settlement-select)` on
 * `<sp-payout-list>` as `SpSettlementSelectEvent` (from `HTMLElementTagNameMap` and
 * `GlobalEventHandlersEventMap`, once the element module is imported). Where it types `$event`
 * as a plain `Event` (strictDomEventTypes off, or a host's own tag name), `spEvent` narrows it,
 * checking the event's name at run time:
 *
 * ```ts
 * onSelect(event: Event) {
 *   this.settlementId.set(spEvent('sp-settlement-select', event).detail.settlementId);
 * }
 * ```
 *
 * `sp-load` carries each element's own data: `spEventOf('sp-balance-card', 'sp-load', event)`
 * types its detail as `BalanceGroup[]` (`spEvent('sp-load', …)` as any element's).
 */
import type { SpEventsOf, SpFinanceEventMap, SpFinanceTagName } from '../frameworks/types.js';

export type { SpFinanceEventMap } from '../frameworks/types.js';

/** An event name any of the elements fires. */
export type SpFinanceEventName = keyof SpFinanceEventMap;

/** The `detail` of an element event, by name. */
export type SpEventDetail<K extends SpFinanceEventName> = SpFinanceEventMap[K]['detail'];

/**
 * Narrows a template's `$event` to the element event named `type`. Throws a `TypeError` if the
 * event is another one (a binding pointed at the wrong handler).
 */
export function spEvent<K extends SpFinanceEventName>(type: K, event: Event): SpFinanceEventMap[K] {
  if (event.type !== type || !('detail' in event)) {
    throw new TypeError(`Expected a ${type} event, got ${event.type}.`);
  }
  return event as SpFinanceEventMap[K];
}

/** The `detail` of one element's event: `SpEventDetailOf<'sp-balance-card', 'sp-load'>`. */
export type SpEventDetailOf<
  T extends SpFinanceTagName,
  K extends keyof SpEventsOf<T>,
> = SpEventsOf<T>[K]['detail'];

/**
 * `spEvent`, typed for the element that fired it (`tag`: the tag whose events to type with, not
 * checked at run time, since a host may register the class under a tag of its own).
 */
export function spEventOf<T extends SpFinanceTagName, K extends keyof SpEventsOf<T> & string>(
  tag: T,
  type: K,
  event: Event,
): SpEventsOf<T>[K] {
  return spEvent(type as SpFinanceEventName, event) as SpEventsOf<T>[K];
}

/** `spEvent(type, event).detail`. */
export function spEventDetail<K extends SpFinanceEventName>(
  type: K,
  event: Event,
): SpEventDetail<K> {
  return spEvent(type, event).detail as SpEventDetail<K>;
}

export { SP_FINANCE_TAG_NAMES } from '../frameworks/types.js';
export type {
  SpFinanceElements,
  SpFinanceTagName,
  SpEventsOf,
  SpPropertiesOf,
  SpAttributesOf,
} from '../frameworks/types.js';
