/**
 * The types of `sp-finance-widgets/cdn` (the script-tag bundle, `dist/cdn/sp-finance-widgets.js`).
 * It is a classic script with no exports: importing it (`import 'sp-finance-widgets/cdn'`)
 * defines the elements and sets `window.SpFinanceWidgets`, which this types.
 */
import type * as SpFinanceWidgetsApi from './cdn.js';

declare global {
  interface Window {
    /** What the script tag exposes: data sources, `defineElement`, the classes, `version`. */
    SpFinanceWidgets: typeof SpFinanceWidgetsApi;
  }
}

export {};
