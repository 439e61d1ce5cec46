/**
 * After an on-demand payout (`sp-payout-request`, from any element on the page, through shadow
 * roots), the elements that show the money it moved reload by themselves, skipping caches: the
 * balance card, the payout list and the expected payout. The others do not.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { FinanceDataSource, RequestOptions } from '../../src/data/data-source.js';
import type { SpElement } from '../../src/internal/sp-element.js';

/** A source that answers every list empty and records each call with its `fresh` flag. */
function recording() {
  const calls: string[] = [];
  const answer = (operation: string, body: object) => async (_q: unknown, o?: RequestOptions) => {
    calls.push(`${operation}${o?.fresh ? ' (fresh)' : ''}`);
    return body;
  };
  const source = {
    listBalances: answer('listBalances', { balances: [] }),
    listPayouts: answer('listPayouts', { payouts: [] }),
    listExpectedPayouts: answer('listExpectedPayouts', { expectedPayouts: [] }),
    listSummary: answer('listSummary', { summaries: [] }),
  } as unknown as FinanceDataSource;
  return { calls, source };
}

describe('a payout refreshes the money on the page', () => {
  it('reloads balances, payouts and expected payouts, fresh; not the summary', async () => {
    const { calls, source } = recording();
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <sp-balance-card .dataSource=${source}></sp-balance-card>
        <sp-payout-list .dataSource=${source}></sp-payout-list>
        <sp-expected-payout .dataSource=${source}></sp-expected-payout>
        <sp-summary-sunburst .dataSource=${source}></sp-summary-sunburst>
      </div>`,
    );
    const elements = [...page.children] as SpElement<object, unknown>[];
    await Promise.all(elements.map((el) => el.updateComplete));
    expect([...calls].sort()).to.deep.equal([
      'listBalances',
      'listExpectedPayouts',
      'listPayouts',
      'listSummary',
    ]);
    calls.length = 0;
    // As an element inside a host's shadow root would fire it: bubbling and composed.
    const host = document.createElement('div');
    page.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
    inner.dispatchEvent(
      new CustomEvent('sp-payout-request', {
        detail: {
          marketplaceId: 'A1PA6795UKMFR9',
          accountType: 'Standard Orders',
          payoutReferenceId: 'R1',
        },
        bubbles: true,
        composed: true,
      }),
    );
    await Promise.all(elements.map((el) => el.updateComplete));
    expect([...calls].sort()).to.deep.equal([
      'listBalances (fresh)',
      'listExpectedPayouts (fresh)',
      'listPayouts (fresh)',
    ]);
  });

  it('stops listening when the element leaves the page', async () => {
    const { calls, source } = recording();
    const el = await fixture<SpElement<object, unknown>>(
      html`<sp-balance-card .dataSource=${source}></sp-balance-card>`,
    );
    await el.updateComplete;
    el.remove();
    calls.length = 0;
    document.dispatchEvent(new CustomEvent('sp-payout-request', { detail: {} }));
    await el.updateComplete;
    expect(calls).to.deep.equal([]);
  });
});
