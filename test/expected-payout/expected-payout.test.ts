import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { SpApiError } from '../../src/api/errors.js';
import type { ExpectedPayoutModel } from '../../src/api/model.js';
import type { ExpectedPayout } from '../../src/api/wire.js';
import '../../src/components/expected-payout/expected-payout.js';
import type { SpExpectedPayout } from '../../src/components/expected-payout/expected-payout.component.js';
import {
  expectedPayout,
  NOW,
  onePage,
  recordingSource,
  renderExpected,
} from '../fixtures/expected-payouts.js';
import { sandboxExpectedPayouts } from '../fixtures/expected-sandbox.js';

/**
 * Noon UTC on 17 Nov: the 17th in every zone from UTC−11 to UTC+11, so a payout sent as
 * midnight UTC on the 18th is "tomorrow" wherever the default test browser runs.
 * (Zone-sensitive cases are in schedule-date.tz.test.ts.)
 */

const render = renderExpected;

const shadow = (el: SpExpectedPayout) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const hero = (el: SpExpectedPayout) => shadow(el).querySelector('[part="hero"]');
const items = (el: SpExpectedPayout) => [...shadow(el).querySelectorAll('[part="item"]')];

describe('<sp-expected-payout>', () => {
  it("shows Amazon's sandbox answer as published", async () => {
    const { source, queries } = recordingSource(() => sandboxExpectedPayouts);
    const loaded = new Promise<ExpectedPayoutModel[]>((resolve) =>
      document.addEventListener('sp-load', (e) => resolve(e.detail as ExpectedPayoutModel[]), {
        once: true,
      }),
    );
    const el = await render(source);
    const shown = text(hero(el));
    expect(text(shadow(el).querySelector('[part="hero-amount"]'))).to.equal('$2,547.89');
    expect(text(hero(el)!.querySelector('[part="status"]'))).to.equal('Scheduled');
    expect(shown).to.contain('On track');
    // scheduledDate is when Amazon initiates the payout, not when the money arrives.
    expect(shown).to.contain('Scheduled to be sent on');
    expect(shown).to.contain('When it arrives depends on your bank.');
    expect(shown).not.to.contain('Expected on');
    expect(shown).to.contain('Bank account ••1234');
    expect(shown).to.contain('Standard orders · Amazon.com');
    const settlement = hero(el)!.querySelector('[part="settlement-button"]');
    expect(text(settlement)).to.equal('SGI_20240308_001');
    expect(hero(el)!.querySelector('time')!.getAttribute('datetime')).to.equal(
      '2024-03-22T14:00:00.000Z',
    );
    expect(items(el)).to.have.length(0);
    // The sandbox repeats its nextToken: one follow-up page, then paging stops; the payout it
    // sends again is the same payout and is shown once.
    expect(queries).to.deep.equal([
      { marketplaceIds: ['ATVPDKIKX0DER'] },
      { marketplaceIds: ['ATVPDKIKX0DER'], nextToken: 'eyJhbGciOiJIUzI1NiJ9' },
    ]);
    const detail = await loaded;
    expect(detail).to.have.length(1);
    expect(detail[0]!.settlementIds).to.deep.equal(['SGI_20240308_001']);
    await expect(el).to.be.accessible();
  });

  const statuses: [string, string, RegExp][] = [
    ['SCHEDULED', 'Scheduled', /On track/],
    ['AT_RISK', 'At risk', /deposit method looks invalid\. Update the deposit method/],
    ['DISABLED', 'Payouts disabled', /Payouts are turned off for this account/],
    [
      'NO_PAYOUT_EXPECTED',
      'No payout expected',
      /The balance is negative, so nothing will be paid/,
    ],
    ['PENDING_VERIFICATION', 'Pending verification', /gives no further detail/],
    ['Awaiting Review', 'Awaiting Review', /gives no further detail/],
  ];
  for (const [status, label, meaning] of statuses) {
    it(`shows ${status} in words with what it means, by icon and text`, async () => {
      const el = await render(onePage(expectedPayout({ status })).source);
      const statusEl = hero(el)!.querySelector('[part="status"]')!;
      expect(text(statusEl)).to.equal(label);
      expect(statusEl.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(hero(el)!.querySelector('[part="meaning"]'))).to.match(meaning);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a negative amount with its minus sign', async () => {
    const el = await render(
      onePage(
        expectedPayout({
          status: 'NO_PAYOUT_EXPECTED',
          amount: { currencyCode: 'USD', currencyAmount: '-120.50' },
        }),
      ).source,
    );
    const amount = shadow(el).querySelector('[part="hero-amount"]')!;
    expect(text(amount)).to.equal('-$120.50');
    expect(amount.classList.contains('negative')).to.equal(true);
    expect(text(hero(el))).to.contain('No payout expected');
  });

  it('shows an amount without a currency as the exact number, marked, never dropped', async () => {
    const el = await render(
      onePage(expectedPayout({ amount: { currencyAmount: '2547.891' } as never })).source,
    );
    expect(text(shadow(el).querySelector('[part~="bare-amount"]'))).to.equal(
      '2,547.891 (currency not given)',
    );
    expect(text(hero(el))).to.contain('Scheduled');
  });

  it('leaves out a missing scheduled date, account tail and amount', async () => {
    const el = await render(
      onePage(
        expectedPayout({
          scheduledDate: undefined,
          accountTail: null,
          amount: null,
          period: null,
          relatedIdentifiers: null,
          status: 'NO_PAYOUT_EXPECTED',
        }),
      ).source,
    );
    const shown = text(shadow(el));
    expect(shown).not.to.match(/undefined|null|NaN/);
    expect(shown).not.to.contain('Scheduled to be sent on');
    expect(shown).not.to.contain('••');
    expect(shown).not.to.contain('Period');
    expect(shadow(el).querySelector('time')).to.equal(null);
    expect(shadow(el).querySelector('[part="hero-amount"]')).to.equal(null);
    expect(text(shadow(el).querySelector('.deposit'))).to.equal('Bank account');
    await expect(el).to.be.accessible();
  });

  it('says when the payout is due, relative to now', async () => {
    const el = await render(
      onePage(
        expectedPayout({ scheduledDate: '2026-11-18T00:00:00Z' }),
        expectedPayout({
          scheduledDate: '2026-11-20T00:00:00Z',
          amount: { currencyCode: 'USD', currencyAmount: 5 },
        }),
      ).source,
    );
    expect(text(hero(el)!.querySelector('.schedule'))).to.equal('Wed, Nov 18, 2026 (tomorrow)');
    expect(hero(el)!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-18');
    expect(text(items(el)[0]!.querySelector('.schedule'))).to.equal(
      'Fri, Nov 20, 2026 (in 3 days)',
    );
    expect(text(hero(el)!.querySelector('.period'))).to.equal('Nov 4 – 18, 2026');

    el.now = new Date('2026-11-18T12:00:00Z');
    await el.updateComplete;
    expect(text(hero(el)!.querySelector('.schedule'))).to.equal('Wed, Nov 18, 2026 (today)');
  });

  it('keeps currencies apart: soonest prominent, the others listed by date, nothing summed', async () => {
    const payout = (currencyCode: string, currencyAmount: string, scheduledDate?: string) =>
      expectedPayout({
        amount: { currencyCode, currencyAmount },
        scheduledDate,
        partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'A1PA6795UKMFR9' },
      });
    const loaded = oneEvent(document, 'sp-load');
    const el = await render(
      onePage(
        payout('USD', '100.00', '2026-11-20T00:00:00Z'),
        payout('GBP', '40.00'),
        payout('EUR', '250.00', '2026-11-18T00:00:00Z'),
        payout('JPY', '12345', '2026-11-25T00:00:00Z'),
      ).source,
    );
    expect(text(shadow(el).querySelector('[part="hero-amount"]'))).to.equal('€250.00');
    expect(items(el).map((item) => text(item.querySelector('.item-amount')))).to.deep.equal([
      '$100.00',
      '¥12,345',
      '£40.00',
    ]);
    const all = text(shadow(el));
    // 100 + 250 + 12345 + 40 in any form would be a total across currencies.
    expect(all).not.to.match(/12,735|12,695|350/);
    const detail = (await loaded).detail as ExpectedPayoutModel[];
    expect(detail.map((p) => p.money!.currency)).to.deep.equal(['EUR', 'USD', 'JPY', 'GBP']);
    expect(shadow(el).querySelector('[part="list"]')!.tagName).to.equal('UL');
    await expect(el).to.be.accessible();
  });

  it('renders markup from the API as text', async () => {
    const el = await render(
      onePage(
        expectedPayout({
          status: '<b>SHOUT</b>',
          accountTail: '<img src=x onerror=alert(1)>',
          paymentMethod: '<script>alert(1)</script>',
          relatedIdentifiers: [
            { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: '<i>S1</i>' },
          ],
        }),
      ).source,
    );
    const root = shadow(el);
    expect(root.querySelector('img, b, script, i')).to.equal(null);
    expect(text(root)).to.contain('<b>SHOUT</b>');
    expect(text(root.querySelector('.deposit'))).to.equal(
      '<script>alert(1)</script> ••<img src=x onerror=alert(1)>',
    );
    expect(text(root.querySelector('[part="settlement-button"]'))).to.equal('<i>S1</i>');
  });

  it('fires sp-settlement-select with the settlement id and its payout', async () => {
    const el = await render(
      onePage(
        expectedPayout({
          relatedIdentifiers: [
            { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'SETTLEMENT-1' },
            { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'SETTLEMENT-2' },
          ],
        }),
      ).source,
    );
    const buttons = [
      ...shadow(el).querySelectorAll<HTMLButtonElement>('[part="settlement-button"]'),
    ];
    expect(buttons.map((b) => text(b))).to.deep.equal(['SETTLEMENT-1', 'SETTLEMENT-2']);
    const selected = oneEvent(document, 'sp-settlement-select');
    buttons[1]!.click();
    const event = await selected;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.settlementId).to.equal('SETTLEMENT-2');
    expect(event.detail.payout.settlementIds).to.deep.equal(['SETTLEMENT-1', 'SETTLEMENT-2']);
    expect(event.detail.payout.money!.amount.toString()).to.equal('1000');
    expect(buttons[1]!.type).to.equal('button');
  });

  it('sends marketplace-ids and account-type as the query, and refetches when they change', async () => {
    const { source, queries } = recordingSource(() => ({ expectedPayouts: [expectedPayout()] }));
    const el = await fixture<SpExpectedPayout>(
      html`<sp-expected-payout
        marketplace-ids="ATVPDKIKX0DER, A2EUQ1WTGCTBG2"
        account-type="STANDARD_ORDERS"
        .dataSource=${source}
      ></sp-expected-payout>`,
    );
    await el.updateComplete;
    expect(queries).to.deep.equal([
      { marketplaceIds: ['ATVPDKIKX0DER', 'A2EUQ1WTGCTBG2'], accountType: 'STANDARD_ORDERS' },
    ]);
    el.removeAttribute('account-type');
    el.setAttribute('marketplace-ids', 'A1PA6795UKMFR9');
    await el.updateComplete;
    expect(queries.at(-1)).to.deep.equal({ marketplaceIds: ['A1PA6795UKMFR9'] });
    el.removeAttribute('marketplace-ids');
    await el.updateComplete;
    expect(queries.at(-1)).to.deep.equal({});
  });

  it('fetches every page, following empty ones, and stops on a repeated token', async () => {
    const pages = [
      {
        expectedPayouts: [expectedPayout({ scheduledDate: '2026-11-18T00:00:00Z' })],
        nextToken: 'A',
      },
      { expectedPayouts: [], nextToken: 'B' },
      {
        expectedPayouts: [
          expectedPayout({
            scheduledDate: '2026-11-21T00:00:00Z',
            amount: { currencyCode: 'CAD', currencyAmount: '75.10' },
          }),
        ],
        nextToken: 'A',
      },
    ];
    // Past the scripted pages the backend would loop forever with fresh tokens.
    const { source, queries } = recordingSource(
      (_query, call) => pages[call] ?? { expectedPayouts: [], nextToken: `T${call}` },
    );
    const el = await render(source);
    // 'A' again on the third page: paging stops there.
    expect(queries.map((q) => q.nextToken)).to.deep.equal([undefined, 'A', 'B']);
    expect(queries.map((q) => q.marketplaceIds)).to.deep.equal([
      ['ATVPDKIKX0DER'],
      ['ATVPDKIKX0DER'],
      ['ATVPDKIKX0DER'],
    ]);
    expect(text(shadow(el).querySelector('[part="hero-amount"]'))).to.equal('$1,000.00');
    expect(items(el).map((item) => text(item.querySelector('.item-amount')))).to.deep.equal([
      'CA$75.10',
    ]);
  });

  it('says so when no payout is expected for the requested marketplaces', async () => {
    const el = await render(onePage().source, { marketplaceIds: 'ATVPDKIKX0DER,A1F83G8C2ARO7P' });
    const empty = shadow(el).querySelector('[part="empty"]')!;
    expect(text(empty)).to.equal(
      'No payout expected Amazon has no upcoming payout in Amazon.com and Amazon.co.uk.',
    );
    expect(hero(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows the error state with the API message and request id', async () => {
    const errors: unknown[] = [];
    const failing = recordingSource(() => {
      throw new SpApiError({
        kind: 'http',
        status: 400,
        code: 'InvalidInput',
        message: 'Invalid input',
        requestId: 'REQ-42',
      });
    });
    const el = await fixture<SpExpectedPayout>(
      html`<sp-expected-payout
        marketplace-ids="INVALID_MARKETPLACE"
        @sp-error=${(e: CustomEvent) => errors.push(e.detail)}
        .dataSource=${failing.source}
      ></sp-expected-payout>`,
    );
    await el.updateComplete;
    const error = shadow(el).querySelector('[part="error"]')!;
    expect(text(error)).to.contain('Invalid input');
    expect(text(error)).to.contain('REQ-42');
    expect(errors).to.deep.equal([
      {
        status: 400,
        code: 'InvalidInput',
        message: 'Invalid input',
        requestId: 'REQ-42',
        errors: [],
      },
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a loading skeleton until the data arrives', async () => {
    let release: (value: { expectedPayouts: ExpectedPayout[] }) => void = () => {};
    const { source } = recordingSource(() => new Promise((resolve) => (release = resolve)));
    // A plain wrapper, so the fixture does not wait for the element's (pending) load.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><sp-expected-payout .dataSource=${source}></sp-expected-payout></div>`,
    );
    const el = wrapper.querySelector('sp-expected-payout')!;
    await new Promise((resolve) => setTimeout(resolve));
    const skeleton = shadow(el).querySelector('[part="skeleton"]');
    expect(skeleton?.getAttribute('aria-label')).to.equal('Loading expected payouts');
    await expect(el).to.be.accessible();
    release({ expectedPayouts: [expectedPayout()] });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    expect(hero(el)).not.to.equal(null);
  });

  it('lets the host add its own action to the at-risk payout and to the prominent one', async () => {
    const el = await fixture<SpExpectedPayout>(
      html`<sp-expected-payout
        locale="en-US"
        .now=${NOW}
        .dataSource=${
          onePage(
            expectedPayout({ scheduledDate: '2026-11-18T00:00:00Z' }),
            expectedPayout({
              status: 'AT_RISK',
              scheduledDate: '2026-11-19T00:00:00Z',
              amount: { currencyCode: 'USD', currencyAmount: 9 },
            }),
          ).source
        }
      >
        <a slot="at-risk-action" href="#deposit">Update deposit method</a>
        <button slot="action" type="button">Payout settings</button>
      </sp-expected-payout>`,
    );
    await el.updateComplete;
    const atRiskSlot = shadow(el).querySelector<HTMLSlotElement>('slot[name="at-risk-action"]')!;
    expect(atRiskSlot.closest('[part="item"]')!.getAttribute('data-status')).to.equal('AT_RISK');
    expect(atRiskSlot.assignedElements().map((e) => e.textContent)).to.deep.equal([
      'Update deposit method',
    ]);
    const heroSlot = hero(el)!.querySelector<HTMLSlotElement>('slot[name="action"]')!;
    expect(heroSlot.assignedElements().map((e) => e.textContent)).to.deep.equal([
      'Payout settings',
    ]);
    await expect(el).to.be.accessible();
  });
});
