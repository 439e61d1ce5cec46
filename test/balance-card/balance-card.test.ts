import { aTimeout, expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/balance-card/balance-card.js';
import type { SpBalanceCard } from '../../src/components/balance-card/balance-card.component.js';
import { SpApiError } from '../../src/api/errors.js';
import type { BalanceGroup } from '../../src/api/model.js';
import type { BalancesQuery } from '../../src/api/operations.js';
import type { ListBalancesResponse } from '../../src/api/wire.js';
import type { FinanceDataSource, RequestOptions } from '../../src/data/data-source.js';
import {
  bigDecimal,
  flatUsd,
  germany,
  india,
  markup,
  multiCurrency,
  nestedEur,
  noTotal,
  noTotalNoReserved,
  unknownTypes,
} from '../fixtures/balances.js';
import { sandboxAsOfBalances, sandboxCurrentBalances } from '../fixtures/balances-sandbox.js';

type Answer = ListBalancesResponse | ((query: BalancesQuery) => Promise<ListBalancesResponse>);

/** A data source that answers listBalances and records every query it receives. */
function recordingSource(answer: Answer) {
  const queries: BalancesQuery[] = [];
  const source = {
    queries,
    listBalances: async (query: BalancesQuery, _options?: RequestOptions) => {
      queries.push(query);
      return typeof answer === 'function' ? answer(query) : structuredClone(answer);
    },
  };
  return source as typeof source & FinanceDataSource;
}

/** A card with its data source and attributes set before it connects, so it loads once. */
async function card(source: FinanceDataSource, attrs: Record<string, string> = {}) {
  const el = document.createElement('sp-balance-card');
  el.dataSource = source;
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  await fixture(html`${el}`);
  await el.updateComplete;
  return el;
}

/** A card inside a container of the given width. */
async function cardIn(
  width: string,
  source: FinanceDataSource,
  attrs: Record<string, string> = {},
) {
  const wrapper = document.createElement('div');
  wrapper.style.width = width;
  const el = document.createElement('sp-balance-card');
  el.dataSource = source;
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  wrapper.append(el);
  // fixtureSync: a plain <div> would make fixture() wait for an animation frame, which a
  // background test page may never get.
  fixtureSync(html`${wrapper}`);
  await el.updateComplete;
  return el;
}

const root = (el: SpBalanceCard) => el.shadowRoot!;
/** Visible text, whitespace collapsed and no-break spaces as spaces. */
const textOf = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const amountOf = (el: SpBalanceCard, selector: string) =>
  textOf(root(el).querySelector(`${selector} .amount`));
const rowTypes = (el: SpBalanceCard) =>
  [...root(el).querySelectorAll('[part~="balance-row"]')].map((li) => li.getAttribute('data-type'));

describe('<sp-balance-card>', () => {
  it("shows Amazon's sandbox balances in words, TOTAL first, amounts as given", async () => {
    const source = recordingSource(sandboxCurrentBalances);
    const el = await card(source);
    const group = root(el).querySelector('[part~="group"]')!;
    expect(textOf(group.querySelector('h3'))).to.equal('AXXXXXXXXXER · Standard Orders USD');
    expect(textOf(group.querySelector('.partner-id'))).to.equal('XXXXXXXXXXXXXX');
    expect(group.querySelector('sp-copy-button')!.value).to.equal('XXXXXXXXXXXXXX');
    expect(amountOf(el, '[part~="total"]')).to.equal('$15,000.00');
    expect(rowTypes(el)).to.deep.equal([
      'AVAILABLE',
      'RESERVED',
      'DEFERRED',
      'ACCOUNT_LEVEL_RESERVES',
    ]);
    expect(amountOf(el, '[data-type="RESERVED"] > .row')).to.equal('$7,000.00');
    expect(amountOf(el, '[data-type="DEFERRED"]')).to.equal('$9,000.00');
    const reserve = root(el).querySelector('[data-type="ACCOUNT_LEVEL_RESERVES"]')!;
    expect(textOf(reserve.querySelector('.label'))).to.equal('Account-level reserve');
    expect(textOf(reserve.querySelector('.amount'))).to.equal('-$2,000.00');
    // DEFERRED and the reserve sit beneath RESERVED.
    expect(reserve.parentElement!.closest('[data-type]')!.getAttribute('data-type')).to.equal(
      'RESERVED',
    );
    expect(textOf(root(el).querySelector('[part~="when"]'))).to.match(/^Updated Jan 1[12], 2025/);
    await expect(el).to.be.accessible();
  });

  it('fires sp-load with the groups it shows', async () => {
    const source = recordingSource(flatUsd);
    const el = document.createElement('sp-balance-card');
    el.dataSource = source;
    const loaded = oneEvent(el, 'sp-load');
    document.body.append(el);
    const event = await loaded;
    const groups = event.detail as BalanceGroup[];
    expect(event.bubbles && event.composed).to.equal(true);
    expect(groups.map((g) => [g.account.marketplaceId, g.currency])).to.deep.equal([
      ['ATVPDKIKX0DER', 'USD'],
    ]);
    expect(groups[0]!.balances.map((b) => b.type)).to.deep.equal([
      'TOTAL',
      'AVAILABLE',
      'RESERVED',
    ]);
    el.remove();
  });

  it('shows the flat form like the nested one, with breakdowns', async () => {
    const el = await card(recordingSource(flatUsd));
    expect(amountOf(el, '[part~="total"]')).to.equal('$1,079.75');
    expect(rowTypes(el)).to.deep.equal([
      'AVAILABLE',
      'RESERVED',
      'DEFERRED',
      'ACCOUNT_LEVEL_RESERVES',
    ]);
    const breakdowns = root(el).querySelector('[data-type="DEFERRED"] [part~="breakdowns"]')!;
    expect([...breakdowns.querySelectorAll('li')].map(textOf)).to.deep.equal([
      'Delivery date policy $350.00',
      'Invoiced orders $50.00',
    ]);
    expect(breakdowns.getAttribute('aria-label')).to.equal('Breakdown of Deferred');
    expect(textOf(root(el).querySelector('h3'))).to.equal('Amazon.com · Standard orders USD');
  });

  it('sends every filter in the query, and nothing for absent attributes', async () => {
    const source = recordingSource({ balances: [] });
    await card(source);
    expect(source.queries).to.deep.equal([{}]);

    const filtered = recordingSource({ balances: [] });
    const el = await fixture<SpBalanceCard>(
      html`<sp-balance-card
        .dataSource=${filtered}
        marketplace-id="A1PA6795UKMFR9"
        balance-types="AVAILABLE, DEFERRED"
        account-type="Standard Orders"
        as-of-date="2025-01-12"
      ></sp-balance-card>`,
    );
    await el.updateComplete;
    expect(filtered.queries).to.deep.equal([
      {
        marketplaceId: 'A1PA6795UKMFR9',
        balanceType: ['AVAILABLE', 'DEFERRED'],
        accountType: 'Standard Orders',
        asOfDate: '2025-01-12',
      },
    ]);
  });

  it('refetches when an attribute changes, and an older slow answer never wins', async () => {
    let release: (() => void) | undefined;
    const source = recordingSource(async (query) => {
      if (query.marketplaceId === 'A1F83G8C2ARO7P') {
        // The first query answers only after the second has.
        await new Promise<void>((resolve) => (release = resolve));
        return structuredClone(multiCurrency);
      }
      return structuredClone(germany);
    });
    const el = document.createElement('sp-balance-card');
    el.locale = 'de-DE';
    el.dataSource = source;
    el.setAttribute('marketplace-id', 'A1F83G8C2ARO7P');
    document.body.append(el);
    await aTimeout(0);
    el.setAttribute('marketplace-id', 'A1PA6795UKMFR9');
    await el.updateComplete;
    release?.();
    await aTimeout(10);
    await el.updateComplete;
    expect(source.queries.map((q) => q.marketplaceId)).to.deep.equal([
      'A1F83G8C2ARO7P',
      'A1PA6795UKMFR9',
    ]);
    expect(root(el).querySelectorAll('[part~="group"]')).to.have.length(1);
    expect(amountOf(el, '[part~="total"]')).to.equal('1.234,56 €');
    expect(textOf(root(el))).not.to.contain('£');
    el.remove();
  });

  it('follows nextToken with the same filters, through empty pages', async () => {
    const pages: Record<string, ListBalancesResponse> = {
      first: { balances: [], nextToken: 'p2' },
      p2: { balances: flatUsd.balances!.slice(0, 2), nextToken: 'p3' },
      p3: { balances: flatUsd.balances!.slice(2) },
    };
    const source = recordingSource(async (q) => structuredClone(pages[q.nextToken ?? 'first']!));
    const el = await card(source, { 'account-type': 'STANDARD_ORDERS' });
    expect(source.queries.slice(-3)).to.deep.equal([
      { accountType: 'STANDARD_ORDERS' },
      { accountType: 'STANDARD_ORDERS', nextToken: 'p2' },
      { accountType: 'STANDARD_ORDERS', nextToken: 'p3' },
    ]);
    expect(amountOf(el, '[part~="total"]')).to.equal('$1,079.75');
    expect(rowTypes(el)).to.have.length(4);
  });

  it('stops at a repeated token and shows a balance sent twice once', async () => {
    const source = recordingSource(sandboxCurrentBalances);
    const el = await card(source);
    expect(source.queries.map((q) => q.nextToken)).to.deep.equal([
      undefined,
      'jehgri34yo7jr9e8f984tr9i4o',
    ]);
    expect(root(el).querySelectorAll('[part~="total"]')).to.have.length(1);
    expect(rowTypes(el)).to.have.length(4);
  });

  it('shows several currencies side by side, never added together', async () => {
    const el = await card(recordingSource(multiCurrency));
    const groups = [...root(el).querySelectorAll('[part~="group"]')];
    expect(groups.map((g) => textOf(g.querySelector('h3')))).to.deep.equal([
      'Amazon.co.uk · Standard orders GBP',
      'Amazon.de · Standard orders EUR',
    ]);
    expect(groups.map((g) => textOf(g.querySelector('[part~="total-amount"]')))).to.deep.equal([
      '£500.00',
      '€700.00',
    ]);
    expect(root(el).querySelectorAll('[part~="total"]')).to.have.length(2);
    expect(textOf(root(el))).not.to.match(/1,200/);
  });

  it('formats in the locale: en-IN lakh grouping, de-DE decimal comma', async () => {
    const indian = await card(recordingSource(india), { locale: 'en-IN' });
    expect(amountOf(indian, '[part~="total"]')).to.equal('₹12,34,567.89');
    expect(textOf(indian.shadowRoot!.querySelector('h3'))).to.equal(
      'Amazon.in · Electronic transactions INR',
    );
    const german = await card(recordingSource(germany), { locale: 'de-DE' });
    expect(amountOf(german, '[part~="total"]')).to.equal('1.234,56 €');
  });

  it('shows exact big decimals exactly', async () => {
    const el = await card(recordingSource(bigDecimal));
    expect(amountOf(el, '[part~="total"]')).to.equal('$9,007,199,254,740,993.07');
    const available = root(el).querySelector('[data-type="AVAILABLE"] .amount')!;
    expect(available.getAttribute('data-amount')).to.equal('9007199254740993.07');
  });

  it('shows unknown balance types humanized, under the balance they came in', async () => {
    const el = await card(recordingSource(unknownTypes));
    expect(rowTypes(el)).to.deep.equal(['RESERVED', 'CHARGEBACK_HOLD', 'LOAN_REPAYMENTS']);
    const loan = root(el).querySelector('[data-type="LOAN_REPAYMENTS"]')!;
    expect(textOf(loan.querySelector('.label'))).to.equal('Loan repayments');
    expect(textOf(loan.querySelector('.amount'))).to.equal('-$10.00');
    const hold = root(el).querySelector('[data-type="CHARGEBACK_HOLD"]')!;
    expect(textOf(hold.querySelector('.label'))).to.equal('Chargeback hold');
    expect(hold.parentElement!.closest('[data-type]')!.getAttribute('data-type')).to.equal(
      'RESERVED',
    );
  });

  it('shows negative balances with a minus sign and the negative colour', async () => {
    const el = await card(recordingSource(nestedEur), { locale: 'en-GB' });
    const reserve = root(el).querySelector('[data-type="ACCOUNT_LEVEL_RESERVES"] .amount')!;
    const available = root(el).querySelector('[data-type="AVAILABLE"] .amount')!;
    expect(textOf(reserve)).to.equal('-€65.44');
    expect(reserve.classList.contains('negative')).to.equal(true);
    expect(available.classList.contains('negative')).to.equal(false);
    expect(getComputedStyle(reserve).color).not.to.equal(getComputedStyle(available).color);
  });

  it('shows a missing TOTAL as the sum of its parts, marked computed', async () => {
    const el = await card(recordingSource(noTotal));
    const total = root(el).querySelector('[part~="total"]')!;
    expect(textOf(total.querySelector('[part~="total-amount"]'))).to.equal('$0.30');
    expect(textOf(total.querySelector('[part~="computed-badge"]'))).to.equal('computed');
    expect(textOf(total)).to.contain('Amazon sent no total; this is Available + Reserved');
    await expect(el).to.be.accessible();
  });

  it('computes no TOTAL when the balance types asked for leave it out', async () => {
    const el = await card(recordingSource(noTotal), { 'balance-types': 'AVAILABLE,RESERVED' });
    expect(root(el).querySelector('[part~="total"]')).to.equal(null);
    expect(rowTypes(el)).to.deep.equal(['AVAILABLE', 'RESERVED']);
  });

  it('shows a returned asOfDate as the balance at the end of that day', async () => {
    const source = recordingSource(sandboxAsOfBalances);
    const el = await card(source, { 'as-of-date': '2025-01-12', locale: 'en-GB' });
    expect(source.queries.at(-1)!.asOfDate).to.equal('2025-01-12');
    const when = root(el).querySelector('[part~="when"]')!;
    expect(textOf(when)).to.equal('Balance at the end of 12 Jan 2025');
    expect(when.querySelector('time')!.getAttribute('datetime')).to.equal('2025-01-12');
    expect(textOf(root(el))).not.to.contain('Updated');
  });

  it('shows a requested asOfDate Amazon did not echo as the reference defines it, naming the marketplace', async () => {
    const echoless = {
      balances: sandboxAsOfBalances.balances!.map(({ asOfDate: _, ...balance }) => ({
        ...balance,
        partnerMetadata: { ...balance.partnerMetadata, marketplaceId: 'ATVPDKIKX0DER' },
      })),
    };
    const el = await card(recordingSource(echoless), {
      'as-of-date': '2025-01-12',
      locale: 'en-GB',
    });
    const when = root(el).querySelector('[part~="when"]')!;
    expect(textOf(when)).to.equal(
      'Balance before 12 Jan 2025: transactions before, not on, that day, by the local date of Amazon.com',
    );
    expect(when.querySelector('time')!.getAttribute('datetime')).to.equal('2025-01-12');
  });

  it('sends marketplace-ids as marketplaceIds (published) beside marketplace-id (reference)', async () => {
    const source = recordingSource(sandboxAsOfBalances);
    await card(source, { 'marketplace-ids': 'A1F83G8C2ARO7P,A1PA6795UKMFR9' });
    expect(source.queries[0]).to.deep.equal({
      marketplaceIds: ['A1F83G8C2ARO7P', 'A1PA6795UKMFR9'],
    });
    const both = recordingSource({ balances: [] });
    const el = await card(both, {
      'marketplace-id': 'ATVPDKIKX0DER',
      'marketplace-ids': 'A1F83G8C2ARO7P',
    });
    expect(both.queries.at(-1)).to.deep.equal({
      marketplaceId: 'ATVPDKIKX0DER',
      marketplaceIds: ['A1F83G8C2ARO7P'],
    });
    expect(textOf(root(el).querySelector('[part~="empty"]'))).to.contain(
      'marketplace Amazon.com; marketplace Amazon.co.uk',
    );
  });

  it('sends balance-types as written, in either spelling of the account-level reserve', async () => {
    for (const spelling of ['ACCOUNT_LEVEL_RESERVE', 'ACCOUNT_LEVEL_RESERVES']) {
      const source = recordingSource(noTotalNoReserved);
      const el = await card(source, { 'balance-types': spelling });
      expect(source.queries.at(-1)).to.deep.equal({ balanceType: [spelling] });
      expect(textOf(root(el))).to.contain('Account-level reserve');
    }
  });

  it('renders markup in any string as text', async () => {
    const el = await card(recordingSource(markup));
    const shadow = root(el);
    expect(shadow.querySelectorAll('img, b, i, script')).to.have.length(0);
    const text = textOf(shadow);
    expect(text).to.contain('<b>x</b>');
    expect(text).to.contain('<img src=x onerror=alert(1)>');
    expect(text).to.contain('<script>alert(1)</script>');
    expect(text).to.contain('M1 · <i>acct</i>');
  });

  it('says what was asked for when there are no balances', async () => {
    const el = await card(recordingSource({ balances: [] }), {
      'marketplace-id': 'A1F83G8C2ARO7P',
      'balance-types': 'DEFERRED',
    });
    const empty = root(el).querySelector('[part~="empty"]')!;
    expect(textOf(empty)).to.equal(
      'No balances Amazon returned no balances for balance type Deferred; marketplace Amazon.co.uk.',
    );
    await expect(el).to.be.accessible();
  });

  it('shows a 403 with the request id, and fires sp-error', async () => {
    const source = recordingSource(async () => {
      throw new SpApiError({
        kind: 'http',
        status: 403,
        code: 'Unauthorized',
        message: 'Access to requested resource is denied.',
        requestId: 'b2c7a1e0-403-request',
      });
    });
    const el = document.createElement('sp-balance-card');
    el.dataSource = source;
    const failed = oneEvent(el, 'sp-error');
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail).to.deep.equal({
      status: 403,
      code: 'Unauthorized',
      message: 'Access to requested resource is denied.',
      requestId: 'b2c7a1e0-403-request',
      errors: [],
    });
    const error = root(el).querySelector('[part~="error"]')!;
    expect(textOf(error)).to.contain('Access denied');
    expect(textOf(error)).to.contain('Access to requested resource is denied.');
    expect(textOf(error.querySelector('.request-id'))).to.equal('b2c7a1e0-403-request');
    expect(error.querySelector('[part~="retry-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('recovers from a 429 when retried', async () => {
    let calls = 0;
    const source = recordingSource(async () => {
      calls++;
      if (calls === 1) {
        throw new SpApiError({
          kind: 'http',
          status: 429,
          code: 'QuotaExceeded',
          message: 'You exceeded your quota for the requested resource.',
          requestId: 'rid-429',
        });
      }
      return structuredClone(flatUsd);
    });
    const el = await card(source);
    expect(textOf(root(el).querySelector('[part~="error"] h2'))).to.equal('Too many requests');
    const retry = root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    retry.click();
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(root(el).querySelector('[part~="error"]')).to.equal(null);
    expect(amountOf(el, '[part~="total"]')).to.equal('$1,079.75');
  });

  it('explains a balance type on demand, from the keyboard', async () => {
    const el = await card(recordingSource(flatUsd));
    const row = root(el).querySelector('[data-type="DEFERRED"]')!;
    const button = row.querySelector<HTMLButtonElement>('[part~="explain-button"]')!;
    const explanation = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    expect(textOf(button)).to.equal('? What is Deferred?');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(explanation.hidden).to.equal(true);

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(explanation.hidden).to.equal(false);
    expect(explanation.checkVisibility()).to.equal(true);
    expect(textOf(explanation)).to.contain('posted but is holding');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(explanation.checkVisibility()).to.equal(false);
  });

  it('renders in the dark theme', async () => {
    const el = await fixture<SpBalanceCard>(
      html`<sp-balance-card
        theme="dark"
        locale="en-US"
        .dataSource=${recordingSource(nestedEur)}
      ></sp-balance-card>`,
    );
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 25, 31)');
    expect(getComputedStyle(el).color).to.equal('rgb(233, 236, 239)');
    await expect(el).to.be.accessible();
  });

  it('fits a 320 px sidebar in the compact layout, long figures included', async () => {
    const wide: ListBalancesResponse = {
      balances: [
        ...bigDecimal.balances!.map((b) => ({
          ...b,
          partnerMetadata: { ...b.partnerMetadata, partnerId: 'A3LONGPARTNERIDENTIFIER0123456789' },
        })),
        ...unknownTypes.balances!.slice(1),
        {
          partnerMetadata: bigDecimal.balances![0]!.partnerMetadata,
          balanceType: 'ACCOUNT_LEVEL_RESERVE',
          amount: { currencyAmount: '-9007199254740993.07', currencyCode: 'USD' },
        },
      ],
    };
    const el = await cardIn('320px', recordingSource(wide), {
      layout: 'compact',
      locale: 'de-DE',
    });
    expect(el.getAttribute('layout')).to.equal('compact');
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const box = el.getBoundingClientRect();
    for (const node of root(el).querySelectorAll('*')) {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not rendered (a closed explanation)
      expect(rect.right, `${node.localName}.${node.className}`).to.be.at.most(box.right);
      expect(rect.left, `${node.localName}.${node.className}`).to.be.at.least(box.left);
    }
    expect(amountOf(el, '[part~="total"]')).to.equal('9.007.199.254.740.993,07 $');
  });

  it('puts groups side by side in a wide full layout', async () => {
    const el = await cardIn('800px', recordingSource(multiCurrency));
    const [first, second] = [...root(el).querySelectorAll('[part~="group"]')].map((g) =>
      g.getBoundingClientRect(),
    );
    expect(second!.top).to.equal(first!.top);
    expect(second!.left).to.be.greaterThan(first!.right - 1);

    el.layout = 'compact';
    await el.updateComplete;
    const [a, b] = [...root(el).querySelectorAll('[part~="group"]')].map((g) =>
      g.getBoundingClientRect(),
    );
    expect(b!.top).to.be.greaterThan(a!.bottom - 1);
  });
});
