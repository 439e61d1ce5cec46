import { expect } from '@open-wc/testing';
import { normalisePayouts } from '../../src/api/normalise-payouts.js';
import {
  domId,
  elapsedPhrase,
  paidTotals,
  paymentMethodLabel,
  statusView,
  typeLabel,
} from '../../src/components/payout-list/payout-view.js';
import { wordsFor } from '../../src/l10n/runtime.js';
import { payout } from '../fixtures/payouts.js';

const EN = wordsFor('en');
const EN_US = wordsFor('en-US');

describe('payout view', () => {
  it('says every known status in words and humanizes unknown ones', () => {
    const labels = [
      'STARTED',
      'IN_TRANSIT',
      'PAID',
      'FAILED',
      'CANCELLED',
      'NO_PAYOUT',
      'HELD_FOR_REVIEW',
    ].map((status) => statusView(status, EN).label);
    expect(labels).to.deep.equal([
      'Started',
      'In transit',
      'Paid',
      'Failed',
      'Cancelled',
      'No payout',
      'Held for review',
    ]);
    expect(statusView('FAILED', EN).tone).to.equal('negative');
    expect(statusView('PAID', EN).tone).to.equal('positive');
    expect(statusView('SOMETHING_NEW', EN).icon).to.not.equal('');
  });

  it('names types and payment methods, with the account tail when there is one', () => {
    expect(typeLabel('SCHEDULED', EN)).to.equal('Scheduled');
    expect(typeLabel('ON_DEMAND', EN)).to.equal('On demand');
    expect(typeLabel('INSTANT_PAYOUT', EN)).to.equal('Instant payout');
    expect(typeLabel(undefined, EN)).to.equal(undefined);
    expect(paymentMethodLabel('BANK_ACCOUNT', '1234', EN)).to.equal('Bank account ••1234');
    expect(paymentMethodLabel('DEBIT_CARD', '9876', EN)).to.equal('Debit card ••9876');
    expect(paymentMethodLabel('BANK_ACCOUNT', undefined, EN)).to.equal('Bank account');
    expect(paymentMethodLabel('GIFT_CARD', undefined, EN)).to.equal('Gift card');
    expect(paymentMethodLabel(undefined, undefined, EN)).to.equal(undefined);
  });

  it('says how long after the previous step a step came', () => {
    expect(elapsedPhrase('2024-06-01T00:00:00Z', '2024-06-01T06:00:00Z', EN_US)).to.equal(
      '6 hours later',
    );
    expect(elapsedPhrase('2024-06-01T06:00:00Z', '2024-06-02T12:00:00Z', EN_US)).to.equal(
      '1 day, 6 hours later',
    );
    expect(elapsedPhrase('2024-06-01T00:00:00Z', '2024-06-01T00:00:30Z', EN_US)).to.equal(
      'less than a minute later',
    );
    expect(elapsedPhrase('2024-06-01T00:00:00Z', '2024-06-01T00:00:00Z', EN_US)).to.equal(
      'at the same time',
    );
    expect(elapsedPhrase(undefined, '2024-06-01T00:00:00Z', EN_US)).to.equal(undefined);
    expect(elapsedPhrase('2024-06-02T00:00:00Z', '2024-06-01T00:00:00Z', EN_US)).to.equal(
      undefined,
    );
  });

  it('totals only PAID payouts, per currency, exactly', () => {
    const models = normalisePayouts({
      payouts: [
        payout({ id: 'a', amount: { currencyCode: 'USD', currencyAmount: '0.10' } }),
        payout({ id: 'b', amount: { currencyCode: 'USD', currencyAmount: '0.20' } }),
        payout({ id: 'c', amount: { currencyCode: 'EUR', currencyAmount: '5' } }),
        payout({
          id: 'd',
          currentStatus: 'FAILED',
          amount: { currencyCode: 'USD', currencyAmount: '1000' },
        }),
      ],
    });
    expect(paidTotals(models).map((m) => `${m.amount.toString()} ${m.currency}`)).to.deep.equal([
      '0.3 USD',
      '5 EUR',
    ]);
  });

  it('makes distinct element ids from any payout id', () => {
    expect(domId('d', 'a.b')).to.not.equal(domId('d', 'a_2eb'));
    expect(domId('d', 'a b"c')).to.match(/^[A-Za-z0-9_-]+$/);
  });
});
