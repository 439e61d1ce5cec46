import { expect } from '@open-wc/testing';
import type { ExpectedPayoutModel } from '../../src/api/model.js';
import { normaliseExpectedPayouts } from '../../src/api/normalise-expected-payouts.js';
import {
  accountLabel,
  emptyHint,
  expectedPayoutView,
  orderBySchedule,
  statusInfo,
} from '../../src/components/expected-payout/expected-view.js';
import { depositLabel } from '../../src/l10n/deposit-method-words.js';
import { wordsFor } from '../../src/l10n/runtime.js';
import { expectedPayout } from '../fixtures/expected-payouts.js';

const EN = wordsFor('en');

describe('expected-view: statuses', () => {
  it('says what each known status means and what to do', () => {
    expect(statusInfo('SCHEDULED', EN)).to.deep.include({ label: 'Scheduled', tone: 'positive' });
    expect(statusInfo('SCHEDULED', EN).meaning).to.match(/on track/i);
    const atRisk = statusInfo('AT_RISK', EN);
    expect(atRisk).to.deep.include({ label: 'At risk', tone: 'warning', slot: 'at-risk-action' });
    expect(atRisk.meaning).to.match(/deposit method looks invalid/);
    expect(atRisk.meaning).to.match(/Update the deposit method/);
    expect(statusInfo('DISABLED', EN)).to.deep.include({ label: 'Payouts disabled' });
    expect(statusInfo('DISABLED', EN).meaning).to.match(/turned off for this account/);
    expect(statusInfo('NO_PAYOUT_EXPECTED', EN)).to.deep.include({ label: 'No payout expected' });
    expect(statusInfo('NO_PAYOUT_EXPECTED', EN).meaning).to.match(/balance is negative/);
  });

  it('reads labels and the published NO_PAYOUT as the codes they name', () => {
    expect(statusInfo('At risk', EN).code).to.equal('AT_RISK');
    expect(statusInfo('NO_PAYOUT', EN).label).to.equal('No payout expected');
  });

  it('humanizes unknown statuses with a neutral explanation', () => {
    const unknown = statusInfo('PENDING_VERIFICATION', EN);
    expect(unknown).to.deep.include({
      code: 'PENDING_VERIFICATION',
      label: 'Pending verification',
      tone: 'neutral',
      icon: 'info',
      slot: 'pending-verification-action',
    });
    expect(unknown.meaning).to.equal(
      'Amazon reports this status for the payout; it gives no further detail.',
    );
    expect(statusInfo('', EN).label).to.equal('Status unknown');
    expect(statusInfo('', EN).slot).to.equal(undefined);
  });
});

describe('expected-view: labels', () => {
  it('names the deposit method and its tail, either alone, or nothing', () => {
    expect(depositLabel('BANK_ACCOUNT', '1234', EN)).to.equal('Bank account ••1234');
    expect(depositLabel('DEBIT_CARD', '9876', EN)).to.equal('Debit card ••9876');
    expect(depositLabel('BANK_ACCOUNT', undefined, EN)).to.equal('Bank account');
    expect(depositLabel(undefined, '1234', EN)).to.equal('Account ••1234');
    expect(depositLabel('DIGITAL_WALLET', undefined, EN)).to.equal('Digital wallet');
    expect(depositLabel(undefined, undefined, EN)).to.equal(undefined);
  });

  it('names the account by type and marketplace', () => {
    expect(
      accountLabel({ accountTypeRaw: 'STANDARD_ORDERS', marketplaceId: 'ATVPDKIKX0DER' }, EN),
    ).to.equal('Standard orders · Amazon.com');
    expect(accountLabel({ accountTypeRaw: 'Standard Orders' }, EN)).to.equal('Standard Orders');
    expect(accountLabel({ marketplaceId: 'AXXXXXXXXXER' }, EN)).to.equal('AXXXXXXXXXER');
    expect(accountLabel({}, EN)).to.equal(undefined);
  });

  it('says what the empty state was asked for', () => {
    expect(emptyHint(undefined, undefined, EN)).to.equal('Amazon has no upcoming payout.');
    expect(emptyHint(['ATVPDKIKX0DER', 'A1PA6795UKMFR9'], 'STANDARD_ORDERS', EN)).to.equal(
      'Amazon has no upcoming payout in Amazon.com and Amazon.de for standard orders accounts.',
    );
  });
});

describe('expected-view: order and formatting', () => {
  const model = (scheduledDate: string | undefined, currency: string): ExpectedPayoutModel =>
    normaliseExpectedPayouts({
      expectedPayouts: [
        expectedPayout({ scheduledDate, amount: { currencyCode: currency, currencyAmount: 1 } }),
      ],
    })[0]!;

  it('puts payouts that will pay before those that will not, whatever their dates', () => {
    const withStatus = (status: string, scheduledDate: string, currency: string) => ({
      ...model(scheduledDate, currency),
      status,
    });
    const ordered = orderBySchedule([
      withStatus('NO_PAYOUT_EXPECTED', '2026-11-16T00:00:00Z', 'USD'),
      withStatus('DISABLED', '2026-11-17T00:00:00Z', 'GBP'),
      withStatus('AT_RISK', '2026-11-20T00:00:00Z', 'EUR'),
      withStatus('SCHEDULED', '2026-11-19T00:00:00Z', 'JPY'),
    ]);
    expect(ordered.map((p) => `${p.status} ${p.money!.currency}`)).to.deep.equal([
      'SCHEDULED JPY',
      'AT_RISK EUR',
      'NO_PAYOUT_EXPECTED USD',
      'DISABLED GBP',
    ]);
  });

  it('puts the soonest first and payouts without a date last, in the order sent', () => {
    const ordered = orderBySchedule([
      model(undefined, 'GBP'),
      model('2026-11-25T00:00:00Z', 'JPY'),
      model('not a date', 'CAD'),
      model('2026-11-18T14:00:00Z', 'USD'),
      model('2026-11-18T00:00:00Z', 'EUR'),
    ]);
    expect(ordered.map((p) => p.money!.currency)).to.deep.equal([
      'EUR',
      'USD',
      'JPY',
      'GBP',
      'CAD',
    ]);
  });

  it('formats each amount exactly in its own currency, minus sign kept', () => {
    const context = { locale: 'en-US', now: new Date('2026-11-17T12:00:00Z'), timeZone: 'UTC' };
    const [negative, yen] = normaliseExpectedPayouts({
      expectedPayouts: [
        expectedPayout({
          status: 'NO_PAYOUT_EXPECTED',
          amount: { currencyCode: 'USD', currencyAmount: '-120.50' },
        }),
        expectedPayout({ amount: { currencyCode: 'JPY', currencyAmount: '12345' } }),
      ],
    });
    const negativeView = expectedPayoutView(negative!, wordsFor(context.locale), context);
    expect(negativeView.amount).to.equal('-$120.50');
    expect(negativeView.negative).to.equal(true);
    expect(expectedPayoutView(yen!, wordsFor(context.locale), context).amount).to.equal('¥12,345');
    expect(expectedPayoutView(yen!, wordsFor(context.locale), context).negative).to.equal(false);
  });
});
