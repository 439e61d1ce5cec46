/**
 * Following `nextToken`. The API documents empty pages, so an empty page with a token is
 * followed automatically; a token seen before, or the page cap, stops paging (a misbehaving
 * backend must not loop us forever); items are de-duplicated by id where they have one.
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
  /** At most this many requests in all (default 20). */
  maxPages?: number;
  /** An item's id, for de-duplication across pages; `undefined` keeps the item. */
  idOf?: (item: T) => string | undefined;
}

export type StopReason = 'end' | 'repeated-token' | 'page-cap';

export class Pager<T> {
  /** Every item loaded so far, de-duplicated, in the order received. */
  readonly items: T[] = [];
  /** Why paging stopped; `undefined` while more pages may come. */
  stopReason: StopReason | undefined;
  /** Requests made so far. */
  pagesFetched = 0;

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

  /**
   * Loads pages until at least one new item arrives or paging stops; returns the new items.
   * This is "Load more": a list never says "no payouts" while a token is pending.
   */
  async next(signal?: AbortSignal): Promise<T[]> {
    const added: T[] = [];
    while (this.hasMore && added.length === 0) {
      if (this.pagesFetched >= this.maxPages) {
        this.stopReason = 'page-cap';
        break;
      }
      const page = await this.fetchPage(this.nextToken, signal);
      this.pagesFetched++;
      for (const item of Array.isArray(page.items) ? page.items : []) {
        const id = this.options.idOf?.(item);
        if (id !== undefined) {
          if (this.seenIds.has(id)) continue;
          this.seenIds.add(id);
        }
        added.push(item);
      }
      const token =
        typeof page.nextToken === 'string' && page.nextToken !== '' ? page.nextToken : undefined;
      if (token === undefined) this.stopReason = 'end';
      else if (this.seenTokens.has(token)) this.stopReason = 'repeated-token';
      // Stop now, not on the next call: `hasMore` must not offer a "Load more" that loads nothing.
      else if (this.pagesFetched >= this.maxPages) this.stopReason = 'page-cap';
      else {
        this.seenTokens.add(token);
        this.nextToken = token;
      }
    }
    this.items.push(...added);
    return added;
  }

  /** Loads every page (up to the cap); returns all items. */
  async all(signal?: AbortSignal): Promise<T[]> {
    while (this.hasMore) await this.next(signal);
    return this.items;
  }
}
