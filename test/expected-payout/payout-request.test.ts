/**
 * "Pay out now" in `<sp-expected-payout>`, as a seller meets it: where the button appears, the
 * confirmation dialog with the keyboard alone, one request per confirmation however often
 * Confirm is clicked, no automatic retry, each failure in words, and the payout's reference and
 * the refresh after it is made. Over the sandbox (a DE seller) and over real HTTP
 * (test/server/test-endpoints.ts).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/expected-payout/expected-payout.js';
import type { SpExpectedPayout } from '../../src/components/expected-payout/expected-payout.component.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import type { SpPayoutRequestEvent } from '../../src/events/sp-payout-request.js';
import { baseUrlFor, delay, newKey, script, stats, type Step } from '../data/http-helpers.js';
import { expectedPayout, recordingSource } from '../fixtures/expected-payouts.js';

const DE = 'A1PA6795UKMFR9';
const US = 'ATVPDKIKX0DER';
const NOW = '2026-11-15T00:00:00Z';
const PAYOUTS_PATH = '/finances/transfers/2024-06-01/payouts';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: SpExpectedPayout, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const buttons = (el: SpExpectedPayout) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="payout-request-button"]'),
];
const dialogOf = (el: SpExpectedPayout) =>
  el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.payout-dialog');
const focused = (el: SpExpectedPayout) => el.shadowRoot!.activeElement as HTMLElement | null;
const payoutRequests = (source: SandboxDataSource) =>
  source.requests.filter((request) => request.operation === 'initiatePayout');

interface Attributes {
  marketplaceIds?: string;
  accountType?: string;
  allow?: boolean;
  showMethods?: boolean;
  baseUrl?: string;
}

async function render(
  source: FinanceDataSource | undefined,
  { marketplaceIds = DE, accountType, allow = true, showMethods = false, baseUrl }: Attributes = {},
): Promise<SpExpectedPayout> {
  const el = await fixture<SpExpectedPayout>(
    html`<sp-expected-payout
      locale="en-US"
      marketplace-ids=${marketplaceIds}
      account-type=${accountType ?? ''}
      ?allow-payout-request=${allow}
      ?show-payment-methods=${showMethods}
      base-url=${baseUrl ?? ''}
      .now=${new Date(NOW)}
      .dataSource=${source}
    ></sp-expected-payout>`,
  );
  await el.updateComplete;
  return el;
}

/** Opens the dialog from the (only) "Pay out now" button and waits for the deposit method. */
async function openDialog(el: SpExpectedPayout): Promise<HTMLDialogElement> {
  const [button] = buttons(el);
  expect(button, 'a "Pay out now" button').to.exist;
  button!.click();
  await el.updateComplete;
  await until(() => dialogOf(el)?.querySelector('.payout-destination .muted') == null);
  return dialogOf(el)!;
}

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error('condition not met in time');
    await delay(10);
  }
}

describe('<sp-expected-payout> "Pay out now": where it appears', () => {
  it('on a DE Standard Orders payout when the host allows it, once, and nowhere else', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await render(source);
    // The DE seller has a Standard Orders and an Expense account: only the first qualifies.
    expect(buttons(el)).to.have.length(1);
    expect(text(buttons(el)[0])).to.equal('Pay out now');
    expect(buttons(el)[0]!.getAttribute('data-payout-account')).to.equal(`${DE}|Standard Orders`);
    expect(buttons(el)[0]!.closest('[part="hero"]'), 'on the Standard Orders payout').to.exist;
    expect(dialogOf(el) === null, 'the dialog is gone').to.equal(true);
    expect(payoutRequests(source)).to.have.length(0);
  });

  it('not without allow-payout-request', async () => {
    const el = await render(new SandboxDataSource({ now: NOW }), { allow: false });
    expect(part(el, 'hero')).to.exist;
    expect(buttons(el)).to.have.length(0);
  });

  it('not in the US, nor for another account type in DE', async () => {
    const us = await render(new SandboxDataSource({ now: NOW }), { marketplaceIds: US });
    expect(part(us, 'hero')).to.exist;
    expect(buttons(us)).to.have.length(0);
    const expense = await render(new SandboxDataSource({ now: NOW }), { accountType: 'EXPENSE' });
    expect(part(expense, 'hero')).to.exist;
    expect(buttons(expense)).to.have.length(0);
  });

  it('not when the data source cannot make payouts', async () => {
    const { source } = recordingSource(() => ({
      expectedPayouts: [
        expectedPayout({
          partnerMetadata: { marketplaceId: DE, accountType: 'STANDARD_ORDERS' },
          amount: { currencyCode: 'EUR', currencyAmount: '10.00' },
        }),
      ],
    }));
    const el = await render(source);
    expect(part(el, 'hero')).to.exist;
    expect(buttons(el)).to.have.length(0);
  });
});

describe('<sp-expected-payout> "Pay out now": the confirmation', () => {
  it('works with the keyboard alone: focus stays inside, Escape cancels and returns focus', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await render(source);
    const [button] = buttons(el);
    button!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = dialogOf(el)!;
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    await until(() => !dialog.querySelector('.payout-destination .muted'));
    // The safe choice has the focus first.
    expect(focused(el)?.getAttribute('part')).to.equal('payout-cancel');
    const seen = new Set<string>();
    for (let press = 0; press < 6; press++) {
      await sendKeys({ press: 'Tab' });
      const now = focused(el);
      expect(now && dialog.contains(now), `Tab ${press + 1} stays in the dialog`).to.equal(true);
      seen.add(now!.getAttribute('part') ?? '');
    }
    expect([...seen].sort()).to.deep.equal(['payout-cancel', 'payout-confirm']);
    // Shift+Tab from the first control goes round to the last.
    part(el, 'payout-cancel')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(el)?.getAttribute('part')).to.equal('payout-confirm');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el) === null, 'the dialog is gone').to.equal(true);
    expect(focused(el) === button, 'focus is back on the button').to.equal(true);
    expect(payoutRequests(source)).to.have.length(0, 'Escape sends nothing');
  });

  it('says what moves, where to, and the 24-hour rule; labelled; axe clean while open', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await render(source);
    const dialog = await openDialog(el);
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(text(title)).to.equal('Pay out now?');
    const hero = text(part(el, 'hero-amount'));
    expect(text(dialog.querySelector('.payout-amount'))).to.equal(hero);
    expect(hero).to.match(/^€[\d,]+\.\d{2}$/);
    const tail = (await source.listExpectedPayouts({ marketplaceIds: [DE] })).expectedPayouts!.find(
      (payout) => payout.partnerMetadata!.accountType === 'STANDARD_ORDERS',
    )!.accountTail;
    expect(text(dialog.querySelector('.payout-destination'))).to.equal(
      `Bank account ••${tail}, Sandbox Handel GmbH`,
    );
    expect(text(dialog)).to.contain(
      'Amazon allows one on-demand payout per store and account type every 24 hours.',
    );
    expect(text(dialog)).to.contain('Standard orders · Amazon.de');
    await expect(el).to.be.accessible();
    // Cancel closes it and sends nothing.
    part(el, 'payout-cancel')!.click();
    await el.updateComplete;
    expect(dialogOf(el) === null, 'the dialog is gone').to.equal(true);
    expect(payoutRequests(source)).to.have.length(0);
  });

  it('ten rapid clicks on Confirm send one request; then the reference, the event and a refresh', async () => {
    const source = new SandboxDataSource({ now: NOW });
    // The sandbox answers the payout only once the test has looked at the dialog in flight.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    const initiate = source.initiatePayout.bind(source);
    let calls = 0;
    source.initiatePayout = async (request, options) => {
      calls++;
      await held;
      return initiate(request, options);
    };
    const el = await render(source);
    const expectedLoads = () =>
      source.requests.filter((request) => request.operation === 'listExpectedPayouts').length;
    const loadsBefore = expectedLoads();
    const dialog = await openDialog(el);
    const confirm = part(el, 'payout-confirm')!;
    const event = oneEvent(el, 'sp-payout-request') as Promise<SpPayoutRequestEvent>;
    for (let click = 0; click < 10; click++) confirm.click();
    // While in flight the controls say they are disabled, and neither Escape nor Cancel closes
    // the dialog.
    await delay(0);
    expect(dialog.dataset.phase).to.equal('sending');
    expect(part(el, 'payout-confirm')!.getAttribute('aria-disabled')).to.equal('true');
    expect(part(el, 'payout-cancel')!.getAttribute('aria-disabled')).to.equal('true');
    expect(text(dialog.querySelector('[role="status"]'))).to.equal(
      'Sending the request to Amazon…',
    );
    part(el, 'payout-cancel')!.focus();
    await sendKeys({ press: 'Escape' });
    part(el, 'payout-cancel')!.click();
    await delay(50);
    expect(dialog.open, 'still open while in flight').to.equal(true);
    expect(dialog.dataset.phase).to.equal('sending');
    expect(calls).to.equal(1);
    answer();
    const { detail } = await event;
    for (let click = 0; click < 10; click++) part(el, 'payout-confirm')?.click();
    await el.updateComplete;
    expect(payoutRequests(source)).to.have.length(1);
    expect(payoutRequests(source)[0]!.query).to.deep.equal({
      marketplaceId: DE,
      accountType: 'Standard Orders',
    });
    expect(detail.marketplaceId).to.equal(DE);
    expect(detail.accountType).to.equal('Standard Orders');
    expect(detail.payoutReferenceId).to.match(/^[A-Z0-9]{43}$/);
    expect(dialogOf(el)!.dataset.phase).to.equal('made');
    expect(text(dialogOf(el)!.querySelector('#payout-request-title'))).to.equal('Payout requested');
    expect(text(part(el, 'payout-reference'))).to.equal(detail.payoutReferenceId);
    const copy = dialogOf(el)!.querySelector('sp-copy-button')!;
    expect(copy.value).to.equal(detail.payoutReferenceId);
    expect(focused(el)?.getAttribute('part')).to.equal('payout-close');
    // Tab goes round the copy button and Close.
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === copy, 'Tab from Close reaches the copy button').to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.getAttribute('part')).to.equal('payout-close');
    // The expected payouts were read again: the sandbox moved this one into the payout list.
    await until(() => expectedLoads() > loadsBefore);
    await el.updateComplete;
    expect(buttons(el)).to.have.length(0, 'the Standard Orders payout is no longer expected');
    expect(dialogOf(el)!.open, 'the refresh leaves the dialog open').to.equal(true);
    await expect(el).to.be.accessible();
    part(el, 'payout-close')!.click();
    await el.updateComplete;
    expect(dialogOf(el) === null, 'the dialog is gone').to.equal(true);
    // Its button went with the payout: focus goes to the next expected payout's title.
    expect(focused(el)?.id).to.equal('hero-title');
  });
});

/** An expected payout of the DE Standard Orders account, in euros. */
const DE_PAYOUT: Step = {
  body: {
    expectedPayouts: [
      expectedPayout({
        partnerMetadata: { marketplaceId: DE, accountType: 'Standard Orders' },
        amount: { currencyCode: 'EUR', currencyAmount: '1234.56' },
        accountTail: '677',
      }),
    ],
  },
};
const METHODS: Step = {
  body: {
    paymentMethods: [
      {
        accountHolderName: 'John Doe',
        paymentMethodId: 'pm-1',
        tail: '677',
        countryCode: 'DE',
        paymentMethodType: 'BANK_ACCOUNT',
        assignmentType: 'DEFAULT_DEPOSIT_METHOD',
      },
    ],
  },
};
const MADE: Step = { body: { payoutReferenceId: 'FEG-REF-1' } };

function errorList(code: string, message: string, details?: string) {
  return { errors: [{ code, message, ...(details ? { details } : {}) }] };
}

/** An element over HTTP whose answers are, in order: its payouts, the methods, then `steps`. */
async function overHttp(label: string, steps: Step[]) {
  const key = newKey(label);
  await script(key, [DE_PAYOUT, METHODS, ...steps]);
  const el = await render(undefined, { baseUrl: baseUrlFor(key) });
  const posts = async () =>
    (await stats(key)).requests.filter((request) => request.method === 'POST');
  return { key, el, posts };
}

describe('<sp-expected-payout> "Pay out now" over HTTP', () => {
  it('ten rapid clicks send one POST, of exactly the request, to the deposit method named', async () => {
    const { el, posts, key } = await overHttp('payout-element-rapid', [
      { ...MADE, delayMs: 150 },
      DE_PAYOUT,
    ]);
    const dialog = await openDialog(el);
    expect(text(dialog.querySelector('.payout-destination'))).to.equal(
      'Bank account ••677, John Doe',
    );
    expect(text(dialog.querySelector('.payout-amount'))).to.equal('€1,234.56');
    const confirm = part(el, 'payout-confirm')!;
    for (let click = 0; click < 10; click++) confirm.click();
    await el.updateComplete;
    await delay(50);
    const sent = await posts();
    expect(sent).to.have.length(1);
    expect(sent[0]!.url).to.equal(PAYOUTS_PATH);
    expect(JSON.parse(sent[0]!.body)).to.deep.equal({
      marketplaceId: DE,
      accountType: 'Standard Orders',
    });
    expect(text(part(el, 'payout-reference'))).to.equal('FEG-REF-1');
    // After it: the expected payouts once more, fresh.
    const { requests } = await stats(key);
    expect(requests.map((request) => request.method)).to.deep.equal(['GET', 'GET', 'POST', 'GET']);
  });

  it('a 503 is sent once, never retried, and reads in words with the API’s message', async () => {
    const { el, posts } = await overHttp('payout-element-503', [
      {
        status: 503,
        headers: { 'x-amzn-RequestId': 'req-503' },
        body: errorList('ServiceUnavailable', 'Service temporarily unavailable.'),
      },
      MADE,
    ]);
    await openDialog(el);
    part(el, 'payout-confirm')!.click();
    await el.updateComplete;
    await delay(300);
    expect(await posts()).to.have.length(1);
    const dialog = dialogOf(el)!;
    expect(dialog.dataset.phase).to.equal('failed');
    expect(text(dialog.querySelector('#payout-request-title'))).to.equal(
      'No clear answer about the payout',
    );
    const failure = text(part(el, 'payout-failure'));
    expect(failure).to.contain('the payout may or may not have been made');
    expect(failure).to.contain('Check your payouts before asking again.');
    expect(failure).to.contain('ServiceUnavailable');
    expect(failure).to.contain('Service temporarily unavailable.');
    expect(failure).to.contain('req-503');
    expect(part(el, 'payout-confirm') === null, 'no second try in this confirmation').to.equal(
      true,
    );
    expect(focused(el)?.getAttribute('part')).to.equal('payout-close');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el) === null, 'the dialog is gone').to.equal(true);
    expect(focused(el) === buttons(el)[0], 'focus is back on the button').to.equal(true);
    expect(await posts()).to.have.length(1);
  });

  const failures: [string, Step, RegExp][] = [
    [
      'ineligible',
      {
        status: 400,
        body: errorList('InvalidInput', 'The marketplace is not eligible.', 'marketplaceId'),
      },
      /cannot ask for an on-demand payout\. They are offered only in its EU stores/,
    ],
    [
      'already requested, with when to ask again',
      {
        status: 409,
        body: errorList(
          'PayoutAlreadyRequested',
          'A payout was already requested in the last 24 hours.',
          '2026-11-16T09:30:00Z',
        ),
      },
      /already requested for this store and account type in the last 24 hours\. You can ask again after Nov 16, 2026, 10:30 AM GMT\+1\./,
    ],
    [
      'no valid deposit method',
      {
        status: 400,
        body: errorList('NoDepositMethod', 'No deposit method found for the selling partner.'),
      },
      /no valid deposit method to pay to\. Add or update the deposit method in Seller Central/,
    ],
    [
      'in progress elsewhere',
      {
        status: 409,
        body: errorList('PayoutInProgress', 'A payout request for this account is under way.'),
      },
      /already being requested, in another tab or window\. Wait for its answer there\./,
    ],
    [
      'below the minimum',
      {
        status: 400,
        body: errorList(
          'InsufficientPayoutAmount',
          'The available balance is less than the minimum permissible payout amount.',
        ),
      },
      /The available balance is below the smallest amount Amazon pays out\./,
    ],
    [
      'rate limited',
      {
        status: 429,
        body: errorList('QuotaExceeded', 'You exceeded your quota for the requested resource.'),
      },
      /Too many requests: Amazon is limiting payout requests right now\./,
    ],
    [
      'refused by the proxy',
      {
        status: 403,
        body: errorList('PayoutNotAuthorized', 'The host did not authorise this payout.'),
      },
      /The server refused to send this request to Amazon\./,
    ],
  ];
  for (const [what, step, words] of failures) {
    it(`says so in words when it is ${what}, once`, async () => {
      const { el, posts } = await overHttp(`payout-element-${what.split(' ')[0]}`, [step, MADE]);
      await openDialog(el);
      part(el, 'payout-confirm')!.click();
      await el.updateComplete;
      await until(() => dialogOf(el)?.dataset.phase === 'failed');
      const failure = text(part(el, 'payout-failure'));
      expect(failure).to.match(words);
      const { code, message } = (step.body as ReturnType<typeof errorList>).errors[0]!;
      expect(failure).to.contain(code).and.to.contain(message);
      expect(text(dialogOf(el)!.querySelector('#payout-request-title'))).to.equal(
        'The payout was not requested',
      );
      await delay(100);
      expect(await posts()).to.have.length(1);
    });
  }
});
