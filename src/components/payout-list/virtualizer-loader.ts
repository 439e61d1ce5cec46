/**
 * Where the payout list gets `@lit-labs/virtualizer` from, which only lists longer than
 * `virtualize-threshold` need: a dynamic import (a chunk of its own in a bundler's build). The
 * script-tag bundle swaps this module for one that imports `sp-finance-widgets.virtualizer.js`
 * from beside the script (see vite.cdn.config.ts).
 */
export const loadVirtualizer = () => import('@lit-labs/virtualizer/virtualize.js');
