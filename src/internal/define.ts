/**
 * Guarded registration. Loading the bundle twice, or next to another copy of the library, must
 * never throw: when the tag is taken we warn and keep the existing definition. A host whose
 * page already uses a tag can register our class under another name.
 *
 * @example
 * ```ts
 * import { SpBalanceCard } from 'sp-finance-widgets/classes';
 * defineElement('acme-balance-card', SpBalanceCard);
 * ```
 */
export function defineElement(tagName: string, ctor: CustomElementConstructor): boolean {
  const registry = globalThis.customElements;
  if (!registry) return false;
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `sp-finance-widgets: <${tagName}> is already defined by another script; keeping that definition.`,
      );
    }
    return false;
  }
  try {
    registry.define(tagName, ctor);
    return true;
  } catch (error) {
    // The same constructor cannot be registered under two names: register a subclass instead.
    if (error instanceof DOMException && error.name === 'NotSupportedError') {
      registry.define(tagName, class extends (ctor as unknown as typeof HTMLElement) {});
      return true;
    }
    console.warn(`sp-finance-widgets: could not define <${tagName}>:`, error);
    return false;
  }
}
