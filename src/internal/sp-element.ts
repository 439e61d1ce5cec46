import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { SpApiError, toErrorDetail } from '../api/errors.js';
import type { FinanceDataSource } from '../data/data-source.js';
import { clientFor } from '../data/registry.js';
import { resolveDirection, resolveLocale } from './locale.js';
import { baseStyles } from './styles.js';
import { defineCopyButton } from './copy-button.js';
import { emptyTemplate, errorTemplate, skeletonTemplate } from './templates.js';
import '../events/sp-load.js';
import '../events/sp-error.js';

/** What a load gets: where to fetch from, an abort signal, and whether to skip caches. */
export interface LoadContext {
  source: FinanceDataSource;
  signal: AbortSignal;
  fresh: boolean;
}

/**
 * The base of the four elements: resolves the data source (`dataSource` wins over `base-url`),
 * the locale and direction, runs the load as a @lit/task (a newer query aborts the older one,
 * whose answer is dropped), and renders the distinct loading, empty, error and loaded states.
 *
 * Subclasses say what their query is (`query()`), how to load it (`load()`), and how to render
 * the result (`renderData()`).
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

  /** BCP 47 locale for numbers, dates and words. Defaults to the nearest `lang`, then the browser's. */
  @property({ reflect: true }) locale: string | undefined;

  /** `light`, `dark`, or absent to follow the page's colour scheme. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Bumped when a `lang` or `dir` above the element changes, to re-render in its terms. */
  @state() private contextVersion = 0;

  private fresh = false;
  private lifecycle = new AbortController();
  private langObserver: MutationObserver | undefined;

  /** The query the current attributes ask for. */
  protected abstract query(): TQuery;

  /** Loads (all pages of) the data for `query`. */
  protected abstract load(query: TQuery, context: LoadContext): Promise<TData>;

  /** Renders loaded, non-empty data. */
  protected abstract renderData(data: TData): TemplateResult;

  /** Whether loaded data has nothing to show. */
  protected abstract isEmpty(data: TData): boolean;

  /** The empty state; say what was asked for. */
  protected renderEmpty(_data: TData): TemplateResult {
    return emptyTemplate('Nothing to show', 'There is no data for these filters.');
  }

  /** The loading skeleton. */
  protected renderLoading(): TemplateResult {
    return skeletonTemplate();
  }

  /** The locale in force. */
  get resolvedLocale(): string {
    void this.contextVersion;
    return resolveLocale(this, this.locale);
  }

  /** The writing direction in force. */
  get resolvedDirection(): 'ltr' | 'rtl' {
    void this.contextVersion;
    return resolveDirection(this, this.resolvedLocale);
  }

  protected get source(): FinanceDataSource | undefined {
    if (this.dataSource) return this.dataSource;
    if (this.baseUrl != null && this.baseUrl !== '') return clientFor(this.baseUrl);
    return undefined;
  }

  protected readonly task = new Task(this, {
    args: () => [this.source, JSON.stringify(this.query())] as const,
    task: async ([source, queryKey], { signal }) => {
      if (!source) {
        throw new SpApiError({ kind: 'data', message: 'Set base-url or dataSource to load data.' });
      }
      const fresh = this.fresh;
      this.fresh = false;
      const combined = AbortSignal.any([signal, this.lifecycle.signal]);
      return this.load(JSON.parse(queryKey) as TQuery, { source, signal: combined, fresh });
    },
    onComplete: (data) => this.emit('sp-load', data),
    onError: (error) => {
      if (isAbort(error)) return;
      this.emit('sp-error', toErrorDetail(error));
    },
  });

  /** Loads again, skipping any response cache. */
  retry(): Promise<void> {
    this.fresh = true;
    return this.task.run();
  }

  /** Resolves when the current load has settled (for tests and hosts that await data). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // A load started by this update may start another (retry, paging): settle them all.
    for (let i = 0; i < 20 && this.task.status === TaskStatus.PENDING; i++) {
      try {
        await this.task.taskComplete;
      } catch {
        // The error state is rendered; awaiting must not throw.
      }
      done = (await super.getUpdateComplete()) && done;
    }
    return done;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    defineCopyButton();
    if (this.lifecycle.signal.aborted) {
      this.lifecycle = new AbortController();
      if (this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.ERROR) {
        void this.task.run();
      }
    }
    this.observeContext();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lifecycle.abort();
    this.langObserver?.disconnect();
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

  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const content = this.task.render({
      initial: () => this.renderLoading(),
      pending: () => {
        const previous = this.task.value;
        return previous !== undefined && !this.isEmpty(previous)
          ? html`<div class="refreshing" aria-busy="true">${this.renderData(previous)}</div>`
          : this.renderLoading();
      },
      complete: (data) => (this.isEmpty(data) ? this.renderEmpty(data) : this.renderData(data)),
      error: (error) =>
        isAbort(error) ? this.renderLoading() : errorTemplate(error, () => void this.retry()),
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

function isAbort(error: unknown): boolean {
  return (
    (error instanceof DOMException && error.name === 'AbortError') ||
    (error instanceof SpApiError && error.kind === 'aborted')
  );
}
