/**
 * `<sp-summary-sunburst>` and both dialects (#21): the published `accountType` filter, one use
 * case at a time when a settlement and a period are both set, and a period end read as each
 * spec means it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { SummaryQuery } from '../../src/api/operations.js';
import type { SummaryResponse } from '../../src/api/wire.js';
import '../../src/components/summary-sunburst/summary-sunburst.js';
import type { SpSummarySunburst } from '../../src/components/summary-sunburst/summary-sunburst.component.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import { baseUrlFor, newKey, script, stats } from '../data/http-helpers.js';
import { summaryWith } from '../fixtures/summary-reference.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const SALES = [
  { breakdownType: 'SALES', breakdownAmount: { currencyAmount: '10.00', currencyCode: 'USD' } },
];

function recording(answer: SummaryResponse) {
  const calls: SummaryQuery[] = [];
  const source = {
    listSummary: async (query: SummaryQuery) => {
      calls.push(query);
      return structuredClone(answer);
    },
  } as FinanceDataSource;
  return { calls, source };
}

describe('<sp-summary-sunburst> in both dialects', () => {
  it('sends account-type as accountType, through the proxy path over HTTP', async () => {
    const key = newKey('summary-account-type');
    await script(key, [{ body: { summaries: [summaryWith('USD', SALES)] } }]);
    const el = await fixture<SpSummarySunburst>(
      html`<sp-summary-sunburst
        base-url=${baseUrlFor(key)}
        marketplace-ids="ATVPDKIKX0DER"
        account-type="Standard Orders"
      ></sp-summary-sunburst>`,
    );
    await el.updateComplete;
    expect((await stats(key)).requests.map((r) => r.url)).to.deep.equal([
      '/finances/2024-06-19/summary?marketplaceIds=ATVPDKIKX0DER&accountType=Standard+Orders',
    ]);
  });

  it('lets a settlement win over a period: only the settlement is sent', async () => {
    const { calls, source } = recording({ summaries: [summaryWith('USD', SALES)] });
    const el = await fixture<SpSummarySunburst>(
      html`<sp-summary-sunburst
        .dataSource=${source}
        period-start="2026-01-01"
        period-end="2026-02-01T00:00:00Z"
        settlement-id="S-1"
      ></sp-summary-sunburst>`,
    );
    await el.updateComplete;
    expect(calls.at(-1)).to.deep.equal({
      relatedIdentifierName: 'SETTLEMENT_ID',
      relatedIdentifierValue: 'S-1',
    });
    el.settlementId = undefined;
    await el.updateComplete;
    expect(calls.at(-1)).to.deep.equal({
      periodStart: '2026-01-01',
      periodEnd: '2026-02-01T00:00:00Z',
    });
  });

  it("shows the summary's offset last second as its own day, in the marketplace's zone", async () => {
    const { source } = recording({
      summaries: [
        summaryWith('USD', SALES, {
          periodStart: '2026-01-01T00:00:00-08:00',
          periodEnd: '2026-01-31T23:59:59-08:00',
        }),
      ],
    });
    const el = await fixture<SpSummarySunburst>(
      html`<sp-summary-sunburst locale="en-US" .dataSource=${source}></sp-summary-sunburst>`,
    );
    await el.updateComplete;
    const shown = text(el.shadowRoot);
    expect(shown).to.contain('Jan 1 – 31, 2026');
    expect(shown).not.to.contain('Feb 1');
  });
});

describe('<sp-summary-sunburst> with a net that has no currency', () => {
  it('shows the exact number marked "currency not given" in the centre and the table', async () => {
    const summary = summaryWith('USD', SALES);
    summary.amount = { currencyAmount: '1234.567' } as never;
    const { source } = recording({ summaries: [summary] });
    const el = await fixture<SpSummarySunburst>(
      html`<sp-summary-sunburst locale="en-US" .dataSource=${source}></sp-summary-sunburst>`,
    );
    await el.updateComplete;
    const centre = el.shadowRoot!.querySelector('[part~="centre"]')!;
    expect(centre.getAttribute('aria-label')).to.contain('1,234.567 (currency not given)');
    expect(text(el.shadowRoot!.querySelector('.centre-lines'))).to.contain('1,234.567');
    const foot = text(el.shadowRoot!.querySelector('tfoot'));
    expect(foot).to.equal('Net proceeds 1,234.567 (currency not given)');
  });
});
