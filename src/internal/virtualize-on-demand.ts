/**
 * `@lit-labs/virtualizer`'s `virtualize` directive for any list, loaded on demand: only lists
 * longer than their `virtualize-threshold` need it, so it loads once per page, on first need,
 * through the payout list's loader (which the script-tag build swaps for the file beside the
 * script). Until it has loaded, or if it cannot load, a list renders every row plainly.
 */
import type { virtualize as virtualizeDirective } from '@lit-labs/virtualizer/virtualize.js';
import { loadVirtualizer } from '../components/payout-list/virtualizer-loader.js';

let loaded: typeof virtualizeDirective | undefined;
let loading: Promise<void> | undefined;

/** The directive, once `loadVirtualize()` has brought it. */
export function virtualizeIfLoaded(): typeof virtualizeDirective | undefined {
  return loaded;
}

/** Loads the directive once; `tag` names the element in the warning when it cannot load. */
export function loadVirtualize(tag: string): Promise<void> {
  loading ??= loadVirtualizer().then(
    (module) => {
      loaded = module.virtualize;
    },
    (error: unknown) => {
      console.warn(`<${tag}> could not load its virtualizer; long lists render in full.`, error);
    },
  );
  return loading;
}
