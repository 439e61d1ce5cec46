/**
 * `sp-finance-widgets/vue`: types the four tags in Vue templates (`GlobalComponents`, checked by
 * vue-tsc / Vue's language tools) and exports the `isCustomElement` test that tells Vue's
 * template compiler the `sp-` tags are custom elements, not Vue components:
 *
 * ```ts
 * // vite.config.ts
 * import vue from '@vitejs/plugin-vue';
 * import { isCustomElement } from 'sp-finance-widgets/vue';
 * export default { plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] };
 * ```
 *
 * In templates, properties bind with `:` (`:data-source="source"`, `:settlement-id="id"`) and
 * events listen with `@` (`@sp-settlement-select="onSelect"`; the handler gets the typed event).
 */
import type { DefineComponent } from 'vue';
import type {
  SpAttributesOf,
  SpEventHandlersOf,
  SpFinanceTagName,
  SpPropertiesOf,
} from '../frameworks/types.js';

/** What a tag accepts in a Vue template: properties, attributes and `@sp-…` listeners. */
export type SpVueProps<T extends SpFinanceTagName> = SpPropertiesOf<T> &
  SpAttributesOf<T> &
  SpEventHandlersOf<T>;

/** The tags as Vue sees them, for `GlobalComponents`. */
export type SpFinanceGlobalComponents = {
  [T in SpFinanceTagName]: DefineComponent<SpVueProps<T>>;
};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends SpFinanceGlobalComponents {}
}

/**
 * For Vue's `compilerOptions.isCustomElement`: the `sp-` tags are custom elements. A host that
 * registered the classes under tags of its own (`defineElement('acme-payout-list', …)`) writes
 * its own test.
 */
export function isCustomElement(tag: string): boolean {
  return tag.startsWith('sp-');
}

export { SP_FINANCE_TAG_NAMES } from '../frameworks/types.js';
export type {
  SpFinanceElements,
  SpFinanceTagName,
  SpFinanceEventMap,
  SpEventsOf,
  SpPropertiesOf,
  SpAttributesOf,
  SpEventHandlersOf,
} from '../frameworks/types.js';
