/**
 * JSX typings for React 19's plain custom-element tags (`<sp-payout-list>` without the
 * wrappers). React 19 sets a prop as a property when the element has it (`dataSource`,
 * `settlementId`) and as an attribute otherwise (`settlement-id`), and listens to an event for a
 * prop named `on` + the event's name: `onsp-settlement-select`.
 *
 * The augmentation applies wherever `sp-finance-widgets/react` is imported, even only for types:
 * `import type {} from 'sp-finance-widgets/react';`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  SpAttributesOf,
  SpElementOf,
  SpEventOf,
  SpFinanceElements,
  SpFinanceTagName,
  SpPropertiesOf,
} from '../frameworks/types.js';

/** React 19 listener props: `onsp-load`, `onsp-settlement-select`, … */
export type SpIntrinsicEventHandlersOf<T extends SpFinanceTagName> = {
  [K in SpFinanceElements[T]['events'] as `on${K}`]?: (event: SpEventOf<T, K>) => void;
};

/** The props of one plain tag in React 19 JSX. */
export type SpIntrinsicElementProps<T extends SpFinanceTagName> = DetailedHTMLProps<
  HTMLAttributes<SpElementOf<T>>,
  SpElementOf<T>
> &
  SpPropertiesOf<T> &
  SpAttributesOf<T> &
  SpIntrinsicEventHandlersOf<T>;

/** Every tag's JSX props. */
export type SpFinanceIntrinsicElements = {
  [T in SpFinanceTagName]: SpIntrinsicElementProps<T>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends SpFinanceIntrinsicElements {}
  }
}
