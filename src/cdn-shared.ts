/**
 * What the script tag's loader hands the modules beside it: its own `SpApiError` module, so
 * that `window.SpFinanceWidgets.SpApiError` is the class every error the elements and data
 * sources raise is an instance of, from the script's first run (before any module has loaded).
 *
 * The slot is keyed by the folder the modules come from: a module knows only its own address,
 * and two copies of the script in different folders are two module graphs, each with its own
 * loader. Two copies from one folder share one graph, so the first copy's module stays.
 */
import type * as Errors from './api/errors.js';

export type ErrorsModule = typeof Errors;

const slot = (folder: string) => Symbol.for(`sp-finance-widgets.errors ${folder}`);

/** The loader: puts its errors module in the folder's slot, or returns the one already there. */
export function shareErrors(folder: string, errors: ErrorsModule): ErrorsModule {
  const global = globalThis as unknown as Record<symbol, ErrorsModule | undefined>;
  return (global[slot(folder)] ??= errors);
}

/** A module beside the script: the errors module its loader shared for `folder`. */
export function sharedErrors(folder: string): ErrorsModule {
  const errors = (globalThis as unknown as Record<symbol, ErrorsModule | undefined>)[slot(folder)];
  if (!errors) {
    throw new Error(
      `sp-finance-widgets: the modules in ${folder} load only through sp-finance-widgets.js`,
    );
  }
  return errors;
}
