/**
 * The script tag (`dist/cdn/sp-finance-widgets.js`, a classic script): a small loader that
 * defines each element when its tag first appears (see cdn-autoloader.ts), importing its code
 * from beside the script, and exposes `window.SpFinanceWidgets`.
 *
 * Everything on `window.SpFinanceWidgets` is usable as soon as the script has run. The data
 * sources and `registerStrings` are stand-ins whose code loads beside the script on first use
 * (a `SandboxDataSource` on its first request, an `HttpDataSource` likewise, registered words
 * with the elements' code); `SpApiError` is the loader's own, which the modules beside it share.
 * The element classes are there once loaded: `await SpFinanceWidgets.load('sp-balance-card')`.
 */
import * as errors from './api/errors.js';
import {
  define,
  defineAfter,
  ELEMENT_CLASSES,
  load,
  startAutoloading,
  whenLoaded,
} from './cdn-autoloader.js';
import type { SpBalanceCard as BalanceCard } from './components/balance-card/balance-card.component.js';
import type { SpSummarySunburst as SummarySunburst } from './components/summary-sunburst/summary-sunburst.component.js';
import type { SpPayoutList as PayoutList } from './components/payout-list/payout-list.component.js';
import type { SpExpectedPayout as ExpectedPayout } from './components/expected-payout/expected-payout.component.js';
import type { SpTransactionList as TransactionList } from './components/transaction-list/transaction-list.component.js';
import { loadCore } from './cdn-http-data-source.js';
import { shareErrors } from './cdn-shared.js';
import { HttpDataSource } from './data/http-data-source.js';
import { clientFor, registerClient } from './data/registry.js';
import { defineElement } from './internal/define.js';
import { scriptData, urlBesideTheScript } from './internal/script-base-url.js';
import type { Strings } from './l10n/runtime.js';
import { sourceLocale, targetLocales } from './l10n/locale-codes.js';
import { VERSION } from './version.js';

const shared = (() => {
  try {
    return shareErrors(urlBesideTheScript(''), errors);
  } catch {
    // No folder: nothing loads beside the script, so there is nothing to share with.
    return errors;
  }
})();

export const SpApiError = shared.SpApiError;

export const SHIPPED_LOCALES: readonly string[] = [sourceLocale, ...targetLocales];

/**
 * A host's own words for a locale (see "Languages" in the README). Checked at once; they reach
 * the elements with the elements' code, before any element is defined.
 */
export function registerStrings(locale: string, strings: Strings): void {
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    throw new RangeError(`registerStrings: "${locale}" is not a BCP 47 language tag`);
  }
  const copy = { ...strings };
  const registered = loadCore().then((core) => core.registerStrings(locale, copy));
  registered.catch((error: unknown) => {
    console.error(`sp-finance-widgets: could not register the ${locale} words:`, error);
  });
  // So an element's first render already reads them.
  defineAfter(registered);
}

export { define, load, HttpDataSource, clientFor, registerClient, defineElement };
export { VERSION as version };

/** Loads and defines all five elements, resolving once they are defined. */
export const defineAll = (): Promise<void> => define();

// The classes, once loaded (live bindings: window.SpFinanceWidgets reads them when asked).
export let SpBalanceCard: typeof BalanceCard | undefined;
export let SpSummarySunburst: typeof SummarySunburst | undefined;
export let SpPayoutList: typeof PayoutList | undefined;
export let SpExpectedPayout: typeof ExpectedPayout | undefined;
export let SpTransactionList: typeof TransactionList | undefined;

whenLoaded((tag, ctor) => {
  const name = ELEMENT_CLASSES[tag];
  if (name === 'SpBalanceCard') SpBalanceCard = ctor as typeof BalanceCard;
  else if (name === 'SpSummarySunburst') SpSummarySunburst = ctor as typeof SummarySunburst;
  else if (name === 'SpPayoutList') SpPayoutList = ctor as typeof PayoutList;
  else if (name === 'SpExpectedPayout') SpExpectedPayout = ctor as typeof ExpectedPayout;
  else SpTransactionList = ctor as typeof TransactionList;
});

// Its code loads from sp-finance-widgets.sandbox.js, in the script's folder (its data-base-path,
// else beside its src), on the first request.
export { SandboxDataSource } from './data/sandbox-lazy.js';

startAutoloading(scriptData('define'));
