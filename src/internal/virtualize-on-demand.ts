/**
 * `@lit-labs/virtualizer`'s `virtualize` directive for any list, loaded on demand: only lists
 * longer than their `virtualize-threshold` need it, so it loads once per page, on first need,
 * through the payout list's loader (which the script-tag build swaps for the file beside the
 * script). Until it has loaded, or if it cannot load, a list renders every row plainly.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
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

/**
 * A list element's rows (`<ul part="list">`), virtualised once it holds more than `threshold`
 * rows and the virtualizer has loaded. A list that grows past the threshold before then (the
 * host lowered it, or "Load more" added rows) renders plainly, loads the virtualizer and renders
 * again with it.
 */
export class VirtualRows<T> {
  /** The virtualizer's load, while a render waits for it. */
  private waiting: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tag: string,
    private readonly threshold: () => number,
  ) {}

  /** Work `updateComplete` waits for: the virtualizer a render asked for. */
  get pending(): Promise<void> | undefined {
    return this.waiting;
  }

  /** Awaited before `count` rows first show, so a long list never shows as thousands of rows. */
  ready(count: number): Promise<void> | undefined {
    return count > this.threshold() ? loadVirtualize(this.tag) : undefined;
  }

  render(
    rows: readonly T[],
    label: string,
    key: (row: T) => string,
    renderItem: (row: T, index: number) => TemplateResult,
  ): TemplateResult {
    const long = rows.length > this.threshold();
    const virtualize = virtualizeIfLoaded();
    if (long && !virtualize) this.wait();
    if (long && virtualize) {
      return html`<ul class="rows virtual" part="list" aria-label=${label}>
        ${virtualize({ items: [...rows], keyFunction: key, renderItem })}
      </ul>`;
    }
    return html`<ul class="rows" part="list" aria-label=${label}>
      ${repeat(rows, key, renderItem)}
    </ul>`;
  }

  private wait() {
    if (this.waiting) return;
    const pending = loadVirtualize(this.tag).then(() => {
      if (this.waiting === pending) this.waiting = undefined;
      // Without it (it could not load) the plain list stays; there is nothing to wait for.
      if (virtualizeIfLoaded()) this.host.requestUpdate();
    });
    this.waiting = pending;
  }
}
