/**
 * `show-payment-methods` on `<sp-expected-payout>`: the deposit methods of each store shown
 * (default marked; type, tail, holder, country; card expiry with a warning within 30 days or
 * past), the method an AT_RISK payout's guidance names, and the words behind them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { errorFromResponse } from '../../src/api/errors.js';
import { normalisePaymentMethod } from '../../src/api/normalise-payment-methods.js';
import type { WirePaymentMethod } from '../../src/api/transfers-model.js';
import { attentionLabel } from '../../src/components/expected-payout/expected-view.js';
import { expiryDisplay, methodLabel } from '../../src/l10n/deposit-method-words.js';
import '../../src/components/expected-payout/expected-payout.js';
import type { SpExpectedPayout } from '../../src/components/expected-payout/expected-payout.component.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { wordsFor } from '../../src/l10n/runtime.js';
import { expectedPayout, recordingSource } from '../fixtures/expected-payouts.js';

const DE = 'A1PA6795UKMFR9';
const US = 'ATVPDKIKX0DER';
const NOW = '2026-11-15T00:00:00Z';
const words = wordsFor('en-US');

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sections = (el: SpExpectedPayout) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="deposit-methods"]'),
];
const methodsOf = (section: Element) => [
  ...section.querySelectorAll<HTMLElement>('[part="deposit-method"]'),
];

async function render(
  source: FinanceDataSource | undefined,
  { marketplaceIds = DE, showMethods = true } = {},
): Promise<SpExpectedPayout> {
  const el = await fixture<SpExpectedPayout>(
    html`<sp-expected-payout
      locale="en-US"
      marketplace-ids=${marketplaceIds}
      ?show-payment-methods=${showMethods}
      .now=${new Date(NOW)}
      .dataSource=${source}
    ></sp-expected-payout>`,
  );
  await el.updateComplete;
  return el;
}

function method(overrides: Partial<WirePaymentMethod> = {}) {
  return normalisePaymentMethod({
    accountHolderName: 'John Doe',
    paymentMethodId: 'pm-1',
    tail: '677',
    countryCode: 'DE',
    paymentMethodType: 'BANK_ACCOUNT',
    assignmentType: 'DEFAULT_DEPOSIT_METHOD',
    ...overrides,
  });
}

describe('deposit methods in words', () => {
  it('names a method by type, tail and holder', () => {
    expect(methodLabel(method(), words)).to.equal('Bank account ••677, John Doe');
    expect(methodLabel(method({ paymentMethodType: 'CARD', tail: '4242' }), words)).to.equal(
      'Card ••4242, John Doe',
    );
    expect(methodLabel(method({ paymentMethodType: 'SELLER_WALLET', tail: null }), words)).to.equal(
      'Seller wallet, John Doe',
    );
    expect(methodLabel(method({ paymentMethodType: 'CRYPTO_VAULT' }), words)).to.equal(
      'Crypto vault ••677, John Doe',
    );
    expect(methodLabel(method({ accountHolderName: null }), words)).to.equal('Bank account ••677');
    // A holder name is text, whatever it holds.
    expect(methodLabel(method({ accountHolderName: '<b>Doe</b>' }), words)).to.equal(
      'Bank account ••677, <b>Doe</b>',
    );
  });

  it('warns of a card that has expired or expires within 30 days', () => {
    const card = (month: string, year: string) =>
      method({ paymentMethodType: 'CARD', expiryDate: { month, year } });
    const now = Date.parse(NOW);
    expect(expiryDisplay(card('3', '2029'), words, now)).to.deep.equal({
      state: 'valid',
      text: 'Expires at the end of March 2029',
    });
    expect(expiryDisplay(card('11', '2026'), words, now)).to.deep.equal({
      state: 'expiring',
      text: 'Expires at the end of November 2026. Update it in Seller Central before then.',
    });
    expect(expiryDisplay(card('10', '2026'), words, now)).to.deep.equal({
      state: 'expired',
      text: 'Expired at the end of October 2026. Payouts to it will fail: update it in Seller Central.',
    });
    expect(expiryDisplay(method(), words, now)).to.equal(undefined);
  });

  it('names the method an at-risk payout goes to: by tail, else the default, else the payout’s own', () => {
    const payout = {
      key: 'k',
      account: { marketplaceId: DE },
      status: 'AT_RISK',
      settlementIds: [],
      paymentMethod: 'BANK_ACCOUNT',
      accountTail: '999',
    };
    const byTail = method({ tail: '999', assignmentType: null, accountHolderName: 'Jane Roe' });
    expect(attentionLabel(payout, [method(), byTail], words)).to.equal(
      'Bank account ••999, Jane Roe',
    );
    expect(attentionLabel(payout, [method()], words)).to.equal('Bank account ••677, John Doe');
    expect(attentionLabel(payout, undefined, words)).to.equal('Bank account ••999');
    expect(
      attentionLabel({ ...payout, paymentMethod: undefined, accountTail: undefined }, [], words),
    ).to.equal(undefined);
  });
});

describe('<sp-expected-payout show-payment-methods>', () => {
  it('lists the store’s deposit methods, the default one marked', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await render(source);
    const [section] = sections(el);
    expect(sections(el)).to.have.length(1);
    expect(text(section!.querySelector('h2'))).to.equal('Deposit methods');
    const listed = methodsOf(section!);
    expect(listed.length).to.be.at.least(2);
    const defaults = listed.filter((item) => item.dataset.default === 'true');
    expect(defaults).to.have.length(1);
    const tail = (await source.listExpectedPayouts({ marketplaceIds: [DE] })).expectedPayouts!.find(
      (payout) => payout.partnerMetadata!.accountType === 'STANDARD_ORDERS',
    )!.accountTail;
    expect(text(defaults[0])).to.equal(
      `Bank account ••${tail}, Sandbox Handel GmbH Default deposit method: payouts go here Held in Germany`,
    );
    const card = listed.find((item) => item.dataset.type === 'CARD')!;
    expect(text(card)).to.match(
      /^Card ••\d{4}, Sandbox Handel GmbH Held in Germany Expires at the end of March 2029$/,
    );
    expect(card.querySelector('[part="expiry"]')!.getAttribute('data-state')).to.equal('valid');
    expect(
      source.requests
        .filter((request) => request.operation === 'getPaymentMethods')
        .map((request) => request.query),
    ).to.deep.equal([{ marketplaceId: DE }]);
    await expect(el).to.be.accessible();
  });

  it('the Pay out now dialog names the default method already read, without reading again', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await render(source);
    el.allowPayoutRequest = true;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payout-request-button"]')!.click();
    await el.updateComplete;
    const dialog = el.shadowRoot!.querySelector('dialog.payout-dialog')!;
    const listed = el.shadowRoot!.querySelector('[part="deposit-method"][data-default="true"]');
    expect(text(dialog.querySelector('.payout-destination'))).to.equal(
      text(listed!.querySelector('.method-name')),
    );
    expect(
      source.requests.filter((request) => request.operation === 'getPaymentMethods'),
    ).to.have.length(1);
  });

  it('not without the attribute', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const el = await render(source, { showMethods: false });
    expect(el.shadowRoot!.querySelector('[part="hero"]')).to.exist;
    expect(sections(el)).to.have.length(0);
    expect(source.requests.some((request) => request.operation === 'getPaymentMethods')).to.equal(
      false,
    );
  });

  it('expiring-card: the card that runs out this month is flagged', async () => {
    const el = await render(new SandboxDataSource({ now: NOW, scenario: 'expiring-card' }));
    const card = methodsOf(sections(el)[0]!).find((item) => item.dataset.type === 'CARD')!;
    const expiry = card.querySelector('[part="expiry"]')!;
    expect(expiry.getAttribute('data-state')).to.equal('expiring');
    expect(text(expiry)).to.equal(
      'Expires at the end of November 2026. Update it in Seller Central before then.',
    );
    await expect(el).to.be.accessible();
  });

  it('invalid-bank-account: the at-risk payout names the method to check', async () => {
    const source = new SandboxDataSource({ now: NOW, scenario: 'invalid-bank-account' });
    const el = await render(source);
    const hero = el.shadowRoot!.querySelector('[part="hero"]')!;
    expect(hero.getAttribute('data-status')).to.equal('AT_RISK');
    const tail = (await source.listExpectedPayouts({ marketplaceIds: [DE] })).expectedPayouts!.find(
      (payout) => payout.status === 'AT_RISK',
    )!.accountTail;
    expect(text(hero.querySelector('[part="attention"]'))).to.equal(
      `Deposit method to check: Bank account ••${tail}, Sandbox Handel GmbH`,
    );
    // Without the methods the guidance still names what the payout itself says it pays to.
    const plain = await render(
      new SandboxDataSource({ now: NOW, scenario: 'invalid-bank-account' }),
      {
        showMethods: false,
      },
    );
    expect(text(plain.shadowRoot!.querySelector('[part="hero"] [part="attention"]'))).to.equal(
      `Deposit method to check: Bank account ••${tail}`,
    );
    // A scheduled payout names none.
    const usual = await render(new SandboxDataSource({ now: NOW }));
    expect(usual.shadowRoot!.querySelector('[part="hero"] [part="attention"]')).to.equal(null);
  });

  it('one section per store when several are shown; a store that fails says so beside the rest', async () => {
    const payout = (marketplaceId: string, currencyCode: string) =>
      expectedPayout({
        partnerMetadata: { marketplaceId, accountType: 'STANDARD_ORDERS' },
        amount: { currencyCode, currencyAmount: '10.00' },
      });
    const { source } = recordingSource(() => ({
      expectedPayouts: [payout(DE, 'EUR'), payout(US, 'USD')],
    }));
    const asked: string[] = [];
    source.getPaymentMethods = async ({ marketplaceId }) => {
      asked.push(String(marketplaceId));
      if (marketplaceId === US) {
        throw errorFromResponse(
          403,
          new Headers({ 'x-amzn-RequestId': 'req-methods-403' }),
          JSON.stringify({
            errors: [{ code: 'Unauthorized', message: 'Access to requested resource is denied.' }],
          }),
        );
      }
      return {
        paymentMethods: [
          {
            accountHolderName: 'John Doe',
            tail: '677',
            countryCode: 'DE',
            paymentMethodType: 'BANK_ACCOUNT',
            assignmentType: 'DEFAULT_DEPOSIT_METHOD',
          },
        ],
      };
    };
    const el = await render(source, { marketplaceIds: `${DE},${US}` });
    const [de, us] = sections(el);
    expect(sections(el)).to.have.length(2);
    expect(text(de!.querySelector('h2'))).to.equal('Deposit methods in Amazon.de');
    expect(text(methodsOf(de!)[0])).to.equal(
      'Bank account ••677, John Doe Default deposit method: payouts go here Held in Germany',
    );
    expect(text(us!.querySelector('h2'))).to.equal('Deposit methods in Amazon.com');
    expect(text(us)).to.contain('The deposit methods could not be read.');
    expect(text(us)).to.contain('Access to requested resource is denied.');
    expect(text(us)).to.contain('req-methods-403');
    expect(el.shadowRoot!.querySelectorAll('[part="hero"], [part="item"]')).to.have.length(2);
    expect(asked.sort()).to.deep.equal([DE, US].sort());
    await expect(el).to.be.accessible();
  });
});
