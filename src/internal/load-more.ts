import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Pager } from '../data/paging.js';
import type { Words } from '../l10n/runtime.js';
import { canRetry, errorFactsTemplate, errorHeadline, pagingNoticeTemplate } from './templates.js';

/** What a list says around "Load more", in its own words (its rows are payouts, transactions…). */
export interface LoadMoreWords {
  /** The button's label while a page is on its way ("Loading more payouts…"). */
  loading(words: Words): string;
  /** The headline of a failed "Load more" ("Could not load more payouts."). */
  failed(words: Words): string;
  /** Announced after a page came: how many rows it added. */
  loaded(added: number, words: Words): string;
  /** Shown when paging stopped at its page cap, and what to do. */
  stopped(pagesFetched: number, words: Words): string;
}

export interface LoadMoreOptions<T> {
  /** The first load's data now shown, if the load completed. */
  current(): T[] | undefined;
  /**
   * A new page's rows in the order they show (e.g. newest first). They go below the rows
   * already shown, which keep their places: a later page never pushes rows above the ones a
   * seller is reading.
   */
  order(added: readonly T[]): T[];
  /** Awaited before new rows show (e.g. a virtualizer that long lists need). */
  beforeShow?(rows: readonly T[]): Promise<void> | undefined;
  /** After new rows show: fire the element's event. */
  onLoaded(rows: T[], added: T[]): void;
  /** A page failed: fire the element's `sp-error`, as a failed first load does. */
  onError(error: unknown): void;
  /** Whether "Load more" also loads when it scrolls into view (`load-on-scroll`). */
  onScroll(): boolean;
  /** Where focus goes when the control a keyboard user pressed is gone: the first row added. */
  focusTarget(firstAdded: T): HTMLElement | null;
  /** The words the element speaks now (its `words`, resolved per update). */
  words(): Words;
  /** What this list says around "Load more". */
  text: LoadMoreWords;
}

/**
 * "Load more" and "load on scroll" on top of the element's load: the load hands over its pager
 * (`track`), and further pages go on from it, under the same paging policy, with one abort
 * path. A newer load cancels a "Load more" in flight (`cancel`, called as the load starts), and
 * a page that arrives for an older load is dropped. Keyboard users keep their place, and screen
 * readers hear how many rows came.
 */
export class LoadMore<T> implements ReactiveController {
  /** The pager of each first load, so "Load more" continues the same query's paging. */
  private readonly pagers = new WeakMap<T[], Pager<T>>();
  /** Rows added by "Load more" on top of a first load (`base`). */
  private more: { base: T[]; rows: T[] } | undefined;
  private abort: AbortController | undefined;
  private running: Promise<void> | undefined;
  private loading = false;
  private error: unknown;
  private announcement = '';
  private focusAfterLoad: { from: Element; firstAdded: T | undefined } | undefined;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: LoadMoreOptions<T>,
  ) {
    host.addController(this);
  }

  /** The pager behind a first load's `data`, for "Load more" to continue. */
  track(data: T[], pager: Pager<T>): void {
    this.pagers.set(data, pager);
  }

  /** The pager behind a first load's `data`. */
  pagerFor(data: T[]): Pager<T> | undefined {
    return this.pagers.get(data);
  }

  /** The rows shown for a first load: it plus whatever "Load more" added. */
  rowsFor(data: T[]): T[] {
    return this.more?.base === data ? this.more.rows : data;
  }

  /** The "Load more" in flight, for `updateComplete` to wait for. */
  get pending(): Promise<void> | undefined {
    return this.running;
  }

  /** Loads the next non-empty page of the shown load's query and adds its rows. */
  load(): Promise<void> {
    if (this.running) return this.running;
    const base = this.options.current();
    const pager = base && this.pagers.get(base);
    if (!base || !pager?.hasMore) return Promise.resolve();
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    this.error = undefined;
    this.host.requestUpdate();
    const focused = this.host.shadowRoot?.activeElement;
    const from = focused?.matches('.load-more, .retry-more') ? focused : undefined;
    const stale = () => abort.signal.aborted || this.options.current() !== base;
    const run = async () => {
      try {
        const added = await pager.next(abort.signal);
        if (stale()) return;
        const rows = [...this.rowsFor(base), ...this.options.order(added)];
        await this.options.beforeShow?.(rows);
        if (stale()) return;
        this.more = { base, rows };
        if (from) this.focusAfterLoad = { from, firstAdded: added[0] };
        this.announcement = this.options.text.loaded(added.length, this.options.words());
        this.options.onLoaded(rows, added);
      } catch (error) {
        if (!abort.signal.aborted) {
          this.error = error;
          this.options.onError(error);
        }
      } finally {
        if (this.abort === abort) this.settle();
      }
    };
    this.running = run();
    return this.running;
  }

  /** Stops a "Load more" in flight: a newer load is starting, or the element left the page. */
  cancel(): void {
    this.abort?.abort();
    this.error = undefined;
    this.settle();
  }

  private settle() {
    this.abort = undefined;
    this.running = undefined;
    this.loading = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    this.observeButton();
    this.restoreFocus();
  }

  hostDisconnected(): void {
    this.cancel();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** The controls under the rows: the paging notice, "Load more", its error, the page cap. */
  render(data: T[]): TemplateResult {
    const pager = this.pagers.get(data);
    const words = this.options.words();
    const { text } = this.options;
    const error = this.error;
    const headline = error === undefined ? undefined : errorHeadline(error, words);
    return html`<div class="more">
      ${
        pager?.capped && error === undefined && !this.loading
          ? pagingNoticeTemplate(pager.pagesFetched, words, () => {
              pager.resume();
              void this.load();
            })
          : nothing
      }
      ${
        pager?.hasMore && error === undefined
          ? html`<button
              class="sp-button load-more"
              part="load-more-button"
              type="button"
              aria-disabled=${this.loading ? 'true' : 'false'}
              @click=${() => void this.load()}
            >
              ${this.loading ? text.loading(words) : words.msg('Load more', { id: 'payouts.load-more' })}
            </button>`
          : nothing
      }
      ${
        headline
          ? html`<div class="load-more-error" part="load-more-error" role="alert">
              <p>
                <strong>${text.failed(words)}</strong>
                ${headline.title}. ${headline.hint}
              </p>
              ${errorFactsTemplate(error, words)}
              ${
                canRetry(error)
                  ? html`<button
                      class="sp-button retry-more"
                      type="button"
                      @click=${() => void this.load()}
                    >
                      ${words.msg('Retry', { id: 'common.retry' })}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      ${
        pager?.stopReason === 'page-cap'
          ? html`<p class="muted page-cap">${text.stopped(pager.pagesFetched, words)}</p>`
          : nothing
      }
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  /**
   * Keyboard users keep their place: when the button they pressed is gone (the last page came,
   * or Retry was replaced), focus moves to the first row loaded, else to "Load more".
   */
  private restoreFocus() {
    const target = this.focusAfterLoad;
    if (!target || this.loading) return;
    this.focusAfterLoad = undefined;
    if (target.from.isConnected) return;
    const first =
      target.firstAdded === undefined ? null : this.options.focusTarget(target.firstAdded);
    (first ?? this.host.renderRoot.querySelector<HTMLElement>('.load-more'))?.focus();
  }

  private observeButton() {
    const button = this.options.onScroll()
      ? this.host.renderRoot.querySelector<HTMLElement>('.load-more')
      : null;
    if (!button || typeof IntersectionObserver === 'undefined') {
      this.observer?.disconnect();
      this.observer = undefined;
      return;
    }
    this.observer ??= new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && this.error === undefined) {
        void this.load();
      }
    });
    this.observer.disconnect();
    this.observer.observe(button);
  }
}
