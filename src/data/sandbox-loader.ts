/**
 * Where the lazy `SandboxDataSource` gets the real sandbox from. Here it is a dynamic import (a
 * chunk of its own in a bundler's build); the script-tag bundle swaps this module for one that
 * imports `sp-finance-widgets.sandbox.js` from beside the script (see vite.cdn.config.ts).
 */
export const loadSandbox = () => import('./sandbox/index.js');
