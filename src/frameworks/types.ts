/**
 * Types derived from the generated element facts (`./elements.ts`, from custom-elements.json),
 * shared by the React, Vue and Angular integrations: each element's settable properties,
 * its attributes, and its events by name.
 */
import type { SpFinanceElements, SpFinanceTagName } from './elements.js';

export type { SpElementFacts, SpFinanceElements, SpFinanceTagName } from './elements.js';
export { SP_FINANCE_TAG_NAMES } from './elements.js';

type Facts<T extends SpFinanceTagName> = SpFinanceElements[T];
type ElementOf<T extends SpFinanceTagName> = Facts<T>['element'];
type PropertyOf<T extends SpFinanceTagName> = Facts<T>['properties'] & keyof ElementOf<T>;
type EventOf<T extends SpFinanceTagName> = Facts<T>['events'] & keyof GlobalEventHandlersEventMap;

/** `sp-settlement-select` → `SpSettlementSelect`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** An element's class, by tag name. */
export type SpElementOf<T extends SpFinanceTagName> = ElementOf<T>;

/** An element's public properties, all optional, typed from its class. */
export type SpPropertiesOf<T extends SpFinanceTagName> = Partial<Pick<ElementOf<T>, PropertyOf<T>>>;

/** An element's attributes whose names differ from a property's (`settlement-id`), as strings. */
export type SpAttributesOf<T extends SpFinanceTagName> = {
  [A in Exclude<Facts<T>['attributes'], PropertyOf<T>>]?: string;
};

/** An element's events: name → event type (`'sp-load'` → `SpLoadEvent`). */
export type SpEventsOf<T extends SpFinanceTagName> = {
  [K in EventOf<T>]: GlobalEventHandlersEventMap[K];
};

/** Every event the elements fire: name → event type. */
export type SpFinanceEventMap = {
  [K in EventOf<SpFinanceTagName>]: GlobalEventHandlersEventMap[K];
};

/** Handlers named as React wrappers and Vue name them: `onSpLoad`, `onSpSettlementSelect`. */
export type SpEventHandlersOf<T extends SpFinanceTagName> = {
  [K in EventOf<T> as `on${PascalCase<K>}`]?: (event: GlobalEventHandlersEventMap[K]) => void;
};
