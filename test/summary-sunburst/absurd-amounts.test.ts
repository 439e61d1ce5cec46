/**
 * `<sp-summary-sunburst>` over real HTTP with amounts no money can be (issue 20, "Absurd
 * amounts"): `1e400` as text and as a JSON number (a double would make it "$∞") and
 * `1e100000000` (formatting it froze the page for 30 s) are "Invalid amount" in the table, the
 * tooltip, the legend and the centre. They take no room in the chart, and a total that would
 * include one ("All" summaries of a currency) is "Invalid amount" too, never the rest added up.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/summary-sunburst/summary-sunburst.js';
import type { SpSummarySunburst } from '../../src/components/summary-sunburst/summary-sunburst.component.js';
import { baseUrlFor, newKey, script } from '../data/http-helpers.js';
import { recordWarnings } from '../fixtures/console-warnings.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const ACCOUNT = `"partnerMetadata":{"accountType":"STANDARD_ORDERS","marketplaceId":"ATVPDKIKX0DER"}`;
const usd = (amount: string) => `{"currencyAmount":${amount},"currencyCode":"USD"}`;

/**
 * Raw JSON text: the net `1e400` is a number, Earnings `"1e400"` a string, Refunds
 * `1e100000000` a number; Sales and the fees are ordinary.
 */
const ABSURD_SUMMARY = `{"summaries":[{${ACCOUNT},"amount":${usd('1e400')},"breakdowns":[
  {"breakdownType":"EARNINGS","breakdownAmount":${usd('"1e400"')},"breakdowns":[
    {"breakdownType":"SALES","breakdownAmount":${usd('120.5')}},
    {"breakdownType":"REFUNDS","breakdownAmount":${usd('1e100000000')}}
  ]},
  {"breakdownType":"AMAZON_SERVICE_CHARGES_AND_FEES","breakdownAmount":${usd('"-20.5"')}}
]}]}`;

async function render(body: string, label: string) {
  const key = newKey(label);
  await script(key, [{ body }]);
  const errors: unknown[] = [];
  const el = await fixture<SpSummarySunburst>(
    html`<sp-summary-sunburst
      base-url=${baseUrlFor(key)}
      locale="en-US"
      @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
    ></sp-summary-sunburst>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'no table rows', {
    timeout: 5000,
  });
  await el.updateComplete;
  return { el, root: el.shadowRoot!, errors };
}

function tableRows(root: ShadowRoot): string[][] {
  return [...root.querySelectorAll('tbody tr')].map((tr) => [
    text(tr.querySelector('.row-name')),
    ...[...tr.querySelectorAll('td')].map((td) => text(td)),
  ]);
}

describe('<sp-summary-sunburst> with absurd amounts', () => {
  const warned = recordWarnings();

  it('shows them as "Invalid amount" everywhere, sizes arcs without them, and warns once', async () => {
    const started = performance.now();
    const { el, root, errors } = await render(ABSURD_SUMMARY, 'sunburst-absurd');
    // 1e100000000 is judged on its text: nothing formats a hundred million digits.
    expect(performance.now() - started).to.be.below(5000);

    expect(tableRows(root)).to.deep.equal([
      ['Earnings', 'Invalid amount', '', ''],
      // Earnings' angle is its breakdowns' (120.50; Refunds takes none); the gross 141.00.
      ['Sales', '+$120.50', '100%', '85.5%'],
      ['Refunds', 'Invalid amount', '', ''],
      ['Amazon service charges and fees', '-$20.50', '14.5%', '14.5%'],
    ]);
    const titles = [...root.querySelectorAll('tbody [part~="invalid-amount"]')].map((n) =>
      n.getAttribute('title'),
    );
    expect(titles).to.deep.equal(['1e400', '1e100000000']);
    expect(text(root.querySelector('tfoot'))).to.equal('Net proceeds Invalid amount');

    // The centre and the legend say it in words.
    expect(root.querySelector('.centre')!.getAttribute('aria-label')).to.equal(
      'Net proceeds, Invalid amount',
    );
    expect([...root.querySelectorAll('.centre-lines text')].map(text)).to.deep.equal([
      'Net proceeds',
      'Invalid amount',
    ]);
    expect([...root.querySelectorAll('[part~="legend"] li')].map(text)).to.deep.equal([
      'Earnings Invalid amount',
      'Amazon service charges and fees -$20.50',
    ]);

    // Earnings is drawn by its breakdowns' room; its tooltip names no amount but "Invalid".
    const earnings = root.querySelector<SVGPathElement>('path.arc[aria-label^="Earnings"]')!;
    expect(earnings.getAttribute('aria-label')).to.equal('Earnings, Invalid amount');
    earnings.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect([...root.querySelectorAll('.tooltip p')].map(text)).to.deep.equal([
      'Earnings',
      'Invalid amount',
    ]);
    const refunds = [...root.querySelectorAll('path.arc')].filter((p) =>
      p.getAttribute('aria-label')!.startsWith('Refunds'),
    );
    expect(refunds).to.deep.equal([]);

    for (const p of root.querySelectorAll('path')) {
      expect(p.getAttribute('d') ?? '').not.to.match(/NaN|Infinity/);
    }
    expect(text(root)).not.to.match(/∞|NaN|Infinity/);
    expect(errors).to.deep.equal([]);
    expect(warned.calls).to.have.length(1);
    const warning = String(warned.calls[0]![0]);
    expect(warning).to.contain('<sp-summary-sunburst>: 3 amount(s)');
    expect(warning).to.contain('= 1e400');
    expect(warning).to.contain('= 1e100000000');
    await expect(el).to.be.accessible();
  });

  it('makes an "All" total with an invalid amount in it "Invalid amount", not the rest added up', async () => {
    const body = `{"summaries":[
      {${ACCOUNT},"amount":${usd('"10"')},"breakdowns":[
        {"breakdownType":"EARNINGS","breakdownAmount":${usd('"10"')}}]},
      {"partnerMetadata":{"accountType":"STANDARD_ORDERS","marketplaceId":"A2EUQ1WTGCTBG2"},
       "amount":${usd('1e400')},"breakdowns":[
        {"breakdownType":"EARNINGS","breakdownAmount":${usd('"1e400"')}}]}
    ]}`;
    const { el, root } = await render(body, 'sunburst-absurd-all');
    const select = root.querySelector<HTMLSelectElement>('#summary-select')!;
    expect(select.value).to.equal('all:USD');
    expect(tableRows(root)).to.deep.equal([['Earnings', 'Invalid amount', '', '']]);
    expect(text(root.querySelector('tfoot'))).to.equal('Net proceeds Invalid amount');
    expect(root.querySelector('.centre')!.getAttribute('aria-label')).to.match(
      /^Net proceeds, Invalid amount/,
    );
    expect(text(root)).not.to.match(/\$10\.00|∞|NaN/);

    // The ordinary summary alone still shows its own amounts.
    select.value = [...select.options].find((o) => o.text.startsWith('Amazon.com'))!.value;
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(tableRows(root)).to.deep.equal([['Earnings', '+$10.00', '100%', '100%']]);
    expect(text(root.querySelector('tfoot'))).to.equal('Net proceeds $10.00');
  });
});
