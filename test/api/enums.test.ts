import { expect } from '@open-wc/testing';
import { humanize, toCode } from '../../src/api/enums.js';

describe('humanize', () => {
  it('puts codes into words', () => {
    expect(humanize('IN_TRANSIT')).to.equal('In transit');
    expect(humanize('NO_PAYOUT_EXPECTED')).to.equal('No payout expected');
    expect(humanize('ACCOUNT_LEVEL_RESERVES')).to.equal('Account level reserves');
    expect(humanize('PAID')).to.equal('Paid');
  });

  it('keeps abbreviations upper-case', () => {
    expect(humanize('FBA_STORAGE_FEE')).to.equal('FBA storage fee');
    expect(humanize('EPR_WITHHOLDING')).to.equal('EPR withholding');
    expect(humanize('MULTI_CHANNEL_FULFILLMENT_MCF')).to.equal('Multi channel fulfillment MCF');
  });

  it('keeps codes it has never seen, in words', () => {
    expect(humanize('SOME_FUTURE_STATUS')).to.equal('Some future status');
  });

  it('leaves free text and short codes as they are', () => {
    expect(humanize('Standard Orders')).to.equal('Standard Orders');
    expect(humanize('FBA fees')).to.equal('FBA fees');
    expect(humanize('USD')).to.equal('USD');
  });

  it('gives empty text for nothing', () => {
    expect(humanize(null)).to.equal('');
    expect(humanize(undefined)).to.equal('');
    expect(humanize('  ')).to.equal('');
  });
});

describe('toCode', () => {
  it('turns labels into codes and leaves codes alone', () => {
    expect(toCode('Standard Orders')).to.equal('STANDARD_ORDERS');
    expect(toCode(' FBA fees ')).to.equal('FBA_FEES');
    expect(toCode('ACCOUNT_LEVEL_RESERVE')).to.equal('ACCOUNT_LEVEL_RESERVE');
    expect(toCode(null)).to.equal('');
  });
});
