/**
 * The script tag's autoloader: each element's code is a module beside the script
 * (`sp-balance-card.js`, …, sharing Lit and the rest in common chunks), imported the first time
 * its tag appears in the document, as Shoelace's autoloader does. A MutationObserver sees tags
 * the parser or the host adds to the document; it cannot see into a host's own shadow roots,
 * so `define()` names tags to load at once (and `data-define="all"` on the script tag loads
 * every element as soon as the script runs).
 *
 * An element is always defined on the node the page already holds (the browser upgrades it),
 * so properties a host set before its code arrived (`card.dataSource = …`) are kept: Lit moves
 * them onto its own accessors as it upgrades.
 */
import { defineElement } from './internal/define.js';
import { urlBesideTheScript } from './internal/script-base-url.js';
import type { SpBalanceCard } from './components/balance-card/balance-card.component.js';
import type { SpSummarySunburst } from './components/summary-sunburst/summary-sunburst.component.js';
import type { SpPayoutList } from './components/payout-list/payout-list.component.js';
import type { SpExpectedPayout } from './components/expected-payout/expected-payout.component.js';
import type { SpTransactionList } from './components/transaction-list/transaction-list.component.js';

/** The class each element's module exports, by tag (the module is `<tag>.js`). */
export const ELEMENT_CLASSES = {
  'sp-balance-card': 'SpBalanceCard',
  'sp-summary-sunburst': 'SpSummarySunburst',
  'sp-payout-list': 'SpPayoutList',
  'sp-expected-payout': 'SpExpectedPayout',
  'sp-transaction-list': 'SpTransactionList',
} as const;

export type ElementTag = keyof typeof ELEMENT_CLASSES;

interface ElementClasses {
  'sp-balance-card': typeof SpBalanceCard;
  'sp-summary-sunburst': typeof SpSummarySunburst;
  'sp-payout-list': typeof SpPayoutList;
  'sp-expected-payout': typeof SpExpectedPayout;
  'sp-transaction-list': typeof SpTransactionList;
}

const TAGS = Object.keys(ELEMENT_CLASSES) as ElementTag[];
const isElementTag = (tag: string): tag is ElementTag => Object.hasOwn(ELEMENT_CLASSES, tag);

const loads = new Map<ElementTag, Promise<CustomElementConstructor>>();
/** Called with each class as it arrives (window.SpFinanceWidgets exposes them). */
let onLoaded: (tag: ElementTag, ctor: CustomElementConstructor) => void = () => {};

export function whenLoaded(listener: typeof onLoaded): void {
  onLoaded = listener;
}

/** Each element's module and the chunks it imports (the build writes it; modules.json too). */
declare const __SP_ELEMENT_FILES__: Record<ElementTag, readonly string[]>;

/**
 * Asks for every chunk an element's module imports at once, with the module: otherwise the
 * browser finds them one level at a time, a round trip each.
 */
function preloadChunksOf(tag: ElementTag) {
  const head = document.head;
  if (!head) return;
  for (const file of __SP_ELEMENT_FILES__[tag].slice(1)) {
    const href = urlBesideTheScript(file);
    if (head.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    head.append(link);
  }
}

/**
 * An element's class, imported from beside the script once (a failed import is tried again
 * next time), without defining it: a host whose page already uses the tag can register the
 * class under another name with `defineElement`.
 */
export function load<T extends ElementTag>(tag: T): Promise<ElementClasses[T]> {
  if (!isElementTag(tag)) {
    return Promise.reject(
      new TypeError(
        `sp-finance-widgets: no element <${String(tag)}>; there are ${TAGS.join(', ')}`,
      ),
    );
  }
  let loading = loads.get(tag);
  if (!loading) {
    // Located on first use, so a script with no folder still runs; the load fails instead.
    loading = Promise.resolve(`${tag}.js`)
      .then(urlBesideTheScript)
      .then((url) => {
        preloadChunksOf(tag);
        return import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>;
      })
      .then(
        (module) => {
          const ctor = module[ELEMENT_CLASSES[tag]] as CustomElementConstructor;
          onLoaded(tag, ctor);
          return ctor;
        },
        (error: unknown) => {
          loads.delete(tag);
          throw error;
        },
      );
    loads.set(tag, loading);
  }
  return loading as Promise<ElementClasses[T]>;
}

/** What must happen before any element is defined (a host's words reaching the elements). */
const before: Promise<unknown>[] = [];

/** Holds every definition until `step` has settled (failed or not). */
export function defineAfter(step: Promise<unknown>): void {
  before.push(step.catch(() => undefined));
}

/**
 * Loads and defines the named elements (all five without names), resolving once they are
 * defined. For tags the observer cannot see: those in a host's own shadow roots. A tag another
 * script already defined is kept as it is, with a console warning (see `defineElement`).
 */
export function define(...tags: ElementTag[]): Promise<void> {
  const named = tags.length > 0 ? tags : TAGS;
  return Promise.all(
    named.map((tag) =>
      Promise.all([load(tag), ...before]).then(([ctor]) => {
        defineElement(tag, ctor);
        if (TAGS.every((each) => customElements.get(each))) observer?.disconnect();
      }),
    ),
  ).then(() => undefined);
}

/** Defines the tags found in `root` (itself included) that nothing has defined yet. */
function defineFoundIn(root: ParentNode) {
  const found = new Set<ElementTag>();
  if (root instanceof Element && isElementTag(root.localName)) found.add(root.localName);
  root.querySelectorAll(TAGS.join(',')).forEach((el) => found.add(el.localName as ElementTag));
  for (const tag of found) {
    if (customElements.get(tag) || autoloading.has(tag)) continue;
    autoloading.add(tag);
    define(tag)
      .catch((error: unknown) => {
        console.error(`sp-finance-widgets: could not load <${tag}>:`, error);
      })
      .finally(() => autoloading.delete(tag));
  }
}

/** Tags the observer is loading, so a second one found meanwhile adds no second report. */
const autoloading = new Set<ElementTag>();

let observer: MutationObserver | undefined;

/**
 * Starts watching the document (and defines what it already holds), or, for `data-define="all"`
 * or a list of tags (`data-define="sp-balance-card sp-payout-list"`), defines those at once too.
 */
export function startAutoloading(defineAtOnce: string | undefined): void {
  if (typeof document === 'undefined' || !globalThis.customElements) return;
  const named = (defineAtOnce ?? '').split(/[\s,]+/).filter(Boolean);
  if (named.length > 0) {
    const tags = named.includes('all') ? TAGS : named.filter(isElementTag);
    if (tags.length > 0)
      define(...tags).catch((error: unknown) => {
        console.error(
          'sp-finance-widgets: could not load the elements named by data-define:',
          error,
        );
      });
  }
  observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node instanceof Element) defineFoundIn(node);
      });
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  defineFoundIn(document);
}
