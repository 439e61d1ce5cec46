import { expect } from '@open-wc/testing';
import { normaliseExpectedPayouts } from '../../src/api/normalise-expected-payouts.js';
import type { ListExpectedPayoutsResponse } from '../../src/api/wire.js';
import { expectedPayout } from '../fixtures/expected-payouts.js';
import { sandboxExpectedPayouts } from '../fixtures/expected-sandbox.js';

describe('normaliseExpectedPayouts', () => {
  it("reads Amazon's sandbox answer exactly", () => {
    const [payout, ...rest] = normaliseExpectedPayouts(sandboxExpectedPayouts);
    expect(rest).to.have.length(0);
    expect(payout!.money!.amount.toString()).to.equal('2547.89');
    expect(payout!.money!.currency).to.equal('USD');
    expect(payout).to.deep.include({
      status: 'SCHEDULED',
      scheduledDate: '2024-03-22T14:00:00Z',
      accountTail: '1234',
      paymentMethod: 'BANK_ACCOUNT',
      period: { startDate: '2024-03-08T14:00:00Z', endDate: '2024-03-22T14:00:00Z' },
      settlementIds: ['SGI_20240308_001'],
    });
    expect(payout!.account).to.deep.equal({
      partnerId: 'A1B2C3D4E5F6G7',
      accountType: 'STANDARD_ORDERS',
      accountTypeRaw: 'STANDARD_ORDERS',
      marketplaceId: 'ATVPDKIKX0DER',
    });
  });

  it('keeps amounts a double cannot hold exactly', () => {
    const [payout] = normaliseExpectedPayouts({
      expectedPayouts: [
        expectedPayout({ amount: { currencyCode: 'usd', currencyAmount: '9007199254740993.07' } }),
      ],
    });
    expect(payout!.money!.amount.toString()).to.equal('9007199254740993.07');
    expect(payout!.money!.currency).to.equal('USD');
  });

  it('reads the published drift: null amount, account type label, marketplaceIds, unknown values', () => {
    const [payout] = normaliseExpectedPayouts({
      expectedPayouts: [
        {
          partnerMetadata: { accountType: 'Standard Orders', marketplaceIds: ['A1PA6795UKMFR9'] },
          amount: null,
          status: 'ON_HOLD',
          paymentMethod: 'PAYPAL',
        },
      ],
    });
    expect(payout).to.deep.include({
      status: 'ON_HOLD',
      paymentMethod: 'PAYPAL',
      money: undefined,
      scheduledDate: undefined,
      accountTail: undefined,
      period: undefined,
      settlementIds: [],
    });
    expect(payout!.account.accountType).to.equal('STANDARD_ORDERS');
    expect(payout!.account.marketplaceId).to.equal('A1PA6795UKMFR9');
  });

  it('treats null, empty and malformed fields as absent', () => {
    const response = {
      expectedPayouts: [
        null,
        'nonsense',
        {
          partnerMetadata: null,
          amount: { currencyCode: 'USD', currencyAmount: 'NaN' },
          status: null,
          scheduledDate: '',
          accountTail: '  ',
          period: { startDate: null },
          relatedIdentifiers: [null, { relatedIdentifierName: 'SETTLEMENT_ID' }],
        },
      ],
    } as unknown as ListExpectedPayoutsResponse;
    const payouts = normaliseExpectedPayouts(response);
    expect(payouts).to.have.length(1);
    expect(payouts[0]).to.deep.include({
      status: '',
      money: undefined,
      scheduledDate: undefined,
      accountTail: undefined,
      period: undefined,
      settlementIds: [],
    });
    expect(normaliseExpectedPayouts({ expectedPayouts: null })).to.deep.equal([]);
    expect(normaliseExpectedPayouts(undefined)).to.deep.equal([]);
  });

  it('keys a payout by what it is, so the same payout on two pages counts once', () => {
    const a = normaliseExpectedPayouts({ expectedPayouts: [expectedPayout()] })[0]!;
    const again = normaliseExpectedPayouts({ expectedPayouts: [expectedPayout()] })[0]!;
    const otherMarketplace = normaliseExpectedPayouts({
      expectedPayouts: [
        expectedPayout({
          partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'A2EUQ1WTGCTBG2' },
        }),
      ],
    })[0]!;
    expect(again.key).to.equal(a.key);
    expect(otherMarketplace.key).not.to.equal(a.key);
  });
});
