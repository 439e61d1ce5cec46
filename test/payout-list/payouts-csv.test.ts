import { expect } from '@open-wc/testing';
import { normalisePayouts } from '../../src/api/normalise-payouts.js';
import {
  csvCell,
  csvFileName,
  payoutsToCsv,
} from '../../src/components/payout-list/payouts-csv.js';
import { payout } from '../fixtures/payouts.js';
import { sandboxListPayoutsResponse } from '../fixtures/payouts-sandbox.js';

const HEADER =
  'id,creationDate,status,type,amount,currency,paymentMethod,accountTail,traceId,paymentRail,periodStart,periodEnd,settlementIds,failureReason';

describe('payouts CSV', () => {
  it("writes Amazon's sandbox payout with its exact amount and ISO dates", () => {
    const csv = payoutsToCsv(normalisePayouts(sandboxListPayoutsResponse));
    expect(csv).to.equal(
      `${HEADER}\r\n` +
        '11888387941,2024-06-01T00:00:00Z,PAID,SCHEDULED,1250.75,USD,BANK_ACCOUNT,1234,4B03616UONXSAWP,ACH,2025-12-13T06:26:45Z,2025-12-14T06:30:45Z,11888387941,\r\n',
    );
  });

  it('keeps amounts exact, negative numbers unmangled, and missing fields empty', () => {
    const csv = payoutsToCsv(
      normalisePayouts({
        payouts: [
          payout({
            id: 'big',
            amount: { currencyCode: 'USD', currencyAmount: '9007199254740993.07' },
          }),
          payout({ id: 'neg', amount: { currencyCode: 'EUR', currencyAmount: '-12.50' } }),
          {
            id: 'bare',
            currentStatus: 'NO_PAYOUT',
          },
        ],
      }),
    );
    const lines = csv.split('\r\n');
    expect(lines[1]!.split(',')[4]).to.equal('9007199254740993.07');
    expect(lines[2]!.split(',')[4]).to.equal('-12.5');
    expect(lines[3]).to.equal('bare,,NO_PAYOUT,,,,,,,,,,,');
  });

  it('quotes commas, quotes and line breaks', () => {
    const [model] = normalisePayouts({
      payouts: [
        payout({
          id: 'F',
          currentStatus: 'FAILED',
          statusHistory: [
            {
              status: 'FAILED',
              lastUpdatedDate: '2024-06-02T00:00:00Z',
              failureReason: 'Bank said "no", twice\nthen closed',
            },
          ],
          relatedIdentifiers: [
            { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'S-1' },
            { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: 'S-2' },
          ],
        }),
      ],
    });
    const csv = payoutsToCsv([model!]);
    expect(csv).to.contain(',S-1;S-2,"Bank said ""no"", twice\nthen closed"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1+2')).to.equal("'+1+2");
    expect(csvCell('-2+3')).to.equal("'-2+3");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell('\tcmd')).to.equal("'\tcmd");
    expect(csvCell('-12.50')).to.equal('-12.50');
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell(undefined)).to.equal('');
  });

  it('names the file after the date range', () => {
    expect(csvFileName('2024-06-01T00:00:00Z', '2024-06-30T00:00:00Z')).to.equal(
      'payouts-from-2024-06-01-to-2024-06-30.csv',
    );
    expect(csvFileName()).to.equal('payouts.csv');
  });
});
