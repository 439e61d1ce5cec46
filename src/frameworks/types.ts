/**
 * Types derived from the generated element facts (`./elements.ts`, from custom-elements.json),
 * shared by the React, Vue and Angular integrations: each element's settable properties,
 * its attributes, and its events by name.
 */
import type { SpLoadEvent } from '../events/sp-load.js';
import type { SpElement } from '../internal/sp-element.js';
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

/**
 * What an element's `sp-load` carries: the data it shows, the second type argument of its class's
 * `extends SpElement<Query, Data>` (`BalanceGroup[]` for the balance card).
 */
export type SpLoadDetailOf<T extends SpFinanceTagName> =
  ElementOf<T> extends SpElement<object, infer Data> ? Data : unknown;

/**
 * One event of one element. `sp-load` is one name in `GlobalEventHandlersEventMap` for every
 * element, so there its detail is `unknown`; here it is the element's own.
 */
export type SpEventOf<T extends SpFinanceTagName, K extends EventOf<T>> = K extends 'sp-load'
  ? SpLoadEvent<SpLoadDetailOf<T>>
  : GlobalEventHandlersEventMap[K];

/** An element's events: name → event type (`'sp-load'` → `SpLoadEvent<BalanceGroup[]>`). */
export type SpEventsOf<T extends SpFinanceTagName> = {
  [K in EventOf<T>]: SpEventOf<T, K>;
};

/** Every event the elements fire: name → event type (for `sp-load`, any element's). */
export type SpFinanceEventMap = {
  [K in EventOf<SpFinanceTagName>]: {
    [T in SpFinanceTagName]: K extends EventOf<T> ? SpEventOf<T, K> : never;
  }[SpFinanceTagName];
};

/** Handlers named as React wrappers and Vue name them: `onSpLoad`, `onSpSettlementSelect`. */
export type SpEventHandlersOf<T extends SpFinanceTagName> = {
  [K in EventOf<T> as `on${PascalCase<K>}`]?: (event: SpEventOf<T, K>) => void;
};
