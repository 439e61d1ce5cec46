import { expect } from '@open-wc/testing';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { Pager } from '../../src/data/paging.js';
import type { Payout } from '../../src/api/wire.js';
import { baseUrlFor, newKey, rejectionOf, script, stats, type Step } from './http-helpers.js';

/** Paging payouts with Pager over real HTTP, the way the payout list does. */

function page(ids: string[], nextToken?: string): Step {
  return { body: { payouts: ids.map((id) => ({ id })), nextToken } };
}

async function pagerFor(steps: Step[], maxPages?: number) {
  const key = newKey('paging');
  await script(key, steps);
  const client = new HttpDataSource({
    baseUrl: baseUrlFor(key),
    rate: { ratePerSecond: 1000, burst: 1000 },
  });
  const pager = new Pager<Payout>(
    async (nextToken, signal) => {
      const body = await client.listPayouts({ marketplaceIds: ['A'], nextToken }, { signal });
      return { items: body.payouts ?? [], nextToken: body.nextToken };
    },
    { maxPages, idOf: (payout) => payout.id ?? undefined },
  );
  return { key, pager };
}

const ids = (payouts: Payout[]) => payouts.map((p) => p.id);

async function tokensSent(key: string) {
  return (await stats(key)).requests.map((r) => r.query.nextToken);
}

describe('Pager over HTTP', () => {
  it('follows empty pages, de-duplicates by id, and stops on a repeated token', async () => {
    const { key, pager } = await pagerFor([
      page(['P1', 'P2'], 't1'),
      page([], 't2'),
      page(['P2', 'P3'], 't3'),
      page(['P4', 'P1'], 't1'),
    ]);
    expect(ids(await pager.next())).to.deep.equal(['P1', 'P2']);
    expect(pager.hasMore).to.equal(true);
    // "Load more" never comes back empty-handed while a token is pending.
    expect(ids(await pager.next())).to.deep.equal(['P3']);
    expect(pager.pagesFetched).to.equal(3);
    expect(ids(await pager.next())).to.deep.equal(['P4']);
    expect(pager.stopReason).to.equal('repeated-token');
    expect(pager.hasMore).to.equal(false);
    expect(ids(pager.items)).to.deep.equal(['P1', 'P2', 'P3', 'P4']);
    expect(await tokensSent(key)).to.deep.equal([undefined, 't1', 't2', 't3']);
  });

  it('all() loads every page until the last has no token', async () => {
    const { key, pager } = await pagerFor([page(['P1'], 'a'), page([], 'b'), page(['P2'])]);
    expect(ids(await pager.all())).to.deep.equal(['P1', 'P2']);
    expect(pager.stopReason).to.equal('end');
    expect(await tokensSent(key)).to.deep.equal([undefined, 'a', 'b']);
  });

  it('stops at the page cap, even when every page is empty', async () => {
    const { key, pager } = await pagerFor(
      ['a', 'b', 'c', 'd', 'e'].map((token) => page([], token)),
      3,
    );
    expect(await pager.all()).to.deep.equal([]);
    expect(pager.stopReason).to.equal('page-cap');
    expect((await stats(key)).count).to.equal(3);
  });

  it('has no more to load once the cap-th page is in', async () => {
    const { key, pager } = await pagerFor(
      [page(['P1'], 'a'), page(['P2'], 'b'), page(['P3'], 'c')],
      2,
    );
    await pager.next();
    await pager.next();
    // A "Load more" button shown now would load nothing.
    expect(pager.hasMore).to.equal(false);
    expect(pager.stopReason).to.equal('page-cap');
    expect(ids(pager.items)).to.deep.equal(['P1', 'P2']);
    expect((await stats(key)).count).to.equal(2);
  });

  it('keeps items without an id, and treats an empty token as the end', async () => {
    const { pager } = await pagerFor([
      { body: { payouts: [{ id: 'P1' }, {}, {}, { id: 'P1' }], nextToken: '' } },
    ]);
    expect(await pager.all()).to.deep.equal([{ id: 'P1' }, {}, {}]);
    expect(pager.stopReason).to.equal('end');
  });

  it('an error keeps the pager where it was, so loading more can be retried', async () => {
    const { key, pager } = await pagerFor([
      page(['P1'], 't1'),
      { status: 404, body: { errors: [{ code: 'NotFound', message: 'gone' }] } },
      page(['P2']),
    ]);
    await pager.next();
    await rejectionOf(pager.next());
    expect(pager.hasMore).to.equal(true);
    expect(ids(await pager.next())).to.deep.equal(['P2']);
    expect(await tokensSent(key)).to.deep.equal([undefined, 't1', 't1']);
  });

  it('passes the abort signal on to the request', async () => {
    const { pager } = await pagerFor([{ ...page(['P1'], 't1'), delayMs: 1000 }]);
    const error = await rejectionOf(pager.next(AbortSignal.timeout(50)));
    expect((error as { kind?: string }).kind).to.equal('aborted');
    expect(pager.pagesFetched).to.equal(0);
  });
});

describe('Pager: one paging policy, caps that pause and can resume', () => {
  /** An endless backend: page n is `items(n)` with token `T<n+1>`, forever. */
  function endless(items: (n: number) => string[]) {
    const asked: (string | undefined)[] = [];
    const fetchPage = async (token: string | undefined) => {
      asked.push(token);
      const n = token === undefined ? 0 : Number(token.slice(1));
      return { items: items(n).map((id) => ({ id })), nextToken: `T${n + 1}` };
    };
    return { asked, fetchPage };
  }

  it('pauses after 3 empty pages in a row, not 100, and resumes from the pending token', async () => {
    const backend = endless((n) => (n === 0 ? ['P0'] : []));
    const pager = new Pager(backend.fetchPage, { maxPages: 100 });
    expect(ids(await pager.all())).to.deep.equal(['P0']);
    expect(pager.stopReason).to.equal('empty-pages');
    expect(pager.capped).to.equal(true);
    expect(pager.hasMore).to.equal(false);
    expect(backend.asked).to.deep.equal([undefined, 'T1', 'T2', 'T3']);
    pager.resume();
    expect(pager.hasMore).to.equal(true);
    await pager.all();
    expect(backend.asked.slice(4)).to.deep.equal(['T4', 'T5', 'T6']);
    expect(pager.capped).to.equal(true);
  });

  it('a "Load more" over endless empty pages asks 3 times, then says it paused', async () => {
    const backend = endless(() => []);
    const pager = new Pager(backend.fetchPage, { maxPages: 100 });
    expect(await pager.next()).to.deep.equal([]);
    expect(backend.asked).to.have.length(3);
    expect(pager.stopReason).to.equal('empty-pages');
  });

  it('pauses a run that outlasts its time budget, before the next request', async () => {
    let clock = 0;
    const backend = endless((n) => [`P${n}`]);
    const pager = new Pager(
      async (token: string | undefined) => {
        clock += 400; // every page takes 400 ms
        return backend.fetchPage(token);
      },
      { maxPages: 100, timeBudgetMs: 1000, now: () => clock },
    );
    await pager.all();
    expect(pager.stopReason).to.equal('time-budget');
    expect(ids(pager.items)).to.deep.equal(['P0', 'P1', 'P2']);
    pager.resume();
    await pager.all();
    expect(ids(pager.items)).to.deep.equal(['P0', 'P1', 'P2', 'P3', 'P4', 'P5']);
  });

  it('gives a resumed pager a fresh page budget; the end and a repeated token are final', async () => {
    const backend = endless((n) => [`P${n}`]);
    const pager = new Pager(backend.fetchPage, { maxPages: 2 });
    await pager.all();
    expect([pager.stopReason, pager.pagesFetched]).to.deep.equal(['page-cap', 2]);
    pager.resume();
    await pager.all();
    expect([pager.stopReason, pager.pagesFetched]).to.deep.equal(['page-cap', 4]);

    const ended = new Pager(async () => ({ items: [{ id: 'A' }] }));
    await ended.all();
    ended.resume();
    expect([ended.stopReason, ended.capped, ended.hasMore]).to.deep.equal(['end', false, false]);
  });
});
