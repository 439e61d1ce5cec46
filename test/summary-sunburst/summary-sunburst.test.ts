import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { SummaryModel } from '../../src/api/model.js';
import type { SummaryQuery } from '../../src/api/operations.js';
import type { SummaryResponse } from '../../src/api/wire.js';
import '../../src/components/summary-sunburst/summary-sunburst.js';
import type { SpSummarySunburst } from '../../src/components/summary-sunburst/summary-sunburst.component.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import type { SpSegmentSelectDetail } from '../../src/events/sp-segment-select.js';
import { publishedSummaryExample } from '../fixtures/summary-published.js';
import { referenceSummaryResponse, summaryWith } from '../fixtures/summary-reference.js';
import { sandboxSummaryResponse } from '../fixtures/summary-sandbox.js';
import { bigWireTree } from './trees.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** A data source answering listSummary page by page, recording every query it is asked. */
function summarySource(
  answer: SummaryResponse | ((query: SummaryQuery) => SummaryResponse),
  calls: SummaryQuery[] = [],
): FinanceDataSource {
  return {
    listSummary: async (query: SummaryQuery) => {
      calls.push(query);
      return typeof answer === 'function' ? answer(query) : structuredClone(answer);
    },
  } as FinanceDataSource;
}

async function render(
  answer: SummaryResponse | ((query: SummaryQuery) => SummaryResponse),
  calls: SummaryQuery[] = [],
) {
  const el = await fixture<SpSummarySunburst>(
    html`<sp-summary-sunburst
      locale="en-US"
      .dataSource=${summarySource(answer, calls)}
    ></sp-summary-sunburst>`,
  );
  await el.updateComplete;
  return el;
}

const root = (el: SpSummarySunburst) => el.shadowRoot!;
const arcs = (el: SpSummarySunburst) => [...root(el).querySelectorAll<SVGPathElement>('path.arc')];

function arc(el: SpSummarySunburst, name: string): SVGPathElement {
  const found = arcs(el).find((p) => {
    const label = p.getAttribute('aria-label') ?? '';
    return label === name || label.startsWith(`${name}, `);
  });
  if (!found) throw new Error(`no arc named ${name}`);
  return found;
}

function click(element: Element) {
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
}

const focusedLabel = (el: SpSummarySunburst) => root(el).activeElement?.getAttribute('aria-label');
const breadcrumb = (el: SpSummarySunburst) =>
  [...root(el).querySelectorAll('.breadcrumb li')].map((li) => text(li));
/** The centre as screen readers hear it (its label), and as drawn (its lines). */
const centre = (el: SpSummarySunburst) =>
  root(el).querySelector('.centre')!.getAttribute('aria-label');
const centreLines = (el: SpSummarySunburst) =>
  [...root(el).querySelectorAll('.centre-lines text')].map((t) => text(t)).join(' ');
const announcement = (el: SpSummarySunburst) => text(root(el).querySelector('[aria-live]'));

/** The element's private parts a performance test counts or compares. */
interface Internals {
  chart: { layout: object } | undefined;
  render(): unknown;
  renderTable(...args: unknown[]): unknown;
}

/** Records every DOM change under the elements matching `selectors` until called. */
function watch(el: SpSummarySunburst, ...selectors: string[]): () => MutationRecord[] {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  for (const selector of selectors) {
    for (const target of root(el).querySelectorAll(selector)) {
      observer.observe(target, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }
  }
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  };
}

/** A summary of 5,004 nodes: 4 L1, 100 L2 and 4,900 L3, with negatives, zeros and tiny amounts. */
const big5000 = (): SummaryResponse => ({
  summaries: [
    { amount: { currencyAmount: '1', currencyCode: 'USD' }, breakdowns: bigWireTree(5000) },
  ],
});

/** Waits until the table has every row (a big one fills in after the chart has painted). */
async function tableFilled(el: SpSummarySunburst): Promise<void> {
  const wrap = () => root(el).querySelector('.table-wrap');
  await waitUntil(() => wrap() && !wrap()!.hasAttribute('aria-busy'), 'the table never filled in');
}

function tableRows(el: SpSummarySunburst): string[][] {
  return [...root(el).querySelectorAll('tbody tr')].map((tr) => [
    text(tr.querySelector('.row-name')),
    ...[...tr.querySelectorAll('td')].map((td) => text(td)),
  ]);
}

describe('<sp-summary-sunburst>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('data', () => {
    it('sends the period verbatim, and marketplaces comma-separated', async () => {
      const calls: SummaryQuery[] = [];
      const el = await fixture<SpSummarySunburst>(
        html`<sp-summary-sunburst
          locale="en-US"
          marketplace-ids="ATVPDKIKX0DER, A2EUQ1WTGCTBG2"
          period-start="2026-01-01T00:00:00Z"
          period-end="2026-01-31T23:59:59Z"
          .dataSource=${summarySource(referenceSummaryResponse, calls)}
        ></sp-summary-sunburst>`,
      );
      await el.updateComplete;
      expect(calls).to.deep.equal([
        {
          marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'],
          periodStart: '2026-01-01T00:00:00Z',
          periodEnd: '2026-01-31T23:59:59Z',
        },
      ]);
    });

    it('asks for a settlement with relatedIdentifierName=SETTLEMENT_ID', async () => {
      const calls: SummaryQuery[] = [];
      const el = await fixture<SpSummarySunburst>(
        html`<sp-summary-sunburst
          locale="en-US"
          settlement-id="8129762527551"
          .dataSource=${summarySource(
            {
              summaries: [
                {
                  ...publishedSummaryExample,
                  relatedIdentifiers: [
                    {
                      relatedIdentifierName: 'SETTLEMENT_ID',
                      relatedIdentifierValue: '8129762527551',
                    },
                  ],
                },
              ],
            },
            calls,
          )}
        ></sp-summary-sunburst>`,
      );
      await el.updateComplete;
      expect(calls).to.deep.equal([
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: '8129762527551' },
      ]);
      expect(centre(el)).to.equal('Net proceeds, $17,000.00, Settlement 8129762527551');

      el.settlementId = '999';
      await el.updateComplete;
      expect(calls[1]).to.deep.equal({
        relatedIdentifierName: 'SETTLEMENT_ID',
        relatedIdentifierValue: '999',
      });
    });

    it('reflects settlementId to settlement-id, as React wrappers set the property', async () => {
      const calls: SummaryQuery[] = [];
      const el = await render(referenceSummaryResponse, calls);
      expect(el.hasAttribute('settlement-id')).to.equal(false);
      el.settlementId = '8129762527551';
      await el.updateComplete;
      expect(el.getAttribute('settlement-id')).to.equal('8129762527551');
      expect(calls[1]).to.deep.equal({
        relatedIdentifierName: 'SETTLEMENT_ID',
        relatedIdentifierValue: '8129762527551',
      });
      el.settlementId = undefined;
      await el.updateComplete;
      expect(el.hasAttribute('settlement-id')).to.equal(false);
    });

    it('fetches every page, follows an empty page, and offers a selector per currency', async () => {
      const calls: SummaryQuery[] = [];
      const pages: Record<string, SummaryResponse> = {
        first: {
          summaries: [summaryWith('USD', [{ breakdownType: 'EARNINGS', amount: 10 }])],
          nextToken: 'page-2',
        },
        'page-2': { summaries: [], nextToken: 'page-3' },
        'page-3': {
          summaries: [
            summaryWith('EUR', [{ breakdownType: 'EARNINGS', amount: 20 }], {
              partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'A1PA6795UKMFR9' },
            }),
          ],
        },
      };
      let loaded: SummaryModel[] | undefined;
      const el = await fixture<SpSummarySunburst>(
        html`<sp-summary-sunburst
          locale="en-US"
          period-start="2026-01-01"
          @sp-load=${(e: CustomEvent<SummaryModel[]>) => (loaded = e.detail)}
          .dataSource=${summarySource((q) => pages[q.nextToken ?? 'first']!, calls)}
        ></sp-summary-sunburst>`,
      );
      await el.updateComplete;
      expect(calls).to.deep.equal([
        { periodStart: '2026-01-01' },
        { periodStart: '2026-01-01', nextToken: 'page-2' },
        { periodStart: '2026-01-01', nextToken: 'page-3' },
      ]);
      expect(loaded!.map((s) => s.currency)).to.deep.equal(['USD', 'EUR']);

      const select = root(el).querySelector('select')!;
      expect(text(root(el).querySelector(`label[for="${select.id}"]`))).to.equal('Summary');
      expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).to.deep.equal([
        'USD',
        'EUR',
      ]);
      const options = [...select.options].map((o) => text(o));
      expect(options).to.deep.equal([
        'Amazon.com · Standard orders',
        'Amazon.de · Standard orders',
      ]);
      expect(options.some((o) => o.startsWith('All'))).to.equal(false);
      expect(tableRows(el)).to.deep.equal([['Earnings', '+$10.00', '100%', '100%']]);

      select.value = select.options[1]!.value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(tableRows(el)).to.deep.equal([['Earnings', '+€20.00', '100%', '100%']]);
      await expect(el).to.be.accessible();
    });

    it('adds up same-currency summaries exactly in an "All" view', async () => {
      const el = await render({
        summaries: [
          summaryWith('USD', [{ breakdownType: 'EARNINGS', amount: '0.1' }]),
          summaryWith('USD', [{ breakdownType: 'EARNINGS', amount: '0.2' }], {
            partnerMetadata: { accountType: 'INVOICED_ORDERS', marketplaceId: 'ATVPDKIKX0DER' },
          }),
          summaryWith('JPY', [{ breakdownType: 'EARNINGS', amount: '500' }], {
            partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'A1VC38T7YXB528' },
          }),
        ],
      });
      const select = root(el).querySelector('select')!;
      expect([...select.options].map((o) => text(o))).to.deep.equal([
        'All USD summaries (2)',
        'Amazon.com · Standard orders',
        'Amazon.com · Invoiced orders',
        'Amazon.co.jp · Standard orders',
      ]);
      expect(select.value).to.equal('all:USD');
      expect(tableRows(el)).to.deep.equal([['Earnings', '+$0.30', '100%', '100%']]);
      select.value = select.options[3]!.value;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(tableRows(el)).to.deep.equal([['Earnings', '+¥500', '100%', '100%']]);
    });

    it('says what was asked for when there is no summary', async () => {
      const el = await fixture<SpSummarySunburst>(
        html`<sp-summary-sunburst
          locale="en-US"
          period-start="2026-01-01T00:00:00Z"
          period-end="2026-01-31T23:59:59Z"
          .dataSource=${summarySource({ summaries: [] })}
        ></sp-summary-sunburst>`,
      );
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="empty"] h2'))).to.equal(
        'No financial summary for Jan 1 – 31, 2026',
      );
      await expect(el).to.be.accessible();

      el.periodStart = undefined;
      el.periodEnd = undefined;
      el.settlementId = '8129762527551';
      el.marketplaceIds = 'ATVPDKIKX0DER';
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="empty"]'))).to.equal(
        'No financial summary for settlement 8129762527551 Amazon returned no summary in Amazon.com for this request.',
      );
    });
  });

  describe('both shapes of the API', () => {
    it('shows the reference shape: net, period, legend and every node signed in the table', async () => {
      const el = await render(referenceSummaryResponse);
      expect(centre(el)).to.equal('Net proceeds, $1,750.00, Jan 1 – 31, 2026');
      expect(centreLines(el)).to.equal('Net proceeds $1,750.00 Jan 1 – 31, 2026');
      expect([...root(el).querySelectorAll('.legend li')].map((li) => text(li))).to.deep.equal([
        'Earnings +$3,000.00',
        'Amazon service charges and fees -$1,234.56',
        'Deductions and withholdings $0.00',
        'Others -$15.44',
      ]);
      expect(tableRows(el)).to.deep.equal([
        ['Earnings', '+$3,000.00', '70.6%', '70.6%'],
        ['Sales', '+$3,500.00', '116.7%', '82.4%'],
        ['Refunds', '-$450.00', '15%', '10.6%'],
        ['Chargebacks', '-$50.00', '1.7%', '1.2%'],
        ['Amazon service charges and fees', '-$1,234.56', '29%', '29%'],
        ['Fulfilled by Amazon', '-$1,000.00', '81%', '23.5%'],
        ['Pick and pack', '-$600.00', '60%', '14.1%'],
        ['Storage fees', '-$300.00', '30%', '7.1%'],
        ['Advertising', '-$234.56', '19%', '5.5%'],
        ['Deductions and withholdings', '$0.00', '0%', '0%'],
        ['Loan repayment', '$0.00', '', '0%'],
        ['Others', '-$15.44', '0.4%', '0.4%'],
      ]);
      expect(text(root(el).querySelector('tfoot'))).to.equal('Net proceeds $1,750.00');
      // Labels where they fit, shortened with an ellipsis; the thin Others arc has none.
      const labels = [...root(el).querySelectorAll('.labels text')].map((t) => text(t));
      expect(labels).to.include('Earnings');
      expect(labels.some((l) => /^Amazon.*…$/.test(l))).to.equal(true);
      expect(labels.some((l) => l.startsWith('Oth'))).to.equal(false);
      expect(root(el).querySelector('.labels')!.getAttribute('aria-hidden')).to.equal('true');
      // Screen readers hear each row with its path.
      expect(text(root(el).querySelectorAll('tbody th')[2])).to.equal('Earnings › Refunds');
      expect(text(root(el).querySelectorAll('tbody th')[6])).to.equal(
        'Amazon service charges and fees › Fulfilled by Amazon › Pick and pack',
      );
      // Outflows are hatched, inflows solid; zero amounts have no arc.
      expect(arc(el, 'Earnings').classList.contains('solid')).to.equal(true);
      expect(arc(el, 'Advertising').getAttribute('fill')).to.equal('url(#hatch-2)');
      expect(arc(el, 'Advertising').classList.contains('hatched')).to.equal(true);
      expect(arcs(el).some((p) => p.getAttribute('aria-label')!.startsWith('Loan'))).to.equal(
        false,
      );
      expect(arc(el, 'Refunds').getAttribute('aria-label')).to.equal(
        'Refunds, -$450.00, 15% of Earnings, 10.6% of gross',
      );
    });

    it("shows Amazon's sandbox answer: the parent keeps its own 8,000 over a 9,000 child", async () => {
      const calls: SummaryQuery[] = [];
      let loaded: SummaryModel[] | undefined;
      const el = await fixture<SpSummarySunburst>(
        html`<sp-summary-sunburst
          locale="en-US"
          @sp-load=${(e: CustomEvent<SummaryModel[]>) => (loaded = e.detail)}
          .dataSource=${summarySource(sandboxSummaryResponse, calls)}
        ></sp-summary-sunburst>`,
      );
      await el.updateComplete;
      // The sandbox repeats its nextToken: the second page is the same summary, dropped.
      expect(calls.map((q) => q.nextToken)).to.deep.equal([
        undefined,
        'jehgri34yo7jr9e8f984tr9i4o',
      ]);
      expect(loaded!.length).to.equal(1);
      expect(root(el).querySelector('select')).to.equal(null);
      expect(centre(el)).to.equal('Net proceeds, $8,000.00, Jan 12, 2025');
      expect(tableRows(el)).to.deep.equal([
        ['Sales', '+$8,000.00', '88.9%', '88.9%'],
        ['Product Charges', '+$9,000.00', '112.5%', '100%'],
        ['Expenses', '-$1,000.00', '11.1%', '11.1%'],
        ['FBA fees', '-$1,000.00', '100%', '11.1%'],
      ]);
      expect(arc(el, 'Sales').getAttribute('aria-label')).to.equal(
        'Sales, +$8,000.00, 88.9% of gross',
      );
    });

    it('shows the published model: bare amounts in the summary currency, names kept', async () => {
      const el = await render({ summaries: [publishedSummaryExample] });
      expect(centre(el)).to.equal('Net proceeds, $17,000.00, Jan 1 – 31, 2026');
      expect(tableRows(el).map((r) => r.slice(0, 2))).to.deep.equal([
        ['Sales', '+$20,000.00'],
        ['Expenses', '-$1,000.00'],
        ['Refunds', '-$2,000.00'],
      ]);
    });

    it('humanizes unknown codes and renders markup in names as text', async () => {
      const el = await render({
        summaries: [
          summaryWith('USD', [
            { breakdownType: 'NEW_FEE_TYPE', amount: -5 },
            { breakdownType: '<img src=x onerror=alert(1)>', amount: 7 },
          ]),
        ],
      });
      expect(root(el).querySelector('img')).to.equal(null);
      expect(tableRows(el).map((r) => r[0])).to.deep.equal([
        'New fee type',
        '<img src=x onerror=alert(1)>',
      ]);
      expect(text(root(el).querySelector('.legend'))).to.contain('<img src=x onerror=alert(1)>');
      expect(arc(el, '<img src=x onerror=alert(1)>')).to.exist;
    });
  });

  describe('drilling', () => {
    it('drills in by click and out by the centre, announcing and firing sp-segment-select', async () => {
      const el = await render(referenceSummaryResponse);
      const events: SpSegmentSelectDetail[] = [];
      el.addEventListener('sp-segment-select', (e) => events.push(e.detail));

      click(arc(el, 'Amazon service charges and fees'));
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary', 'Amazon service charges and fees']);
      expect(announcement(el)).to.equal('Showing Amazon service charges and fees: -$1,234.56');
      expect(events.length).to.equal(1);
      expect(events[0]!.path).to.deep.equal(['AMAZON_SERVICE_CHARGES_AND_FEES']);
      expect(events[0]!.amount!.amount.toString()).to.equal('-1234.56');
      expect(events[0]!.amount!.currency).to.equal('USD');
      expect(centre(el)).to.equal('Amazon service charges and fees, -$1,234.56, Back to Summary');
      expect(centreLines(el)).to.equal(
        'Amazon service charges and fees -$1,234.56 Back to Summary',
      );
      // The first ring is now the fees' breakdown; earnings are out of view.
      expect(arcs(el).map((p) => p.getAttribute('aria-label')!.split(',')[0])).to.deep.equal([
        'Fulfilled by Amazon',
        'Pick and pack',
        'Storage fees',
        'Advertising',
      ]);

      click(arc(el, 'Fulfilled by Amazon'));
      await el.updateComplete;
      expect(events[1]!.path).to.deep.equal([
        'AMAZON_SERVICE_CHARGES_AND_FEES',
        'FULFILLED_BY_AMAZON',
      ]);
      expect(breadcrumb(el)).to.deep.equal([
        'Summary',
        'Amazon service charges and fees',
        'Fulfilled by Amazon',
      ]);

      // A leaf does not drill.
      click(arc(el, 'Pick and pack'));
      await el.updateComplete;
      expect(events.length).to.equal(2);

      click(root(el).querySelector('.centre')!);
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary', 'Amazon service charges and fees']);
      expect(events[2]!.path).to.deep.equal(['AMAZON_SERVICE_CHARGES_AND_FEES']);

      click(root(el).querySelector('.centre')!);
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary']);
      expect(events[3]!.path).to.deep.equal([]);
      expect(events[3]!.amount!.amount.toString()).to.equal('1750');
      expect(announcement(el)).to.equal('Showing the whole summary: $1,750.00');
      expect(root(el).querySelector('.centre')!.getAttribute('role')).to.equal('img');
    });

    it('jumps up with the breadcrumb', async () => {
      const el = await render(referenceSummaryResponse);
      click(arc(el, 'Amazon service charges and fees'));
      await el.updateComplete;
      click(arc(el, 'Fulfilled by Amazon'));
      await el.updateComplete;
      const [summary] = root(el).querySelectorAll<HTMLButtonElement>('.breadcrumb button');
      const selected = oneEvent(el, 'sp-segment-select');
      summary!.focus();
      summary!.click();
      expect((await selected).detail.path).to.deep.equal([]);
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary']);
      expect(root(el).querySelector('.breadcrumb [aria-current]')!.textContent!.trim()).to.equal(
        'Summary',
      );
      // Focus lands on the L1 arc the path went through.
      expect(focusedLabel(el)).to.match(/^Amazon service charges and fees, /);
    });

    it('moves with arrow keys and drills with Enter and Escape, focus following', async () => {
      const el = await render(referenceSummaryResponse);
      const first = root(el).querySelector<SVGPathElement>('path.arc[tabindex="0"]')!;
      expect(arcs(el).filter((p) => p.getAttribute('tabindex') === '0').length).to.equal(1);
      first.focus();
      expect(focusedLabel(el)).to.match(/^Earnings, /);

      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(focusedLabel(el)).to.match(/^Amazon service charges and fees, /);
      expect(root(el).querySelector('path.arc[tabindex="0"]')).to.equal(root(el).activeElement);

      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(focusedLabel(el)).to.match(/^Others, /);

      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedLabel(el)).to.match(/^Sales, /);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(focusedLabel(el)).to.match(/^Earnings, /);

      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary', 'Amazon service charges and fees']);
      expect(focusedLabel(el)).to.match(/^Fulfilled by Amazon, /);
      expect(announcement(el)).to.equal('Showing Amazon service charges and fees: -$1,234.56');

      // Up from the first ring reaches the centre, which drills out with Enter.
      await sendKeys({ press: 'ArrowUp' });
      expect(root(el).activeElement!.classList.contains('centre')).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedLabel(el)).to.match(/^Fulfilled by Amazon, /);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary']);
      expect(focusedLabel(el)).to.match(/^Amazon service charges and fees, /);
      expect(announcement(el)).to.equal('Showing the whole summary: $1,750.00');

      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary', 'Amazon service charges and fees']);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(breadcrumb(el)).to.deep.equal(['Summary']);
    });

    it('animates the zoom, and snaps under prefers-reduced-motion', async () => {
      const el = await render(referenceSummaryResponse);
      const svgEl = root(el).querySelector('svg.sunburst-svg')!;
      const fba = () => arc(el, 'Fulfilled by Amazon').getAttribute('d')!;
      /** What the zoom draws now: its layer's paths. */
      const drawing = () =>
        [...root(el).querySelectorAll('.zoom-layer path')].map((p) => p.getAttribute('d')).join('');
      const before = fba();
      click(arc(el, 'Amazon service charges and fees'));
      await nextFrame();
      await nextFrame();
      // The destination is in place at once (labelled, focusable), hidden while a layer draws
      // the arcs on their way.
      expect(svgEl.classList.contains('zooming')).to.equal(true);
      expect(getComputedStyle(root(el).querySelector('.arcs')!).opacity).to.equal('0');
      expect(root(el).querySelector('.zoom-layer')!.getAttribute('aria-hidden')).to.equal('true');
      const after = fba();
      expect(after).not.to.equal(before);
      // A loaded machine can paint the zoom's first frame at t = 0, the start state itself: wait
      // (a bounded number of frames) for the first frame that has moved on.
      let early = drawing();
      for (let i = 0; i < 10 && early.includes(before); i++) {
        await nextFrame();
        early = drawing();
      }
      await nextFrame();
      await nextFrame();
      const later = drawing();
      expect(early).not.to.equal(later);
      for (const frame of [early, later]) {
        expect(frame).to.match(/^M/);
        expect(frame).not.to.contain(before);
        expect(frame).not.to.contain(after);
      }
      await el.updateComplete;
      expect(root(el).querySelector('.zoom-layer')).to.equal(null);
      expect(svgEl.classList.contains('zooming')).to.equal(false);
      expect(getComputedStyle(root(el).querySelector('.arcs')!).opacity).to.equal('1');
      expect(fba()).to.equal(after);

      click(root(el).querySelector('.centre')!);
      await el.updateComplete;
      expect(fba()).to.equal(before);

      await emulateMedia({ reducedMotion: 'reduce' });
      click(arc(el, 'Amazon service charges and fees'));
      await nextFrame();
      expect(root(el).querySelector('.zoom-layer')).to.equal(null);
      expect(svgEl.classList.contains('zooming')).to.equal(false);
      expect(fba()).to.equal(after);
    });

    it('passes axe drilled out and drilled in, with the table shown or not', async () => {
      const el = await render(referenceSummaryResponse);
      await expect(el).to.be.accessible();
      click(arc(el, 'Amazon service charges and fees'));
      await el.updateComplete;
      await expect(el).to.be.accessible();
      click(arc(el, 'Fulfilled by Amazon'));
      await el.updateComplete;
      click(root(el).querySelector<HTMLButtonElement>('.table-toggle')!);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('tooltip, table and legend', () => {
    it('shows a tooltip on hover and on focus: name, signed amount and shares', async () => {
      const el = await render(referenceSummaryResponse);
      const tooltip = () => root(el).querySelector<HTMLElement>('.tooltip')!;
      expect(tooltip().hidden).to.equal(true);

      // The middle of the Earnings arc: the first ring, 3000 of 4250 round from 12 o'clock.
      const svgBox = root(el).querySelector('svg.sunburst-svg')!.getBoundingClientRect();
      const radius = svgBox.width / 2 - 2;
      const centreRadius = radius * 0.38;
      const ringMiddle = centreRadius + (radius - centreRadius) / 6;
      const angle = (Math.PI * 3000) / 4250;
      await sendMouse({
        type: 'move',
        position: [
          Math.round(svgBox.left + svgBox.width / 2 + Math.sin(angle) * ringMiddle),
          Math.round(svgBox.top + svgBox.height / 2 - Math.cos(angle) * ringMiddle),
        ],
      });
      await el.updateComplete;
      expect(tooltip().hidden).to.equal(false);
      expect(tooltip().getAttribute('aria-hidden')).to.equal('true');
      expect([...tooltip().querySelectorAll('p')].map((p) => text(p))).to.deep.equal([
        'Earnings',
        '+$3,000.00',
        '70.6% of gross',
      ]);

      await sendMouse({ type: 'move', position: [0, 0] });
      await el.updateComplete;
      expect(tooltip().hidden).to.equal(true);

      arc(el, 'Refunds').focus();
      await el.updateComplete;
      expect([...tooltip().querySelectorAll('p')].map((p) => text(p))).to.deep.equal([
        'Refunds',
        '-$450.00',
        '15% of Earnings',
        '10.6% of gross',
      ]);
      expect(tooltip().style.getPropertyValue('--_tip-x')).to.match(/^\d+(\.\d+)?px$/);
      expect(tooltip().getAttribute('style')).to.contain('--_tip-y');
      arc(el, 'Refunds').blur();
      await el.updateComplete;
      expect(tooltip().hidden).to.equal(true);
    });

    it('keeps the table for assistive technology and shows it on request', async () => {
      const el = await render(referenceSummaryResponse);
      const toggle = root(el).querySelector<HTMLButtonElement>('.table-toggle')!;
      const wrap = root(el).querySelector('.table-wrap')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(wrap.classList.contains('visually-hidden')).to.equal(true);
      expect(getComputedStyle(wrap).display).not.to.equal('none');
      expect(root(el).querySelectorAll('tbody tr').length).to.equal(12);

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(wrap.classList.contains('visually-hidden')).to.equal(false);
      expect(wrap.getBoundingClientRect().height).to.be.greaterThan(100);
    });

    it('reads a left-to-right amount left to right in a right-to-left table, at its end', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl">
          <sp-summary-sunburst
            locale="en-US"
            .dataSource=${summarySource(referenceSummaryResponse)}
          ></sp-summary-sunburst>
        </div>`,
      );
      const el = wrapper.querySelector<SpSummarySunburst>('sp-summary-sunburst')!;
      await el.updateComplete;
      root(el).querySelector<HTMLButtonElement>('.table-toggle')!.click();
      await el.updateComplete;
      const cell = root(el).querySelector('tbody td')!;
      const textNode = [...cell.childNodes].find((n) => n.nodeType === Node.TEXT_NODE)!;
      const content = textNode.textContent!;
      expect(content).to.equal('+$3,000.00');
      const range = document.createRange();
      const at = (i: number) => {
        range.setStart(textNode, i);
        range.setEnd(textNode, i + 1);
        return range.getBoundingClientRect();
      };
      // "+$3,000.00", not "$3,000.00+"; and at the cell's left, the end of a right-to-left row.
      expect(at(0).left).to.be.lessThan(at(content.length - 1).left);
      expect(at(0).left - cell.getBoundingClientRect().left).to.be.lessThan(12);
    });

    it('groups very thin arcs as "Other (n)", listed in the table', async () => {
      const tiny = Array.from({ length: 30 }, (_, i) => ({
        breakdownType: `Tiny fee ${i + 1}`,
        amount: -0.01,
      }));
      const el = await render({
        summaries: [
          summaryWith('USD', [
            {
              breakdownType: 'AMAZON_SERVICE_CHARGES_AND_FEES',
              amount: -10000.3,
              breakdowns: [{ breakdownType: 'ADVERTISING', amount: -10000 }, ...tiny],
            },
          ]),
        ],
      });
      const other = arc(el, 'Other (30)');
      expect(other.getAttribute('aria-label')).to.equal(
        'Other (30), 30 smaller categories of Amazon service charges and fees, Together -$0.30, Listed in the table. Press Enter to list them in the table.',
      );
      expect(tableRows(el).length).to.equal(32);
      other.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).querySelector('.table-toggle')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
      expect(root(el).activeElement).to.equal(root(el).querySelector('.table-wrap'));
    });
  });

  describe('size and scale', () => {
    it('resizes with its container', async () => {
      const el = await render(referenceSummaryResponse);
      const svgEl = () => root(el).querySelector('svg.sunburst-svg')!;
      el.style.width = '400px';
      // The resize reaches the chart through a ResizeObserver and a frame: wait for it, untimed.
      await waitUntil(() => svgEl().getAttribute('width') === '366', 'no resize to 366', {
        timeout: 5000,
      });
      await el.updateComplete;
      // 400px less 2 × 16px padding and 2 × 1px border.
      expect(svgEl().getAttribute('width')).to.equal('366');
      expect(svgEl().getAttribute('viewBox')).to.equal('-183 -183 366 366');
      el.style.width = '300px';
      await waitUntil(() => svgEl().getAttribute('width') === '266', 'no resize to 266', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(svgEl().getAttribute('width')).to.equal('266');
      expect(svgEl().getAttribute('height')).to.equal('266');
      expect(svgEl().getBoundingClientRect().width).to.equal(266);
    });

    it("fits its base part's content box, whatever padding a host gives it", async () => {
      const style = document.createElement('style');
      style.textContent = '.padded::part(base) { padding-inline: 20px; }';
      document.head.append(style);
      try {
        const el = await render(referenceSummaryResponse);
        el.classList.add('padded');
        el.style.width = '400px';
        const svg = () => root(el).querySelector('svg.sunburst-svg')!;
        await waitUntil(() => svg().getAttribute('width') === '326', 'no resize to 326', {
          timeout: 5000,
        });
        await el.updateComplete;
        // 400px less the host's 2 × 16px padding and 2 × 1px border, less the part's 2 × 20px.
        expect(root(el).querySelector('svg.sunburst-svg')!.getAttribute('width')).to.equal('326');
      } finally {
        style.remove();
      }
    });

    it('draws 5,000 nodes with a bounded number of arcs, every row kept for assistive technology', async () => {
      const el = await render(big5000());
      await tableFilled(el);
      const rows = root(el).querySelectorAll('tbody tr');
      expect(rows.length).to.equal(5004);
      const paths = arcs(el);
      // Thin arcs are grouped: what is drawn follows the drawing's size, not the tree's.
      expect(paths.length).to.be.greaterThan(10);
      expect(paths.length).to.be.below(600);
      for (const p of paths) expect(p.getAttribute('d')).not.to.match(/NaN|Infinity/);
      expect(root(el).innerHTML).not.to.match(/NaN|undefined/);
      // Hidden, the table is skipped by style and layout but stays in the accessibility tree:
      // not display: none, not visibility: hidden, not aria-hidden, not content-visibility: hidden.
      const wrap = root(el).querySelector<HTMLElement>('.table-wrap')!;
      const style = getComputedStyle(wrap);
      expect(style.contentVisibility).to.equal('auto');
      expect(style.display).not.to.equal('none');
      expect(style.visibility).to.equal('visible');
      expect(getComputedStyle(rows[4000]!).display).to.equal('table-row');
      expect(wrap.closest('[aria-hidden]')).to.equal(null);
      expect(wrap.querySelector('[aria-hidden]')).to.equal(null);

      await emulateMedia({ reducedMotion: 'reduce' });
      click(paths[0]!);
      await el.updateComplete;
      for (const p of arcs(el)) expect(p.getAttribute('d')).not.to.match(/NaN|Infinity/);
    });

    it('paints a big chart first, then fills its table in while busy, with no render', async () => {
      const el = await render(big5000());
      const internals = el as unknown as Internals;
      let renders = 0;
      const renderAll = internals.render.bind(el);
      internals.render = () => (renders++, renderAll());
      const wrap = root(el).querySelector('.table-wrap')!;
      // The chart is drawn; the table is on its way and says so.
      expect(arcs(el).length).to.be.greaterThan(10);
      expect(wrap.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelectorAll('tbody tr').length).to.be.below(5004);
      await expect(el).to.be.accessible();
      await tableFilled(el);
      expect(renders).to.equal(0);
      const rows = tableRows(el);
      expect(rows).to.have.length(5004);
      // Rows in layout order, each with its words, the same as a tooltip says them.
      const first = root(el).querySelector<SVGPathElement>('path.arc.depth-1')!;
      expect(first.getAttribute('aria-label')!.split(', ').slice(0, 2)).to.deep.equal(
        rows[0]!.slice(0, 2),
      );
      expect(rows.filter((row) => row[0] === '')).to.deep.equal([]);
    });

    it("fills a big table in the element's language, names never drawn included", async () => {
      // Over one chunk of rows, so the table fills in after the chart; the tiny categories at
      // the end (Chargebacks among them) are grouped as "Other (n)", so no arc names them.
      const tiny = Array.from({ length: 300 }, (_, i) => ({
        breakdownType: `TINY_${i}`,
        breakdownAmount: { currencyAmount: '0.01', currencyCode: 'USD' },
      }));
      const response: SummaryResponse = {
        summaries: [
          summaryWith('USD', [
            {
              breakdownType: 'EARNINGS',
              breakdownAmount: { currencyAmount: '1003.01', currencyCode: 'USD' },
              breakdowns: [
                {
                  breakdownType: 'SALES',
                  breakdownAmount: { currencyAmount: '1000', currencyCode: 'USD' },
                },
                ...tiny,
                {
                  breakdownType: 'CHARGEBACKS',
                  breakdownAmount: { currencyAmount: '0.001', currencyCode: 'USD' },
                },
              ],
            },
          ]),
        ],
      };
      const el = await fixture<SpSummarySunburst>(
        html`<sp-summary-sunburst locale="de-DE" .dataSource=${summarySource(response)}>
        </sp-summary-sunburst>`,
      );
      await el.updateComplete;
      expect(root(el).querySelector('.table-wrap')!.getAttribute('aria-busy')).to.equal('true');
      expect(arcs(el).map((p) => p.getAttribute('aria-label'))).not.to.include.members([
        'Rückbelastungen',
      ]);
      await tableFilled(el);
      const names = tableRows(el).map((row) => row[0]);
      expect(names).to.include.members(['Einnahmen', 'Verkäufe', 'Rückbelastungen']);
      expect(names).not.to.include('Chargebacks');
    });

    it('completes a big table at once when it is shown', async () => {
      const el = await render(big5000());
      expect(root(el).querySelector('.table-wrap')!.getAttribute('aria-busy')).to.equal('true');
      click(root(el).querySelector<HTMLButtonElement>('.table-toggle')!);
      await el.updateComplete;
      expect(root(el).querySelectorAll('tbody tr').length).to.equal(5004);
      expect(root(el).querySelector('.table-wrap')!.hasAttribute('aria-busy')).to.equal(false);
    });

    it('on hover, changes the tooltip only: no new layout, no arc, label or row touched', async () => {
      const el = await render(big5000());
      await tableFilled(el);
      const layout = (el as unknown as Internals).chart!.layout;
      const paths = arcs(el);
      const touched = watch(el, '.arcs', '.labels', 'table');
      for (const p of paths.slice(0, 20)) {
        p.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(text(root(el).querySelector('.tooltip .tip-name'))).to.equal(
          p.getAttribute('aria-label')!.split(', ')[0],
        );
      }
      expect(touched()).to.deep.equal([]);
      expect(arcs(el)).to.deep.equal(paths);
      expect((el as unknown as Internals).chart!.layout).to.equal(layout);
    });

    it('drills with two renders whatever the number of frames, never re-rendering the table', async () => {
      const el = await render(big5000());
      await tableFilled(el);
      const internals = el as unknown as Internals;
      let renders = 0;
      let tables = 0;
      const renderAll = internals.render.bind(el);
      const renderTable = internals.renderTable.bind(el);
      internals.render = () => (renders++, renderAll());
      internals.renderTable = (...args) => (tables++, renderTable(...args));
      const table = watch(el, 'table');
      const target = root(el).querySelector<SVGPathElement>('path.arc.depth-1.drillable')!;
      click(target);
      await nextFrame();
      const layer = root(el).querySelector('.zoom-layer')!;
      const layerPaths = [...layer.children];
      // A path per look (family, ring shade, sign), not per arc.
      expect(layerPaths.length).to.be.greaterThan(0);
      expect(layerPaths.length).to.be.at.most(9 * 4 * 2);
      const created = watch(el, '.zoom-layer');
      let frames = 0;
      while (root(el).querySelector('.zoom-layer')) {
        await nextFrame();
        frames++;
      }
      await el.updateComplete;
      expect(frames).to.be.greaterThan(3);
      // The start and the end of the zoom: no render per frame, and no element created by one.
      expect(renders).to.equal(2);
      expect(created().filter((r) => r.type === 'childList')).to.deep.equal([]);
      expect(tables).to.equal(0);
      expect(table()).to.deep.equal([]);
      expect(breadcrumb(el)).to.have.length(2);
    });

    it('renders an all-zero summary with no NaN and says there is nothing to draw', async () => {
      const el = await render({
        summaries: [
          summaryWith('USD', [
            {
              breakdownType: 'EARNINGS',
              amount: 0,
              breakdowns: [{ breakdownType: 'SALES', amount: 0 }],
            },
          ]),
        ],
      });
      expect(arcs(el).length).to.equal(0);
      expect(text(root(el).querySelector('.chart .note'))).to.equal(
        'Every amount is zero or missing: there is nothing to draw.',
      );
      expect(root(el).innerHTML).not.to.match(/NaN|undefined|Infinity/);
      expect(tableRows(el)).to.deep.equal([
        ['Earnings', '$0.00', '', ''],
        ['Sales', '$0.00', '', ''],
      ]);
      await expect(el).to.be.accessible();
    });
  });
});
