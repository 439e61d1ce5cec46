import { expect } from '@open-wc/testing';
import {
  defaultDepositMethod,
  expiryState,
  normalisePaymentMethods,
  readExpiry,
} from '../../src/api/normalise-payment-methods.js';
import { PAYOUT_MARKETPLACE_IDS, payoutRequestFor } from '../../src/api/on-demand-payout.js';

/** Amazon's published example of a getPaymentMethods answer. */
const PUBLISHED = {
  paymentMethods: [
    {
      accountHolderName: 'John Doe',
      paymentMethodId: '0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d',
      paymentMethodType: 'BANK_ACCOUNT',
      tail: '677',
      assignmentType: 'DEFAULT_DEPOSIT_METHOD',
    },
    {
      countryCode: 'US',
      accountHolderName: 'John Doe',
      paymentMethodId: '0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d',
      paymentMethodType: 'CARD',
      expiryDate: { month: '3', year: '2029' },
      tail: '677',
    },
  ],
};

describe('normalisePaymentMethods', () => {
  it('reads Amazon’s example: the default bank account and a card with its expiry', () => {
    const methods = normalisePaymentMethods(PUBLISHED);
    expect(methods).to.deep.equal([
      {
        key: '0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d|BANK_ACCOUNT|677',
        id: '0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d',
        type: 'BANK_ACCOUNT',
        typeLabel: 'Bank account',
        holderName: 'John Doe',
        tail: '677',
        countryCode: undefined,
        expiry: undefined,
        isDefaultDeposit: true,
      },
      {
        key: '0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d|CARD|677',
        id: '0h_TU_CUS_4058fe2a-da6b-4b82-8e48-b20ff2eb4f6d',
        type: 'CARD',
        typeLabel: 'Card',
        holderName: 'John Doe',
        tail: '677',
        countryCode: 'US',
        expiry: { month: 3, year: 2029, endsAtMs: Date.UTC(2029, 3, 1) },
        isDefaultDeposit: false,
      },
    ]);
    expect(defaultDepositMethod(methods)?.type).to.equal('BANK_ACCOUNT');
  });

  it('keeps unknown types (humanised), missing fields absent, markup as text, repeats apart', () => {
    const methods = normalisePaymentMethods({
      paymentMethods: [
        {
          paymentMethodType: 'VIRTUAL_ACCOUNT',
          accountHolderName: '<b>Jane</b> & Co',
          tail: ' 12 ',
        },
        { paymentMethodType: 'Seller Wallet', assignmentType: 'Default Deposit Method' },
        {},
        {},
        null as never,
      ],
    });
    expect(
      methods.map((m) => [m.type, m.typeLabel, m.holderName, m.tail, m.isDefaultDeposit]),
    ).to.deep.equal([
      ['VIRTUAL_ACCOUNT', 'Virtual account', '<b>Jane</b> & Co', '12', false],
      ['SELLER_WALLET', 'Seller Wallet', undefined, undefined, true],
      [undefined, undefined, undefined, undefined, false],
      [undefined, undefined, undefined, undefined, false],
    ]);
    expect(methods[2]!.key).to.not.equal(methods[3]!.key);
    expect(normalisePaymentMethods({ paymentMethods: null })).to.deep.equal([]);
    expect(normalisePaymentMethods(undefined)).to.deep.equal([]);
    expect(normalisePaymentMethods({ payload: PUBLISHED })).to.have.length(2);
  });

  it('never guesses the default deposit method from a lone unmarked one', () => {
    const [only] = PUBLISHED.paymentMethods.slice(1);
    expect(defaultDepositMethod(normalisePaymentMethods({ paymentMethods: [only!] }))).to.equal(
      undefined,
    );
  });
});

describe('card expiry', () => {
  it('reads month and year, a two-digit year as this century, and drops what is not a month', () => {
    expect(readExpiry({ month: '12', year: '29' })).to.deep.equal({
      month: 12,
      year: 2029,
      endsAtMs: Date.UTC(2030, 0, 1),
    });
    for (const bad of [
      { month: '13', year: '2029' },
      { month: '0', year: '2029' },
      { month: 'March', year: '2029' },
      { year: '2029' },
      null,
    ]) {
      expect(readExpiry(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('is expired from the first day after its month, expiring within 30 days of that', () => {
    const march2029 = readExpiry({ month: '3', year: '2029' })!;
    expect(expiryState(march2029, Date.parse('2029-04-01T00:00:00Z'))).to.equal('expired');
    expect(expiryState(march2029, Date.parse('2029-03-31T23:59:59Z'))).to.equal('expiring');
    expect(expiryState(march2029, Date.parse('2029-03-02T00:00:00Z'))).to.equal('expiring');
    expect(expiryState(march2029, Date.parse('2029-03-01T00:00:00Z'))).to.equal('valid');
  });
});

describe('payoutRequestFor', () => {
  it('only the eight EU stores and Standard Orders, the body spelled as the API wants', () => {
    expect(PAYOUT_MARKETPLACE_IDS).to.have.members([
      'A1PA6795UKMFR9',
      'A13V1IB3VIYZZH',
      'APJ6JRA9NG5V4',
      'A1RKKUPIHCS9HS',
      'A2NODRKZP88ZB9',
      'A1805IZSGTT6HS',
      'A1C3SOZRARQ6R3',
      'AMEN7PMS3EDWL',
    ]);
    expect(payoutRequestFor('A1PA6795UKMFR9', 'STANDARD_ORDERS')).to.deep.equal({
      marketplaceId: 'A1PA6795UKMFR9',
      accountType: 'Standard Orders',
    });
    expect(payoutRequestFor('AMEN7PMS3EDWL', 'Standard Orders')?.accountType).to.equal(
      'Standard Orders',
    );
    expect(payoutRequestFor('A1F83G8C2ARO7P', 'STANDARD_ORDERS'), 'UK').to.equal(undefined);
    expect(payoutRequestFor('ATVPDKIKX0DER', 'STANDARD_ORDERS'), 'US').to.equal(undefined);
    expect(payoutRequestFor('A1PA6795UKMFR9', 'INVOICED_ORDERS')).to.equal(undefined);
    expect(payoutRequestFor(undefined, 'STANDARD_ORDERS')).to.equal(undefined);
    expect(payoutRequestFor('A1PA6795UKMFR9', undefined)).to.equal(undefined);
  });
});
