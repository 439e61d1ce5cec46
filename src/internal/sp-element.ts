import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import { SpApiError, toErrorDetail } from '../api/errors.js';
import type { FinanceDataSource } from '../data/data-source.js';
import { clientFor } from '../data/registry.js';
import {
  catalogState,
  ensureCatalog,
  onStringsChange,
  stringsKey,
  wordsFor,
  type Strings,
  type Words,
} from '../l10n/runtime.js';
import { resolveTimeZone, type DateContext } from '../l10n/dates.js';
import { resolveDirection, resolveLocale } from './locale.js';
import { baseStyles } from './styles.js';
import { defineCopyButton } from './copy-button.js';
import {
  emptyTemplate,
  errorTemplate,
  pagingNoticeTemplate,
  skeletonTemplate,
} from './templates.js';
import { Pager, type FetchPage, type PagerOptions } from '../data/paging.js';
import '../events/sp-load.js';
import '../events/sp-error.js';

/** What a load gets: where to fetch from, an abort signal, and whether to skip caches. */
export interface LoadContext {
  source: FinanceDataSource;
  signal: AbortSignal;
  fresh: boolean;
  /**
   * The pager for this load, under the one paging policy (src/data/paging.ts). When a cap
   * paused the last load and the seller asked to continue, it is that pager, resumed: its
   * items so far are kept and paging goes on from its pending token.
   */
  pages<T>(fetchPage: FetchPage<T>, options?: PagerOptions<T>): Pager<T>;
}

/**
 * The base of the four elements: resolves the data source (`dataSource` wins over `base-url`),
 * the locale and direction, runs the load as a @lit/task (a newer query aborts the older one,
 * whose answer is dropped), and renders the distinct loading, empty, error and loaded states.
 *
 * Subclasses say what their query is (`query()`), how to load it (`load()`), and how to render
 * the result (`renderData()`).
 *
 * Words: each update resolves the element's `words` once (its locale and own `strings`); its
 * templates, the pure view modules they call and its async paths all take them from there, so
 * two elements on one page speak two languages. While that language's translations load, the
 * loading state is shown; if they fail, English.
 *
 * @fires sp-load - The element shows data; `detail` is the data shown.
 * @fires sp-error - The element shows an error; `detail` is `{status, code, message, requestId}`.
 * @cssprop --sp-font-family - Font stack.
 * @cssprop --sp-font-size - Base font size (default 14px).
 * @cssprop --sp-color-text - Text colour.
 * @cssprop --sp-color-muted - Secondary text colour.
 * @cssprop --sp-color-surface - Background.
 * @cssprop --sp-color-border - Borders and dividers.
 * @cssprop --sp-color-accent - Links, focus rings, highlights.
 * @cssprop --sp-color-positive - Money in, success.
 * @cssprop --sp-color-negative - Money out, failures.
 * @cssprop --sp-color-warning - Warnings (at-risk payouts).
 * @cssprop --sp-color-subtle - Subtle fills (buttons, rows).
 * @cssprop --sp-skeleton-color - Loading skeleton.
 * @cssprop --sp-radius - Corner radius.
 * @cssprop --sp-padding - Padding inside the element's border.
 * @csspart skeleton - The loading skeleton.
 * @csspart empty - The empty state.
 * @csspart error - The error state.
 * @csspart retry-button - The Retry button of the error state.
 */
export abstract class SpElement<TQuery extends object, TData> extends LitElement {
  static override styles = [baseStyles];

  /** Root URL of the host's backend proxy. Elements with the same base URL share one client. */
  @property({ attribute: 'base-url', reflect: true }) baseUrl: string | undefined;

  /** Any object implementing `FinanceDataSource`. Wins over `base-url`. */
  @property({ attribute: false }) dataSource: FinanceDataSource | undefined;

  /** BCP 47 locale for words, numbers and dates. Defaults to the nearest `lang`, then the browser's. */
  @property({ reflect: true }) locale: string | undefined;

  /** The host's own words, by message id (README, "Languages"); they win over translations. */
  @property({ attribute: false }) strings: Strings | undefined;

  /** `light`, `dark`, or absent to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /**
   * The IANA time zone instants show in (`UTC`, `Europe/Berlin`). Default: the marketplace's
   * own, as Seller Central shows it, or UTC when the element's marketplaces are unknown or in
   * several zones; `local` for the viewer's own. An unknown zone name is ignored. Calendar
   * dates never move.
   */
  @property({ attribute: 'time-zone', reflect: true }) timeZone: string | undefined;

  /** Bumped when a `lang` or `dir` above the element changes, to re-render in its terms. */
  @state() private contextVersion = 0;
  /** The locale resolved for the update in progress, if any. */
  private updateLocale: string | undefined;

  /** Bumped when translations load or a host registers words, to re-render in them. */
  @state() private stringsVersion = 0;

  private stopWatchingStrings: (() => void) | undefined;
  /** The words the last render used, to refresh the copy buttons when they change. */
  private renderedTextKey: string | undefined;

  private fresh = false;
  private lifecycle = new AbortController();
  private langObserver: MutationObserver | undefined;

  /** The query the current attributes ask for. */
  protected abstract query(): TQuery;

  /** Loads (all pages of) the data for `query`. */
  protected abstract load(query: TQuery, context: LoadContext): Promise<TData>;

  /**
   * What else changes what `load` fetches, beyond the API query (e.g. a switch that adds a
   * second request): a change reloads, as a query change does. Compared by value.
   */
  protected loadOptions(): readonly unknown[] {
    return [];
  }

  /** Renders loaded, non-empty data. */
  protected abstract renderData(data: TData): TemplateResult;

  /** Whether loaded data has nothing to show. */
  protected abstract isEmpty(data: TData): boolean;

  /** The empty state; say what was asked for. */
  protected renderEmpty(_data: TData): TemplateResult {
    return emptyTemplate(
      this.words.msg('Nothing to show', { id: 'empty.title' }),
      this.words.msg('There is no data for these filters.', { id: 'empty.hint' }),
    );
  }

  /** The loading skeleton. */
  protected renderLoading(): TemplateResult {
    return skeletonTemplate(4, undefined, this.words);
  }

  /**
   * This element's words (its locale and own `strings`), resolved once at the start of each
   * update. Templates, view functions and async paths (idle callbacks, paging, announcements)
   * read them here and pass them on; nothing reads a module-wide locale.
   */
  protected words: Words = wordsFor('en');

  /** The locale in force. */
  get resolvedLocale(): string {
    void this.contextVersion;
    return this.updateLocale ?? resolveLocale(this, this.locale);
  }

  /**
   * How this element shows dates: its locale, words and zone (`time-zone`, else the zone of
   * `marketplaceIds` when they share one, else UTC), with `now` for relative phrases.
   */
  protected dateContext(
    marketplaceIds: readonly (string | undefined)[] = [],
    now?: Date,
  ): DateContext {
    return {
      locale: this.resolvedLocale,
      words: this.words,
      timeZone: resolveTimeZone(this.timeZone, marketplaceIds),
      now,
    };
  }

  /** The writing direction in force. */
  get resolvedDirection(): 'ltr' | 'rtl' {
    void this.contextVersion;
    return resolveDirection(this, this.resolvedLocale);
  }

  /**
   * Changes whenever the words this element shows may change (its locale, translations loading,
   * host words): a key for caches and `guard()`s of rendered text.
   */
  protected get textKey(): string {
    return `${this.resolvedLocale}#${this.timeZone ?? ''}#${this.stringsVersion}#${stringsKey(this.strings)}`;
  }

  /** The whole update (willUpdate, render, updated) reads words in the element's locale. */
  protected override performUpdate(): void {
    const locale = resolveLocale(this, this.locale);
    void ensureCatalog(locale);
    // Resolved once per update: a render may format thousands of amounts.
    this.updateLocale = locale;
    this.words = wordsFor(locale, this.strings);
    try {
      super.performUpdate();
    } finally {
      this.updateLocale = undefined;
    }
    // Copy buttons hold our words object, which stays the same when translations arrive later;
    // tell them when the text may have changed.
    const key = this.textKey;
    if (this.renderedTextKey !== undefined && key !== this.renderedTextKey) {
      for (const button of this.renderRoot.querySelectorAll('sp-copy-button')) {
        button.requestUpdate();
      }
    }
    this.renderedTextKey = key;
  }

  /**
   * Where the data comes from: `dataSource`, else the shared client for `base-url`. A
   * `base-url` that is no URL (`http://[`) is an error naming the attribute, not an exception
   * thrown while the task reads its arguments (which would leave the element loading).
   */
  protected get source(): FinanceDataSource | SpApiError | undefined {
    if (this.dataSource) return this.dataSource;
    if (this.baseUrl == null || this.baseUrl === '') return undefined;
    try {
      return clientFor(this.baseUrl);
    } catch (cause) {
      return new SpApiError({
        kind: 'data',
        code: 'InvalidBaseUrl',
        message: `base-url "${this.baseUrl.slice(0, 200)}" is not a valid URL.`,
        cause,
      });
    }
  }

  protected readonly task = new Task(this, {
    // The query is compared by value (the same filters twice are one load), not by identity.
    args: () => [this.source, definedOnly(this.query()), this.loadOptions()] as const,
    argsEqual: deepArrayEquals,
    task: async ([source, query], { signal }) => {
      if (source instanceof SpApiError) throw source;
      if (!source) {
        throw new SpApiError({ kind: 'data', message: 'Set base-url or dataSource to load data.' });
      }
      const fresh = this.fresh;
      this.fresh = false;
      const combined = AbortSignal.any([signal, this.lifecycle.signal]);
      const resumed = this.resuming;
      this.resuming = undefined;
      this.pausedPager = undefined;
      const pages = <T>(fetchPage: FetchPage<T>, options?: PagerOptions<T>): Pager<T> => {
        // The same element, query and fetch shape as the load that made it.
        const pager = (resumed as Pager<T> | undefined) ?? new Pager(fetchPage, options);
        pager.resume();
        this.lastPager = pager;
        return pager;
      };
      const data = await this.load(query, { source, signal: combined, fresh, pages });
      if (this.lastPager?.capped) this.pausedPager = this.lastPager;
      return data;
    },
    onComplete: (data) => this.emit('sp-load', data),
    onError: (error) => {
      if (isAbort(error)) return;
      this.emit('sp-error', toErrorDetail(error));
    },
  });

  /** The pager of the load in progress or last done. */
  private lastPager: PausablePager | undefined;
  /** The last load's pager when a cap paused it: the notice offers to continue. */
  @state() private pausedPager: PausablePager | undefined;
  /** The pager the next load continues, after "Continue loading". */
  private resuming: PausablePager | undefined;

  /** Continues a load a paging cap paused, keeping what it has loaded. */
  protected continuePaging(): Promise<void> {
    this.resuming = this.pausedPager;
    return this.task.run();
  }

  /**
   * Whether this element shows money an on-demand payout moves (balances, payouts, expected
   * payouts): then it loads again, skipping caches, when any element on the page fires
   * `sp-payout-request`.
   */
  protected readonly refreshesOnPayout: boolean = false;

  private readonly onPayoutRequest = (event: Event) => {
    // The element that made the payout refreshes itself as it reports it.
    if (event.composedPath()[0] !== this) void this.retry();
  };

  /** Loads again, skipping any response cache. */
  retry(): Promise<void> {
    this.fresh = true;
    return this.task.run();
  }

  /**
   * Work still running that `updateComplete` should wait for, beyond the load and the words:
   * "Load more", a virtualizer on its way, a zoom. Empty when the element has settled.
   */
  protected pendingWork(): (Promise<unknown> | undefined)[] {
    return [];
  }

  /**
   * Resolves when the element has settled: the load, the words, and any `pendingWork`, each
   * awaited as the promise it is. Settling may start more work (a retry, a page, a re-render),
   * so it repeats until nothing is pending, at most a bounded number of rounds.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    for (let round = 0; round < 20; round++) {
      const words = ensureCatalog(this.resolvedLocale);
      const load = this.task.status === TaskStatus.PENDING ? this.task.taskComplete : undefined;
      const pending = [words, load, ...this.pendingWork()].filter((work) => work !== undefined);
      if (pending.length === 0) break;
      // The error state is rendered for a failed load; awaiting must not throw.
      await Promise.allSettled(pending);
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    defineCopyButton();
    this.stopWatchingStrings ??= onStringsChange(() => this.stringsVersion++);
    if (this.lifecycle.signal.aborted) {
      this.lifecycle = new AbortController();
      if (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.ERROR) {
        void this.task.run();
      }
    }
    this.observeContext();
    if (this.refreshesOnPayout) {
      this.ownerDocument?.addEventListener('sp-payout-request', this.onPayoutRequest);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lifecycle.abort();
    this.ownerDocument?.removeEventListener('sp-payout-request', this.onPayoutRequest);
    this.langObserver?.disconnect();
    this.stopWatchingStrings?.();
    this.stopWatchingStrings = undefined;
  }

  /** Re-render when `lang` or `dir` changes on any ancestor (only attribute flips, cheap). */
  private observeContext() {
    this.langObserver?.disconnect();
    const root = this.ownerDocument?.documentElement;
    if (!root || typeof MutationObserver === 'undefined') return;
    this.langObserver = new MutationObserver((records) => {
      if (records.some((r) => r.target === this || (r.target as Node).contains?.(this))) {
        this.contextVersion++;
      }
    });
    this.langObserver.observe(root, {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
      subtree: true,
    });
  }

  /**
   * Fires one of the library's events (bubbling, composed), typed by the global event map: a
   * misspelt name or a wrong detail is a compile error, not an event nobody hears.
   */
  protected emit<K extends SpEventName>(type: K, detail: SpEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override render() {
    // Words on their way: the loading state, rather than a flash of English.
    const wordsLoading = catalogState(this.resolvedLocale) === 'loading';
    const content = wordsLoading
      ? this.renderLoading()
      : this.task.render({
          initial: () => this.renderLoading(),
          pending: () => {
            const previous = this.task.value;
            return previous !== undefined && !this.isEmpty(previous)
              ? html`<div class="refreshing" aria-busy="true">${this.renderData(previous)}</div>`
              : this.renderLoading();
          },
          complete: (data) =>
            html`${
              this.pausedPager
                ? pagingNoticeTemplate(this.pausedPager.pagesFetched, this.words, () => {
                    void this.continuePaging();
                  })
                : nothing
            }${this.isEmpty(data) ? this.renderEmpty(data) : this.renderData(data)}`,
          error: (error) =>
            isAbort(error)
              ? this.renderLoading()
              : errorTemplate(error, () => void this.retry(), this.words),
        });
    return html`<div
      class="root"
      part="base"
      dir=${this.resolvedDirection}
      lang=${this.resolvedLocale}
    >
      ${content ?? nothing}
    </div>`;
  }
}

/** What the base needs of a pager, whatever its items. */
type PausablePager = Pick<Pager<unknown>, 'capped' | 'pagesFetched' | 'resume'>;

/** The library's events: the `sp-` names in the global event map. */
type SpEventName = Extract<keyof GlobalEventHandlersEventMap, `sp-${string}`>;
/** The `detail` an event of that name carries. */
type SpEventDetail<K extends SpEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

function isAbort(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof SpApiError && error.kind === 'aborted')
  );
}

/** The query without its absent parameters, as a data source (or a host's) should see it. */
function definedOnly<T extends object>(query: T): T {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined)) as T;
}
