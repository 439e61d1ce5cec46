/**
 * Following `nextToken`: one paging policy for every element. The API documents empty pages,
 * so an empty page with a token is followed automatically; a token seen before ends paging, and
 * three caps pause it (a misbehaving backend must not loop us, or spend the seller's quota,
 * forever): pages per run, consecutive empty pages, and a time budget per run. A paused pager
 * says so (`capped`), the element says so in words, and `resume()` continues where it stopped.
 * Items are de-duplicated by id where they have one.
 */

export interface Page<T> {
  items: T[];
  nextToken?: string | null;
}

export type FetchPage<T> = (
  nextToken: string | undefined,
  signal?: AbortSignal,
) => Promise<Page<T>>;

export interface PagerOptions<T> {
  /** At most this many requests, in all or since the last `resume()`, before pausing (default 20). */
  maxPages?: number;
  /** At most this many empty pages in a row in one run, before pausing (default 3). */
  maxEmptyPages?: number;
  /** A run that has taken this long pauses before its next request (default 20 000 ms). */
  timeBudgetMs?: number;
  /** The clock for the time budget (tests inject one). */
  now?: () => number;
  /** An item's id, for de-duplication across pages; `undefined` keeps the item. */
  idOf?: (item: T) => string | undefined;
}

/**
 * Why paging stopped: the end, a repeated token (both final), or a cap that paused it
 * (`page-cap`, `empty-pages`, `time-budget`), after which `resume()` may continue.
 */
export type StopReason = 'end' | 'repeated-token' | 'page-cap' | 'empty-pages' | 'time-budget';

const CAPS: ReadonlySet<StopReason> = new Set(['page-cap', 'empty-pages', 'time-budget']);

export class Pager<T> {
  /** Every item loaded so far, de-duplicated, in the order received. */
  readonly items: T[] = [];
  /** Why paging stopped; `undefined` while more pages may come. */
  stopReason: StopReason | undefined;
  /** Requests made so far, in all runs. */
  pagesFetched = 0;
  /** Requests made since the start or the last `resume()`, for the page cap. */
  private budgetPages = 0;
  private emptyInARow = 0;
  private runStartedAt = 0;

  private nextToken: string | undefined;
  private readonly seenTokens = new Set<string>();
  private readonly seenIds = new Set<string>();
  private readonly maxPages: number;

  constructor(
    private readonly fetchPage: FetchPage<T>,
    private readonly options: PagerOptions<T> = {},
  ) {
    this.maxPages = options.maxPages ?? 20;
  }

  /** Whether another page can be requested. */
  get hasMore(): boolean {
    return this.stopReason === undefined;
  }

  /** Whether a cap paused paging with a token still pending: some data may be missing. */
  get capped(): boolean {
    return this.stopReason !== undefined && CAPS.has(this.stopReason);
  }

  /** After a cap: paging may continue from the pending token, with the next run's budget. */
  resume(): void {
    if (!this.capped) return;
    this.stopReason = undefined;
    this.budgetPages = 0;
  }

  /** The cap that stops this run before its next request, if any. */
  private capReached(): StopReason | undefined {
    if (this.budgetPages >= this.maxPages) return 'page-cap';
    if (this.emptyInARow >= (this.options.maxEmptyPages ?? 3)) return 'empty-pages';
    const now = this.options.now ?? (() => performance.now());
    if (now() - this.runStartedAt >= (this.options.timeBudgetMs ?? 20_000)) {
      return 'time-budget';
    }
    return undefined;
  }

  /**
   * Loads pages until at least one new item arrives or paging stops; returns the new items.
   * This is "Load more": a list never says "no payouts" while a token is pending.
   */
  async next(signal?: AbortSignal): Promise<T[]> {
    this.startRun();
    return this.step(signal);
  }

  /** Loads every page (until the end or a cap), as one run; returns all items. */
  async all(signal?: AbortSignal): Promise<T[]> {
    this.startRun();
    while (this.hasMore) await this.step(signal);
    return this.items;
  }

  /** A run is one `next()` or one `all()`: the empty-page and time caps count from its start. */
  private startRun(): void {
    this.emptyInARow = 0;
    this.runStartedAt = (this.options.now ?? (() => performance.now()))();
  }

  private async step(signal?: AbortSignal): Promise<T[]> {
    const added: T[] = [];
    while (this.hasMore && added.length === 0) {
      const cap = this.capReached();
      if (cap) {
        this.stopReason = cap;
        break;
      }
      const page = await this.fetchPage(this.nextToken, signal);
      this.pagesFetched++;
      this.budgetPages++;
      const before = added.length;
      for (const item of Array.isArray(page.items) ? page.items : []) {
        const id = this.options.idOf?.(item);
        if (id !== undefined) {
          if (this.seenIds.has(id)) continue;
          this.seenIds.add(id);
        }
        added.push(item);
      }
      this.emptyInARow = added.length > before ? 0 : this.emptyInARow + 1;
      const token =
        typeof page.nextToken === 'string' && page.nextToken !== '' ? page.nextToken : undefined;
      if (token === undefined) this.stopReason = 'end';
      else if (this.seenTokens.has(token)) this.stopReason = 'repeated-token';
      else {
        this.seenTokens.add(token);
        this.nextToken = token;
        // Pause now, not on the next call: `hasMore` must not offer a "Load more" that loads
        // nothing before the cap says so.
        if (this.budgetPages >= this.maxPages) this.stopReason = 'page-cap';
      }
    }
    this.items.push(...added);
    return added;
  }
}
