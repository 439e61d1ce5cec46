import { expect } from '@open-wc/testing';
import {
  hasSyntheticId,
  newestFirst,
  normalisePayouts,
  sortHistory,
} from '../../src/api/normalise-payouts.js';
import type { ListPayoutsResponse } from '../../src/api/wire.js';
import { payout } from '../fixtures/payouts.js';
import { sandboxListPayoutsResponse } from '../fixtures/payouts-sandbox.js';

describe('normalisePayouts', () => {
  it("reads Amazon's sandbox payout exactly", () => {
    const [model, ...rest] = normalisePayouts(sandboxListPayoutsResponse);
    expect(rest).to.have.length(0);
    expect(model!.id).to.equal('11888387941');
    expect(model!.status).to.equal('PAID');
    expect(model!.type).to.equal('SCHEDULED');
    expect(model!.money!.amount.toString()).to.equal('1250.75');
    expect(model!.money!.currency).to.equal('USD');
    expect(model!.accountTail).to.equal('1234');
    expect(model!.paymentMethod).to.equal('BANK_ACCOUNT');
    expect(model!.paymentRail).to.equal('ACH');
    expect(model!.traceId).to.equal('4B03616UONXSAWP');
    expect(model!.creationDate).to.equal('2024-06-01T00:00:00Z');
    expect(model!.period).to.deep.equal({
      startDate: '2025-12-13T06:26:45Z',
      endDate: '2025-12-14T06:30:45Z',
    });
    expect(model!.settlementIds).to.deep.equal(['11888387941']);
    expect(model!.account).to.deep.equal({
      partnerId: 'AXXXXXXXXXXXXX',
      accountType: 'STANDARD_ORDERS',
      accountTypeRaw: 'STANDARD_ORDERS',
      marketplaceId: 'ATVPDKIKX0DER',
    });
    expect(model!.history.map((step) => step.status)).to.deep.equal([
      'STARTED',
      'IN_TRANSIT',
      'PAID',
    ]);
    expect(model!.failureReason).to.equal(undefined);
  });

  it('sorts a status history that arrives unsorted, oldest first', () => {
    const [model] = normalisePayouts({
      payouts: [
        payout({
          currentStatus: 'PAID',
          statusHistory: [
            { status: 'PAID', lastUpdatedDate: '2024-06-03T00:00:00Z' },
            { status: 'STARTED', lastUpdatedDate: '2024-06-01T00:00:00Z' },
            { status: 'IN_TRANSIT', lastUpdatedDate: '2024-06-02T00:00:00+09:00' },
          ],
        }),
      ],
    });
    expect(model!.history.map((step) => step.status)).to.deep.equal([
      'STARTED',
      'IN_TRANSIT',
      'PAID',
    ]);
  });

  it('keeps arrival order for equal dates and puts undated steps last', () => {
    const sorted = sortHistory([
      { status: 'UNDATED_A' },
      { status: 'B', date: '2024-06-02T00:00:00Z' },
      { status: 'A', date: '2024-06-02T00:00:00Z' },
      { status: 'UNREADABLE', date: 'yesterday' },
      { status: 'FIRST', date: '2024-06-01T00:00:00Z' },
    ]);
    expect(sorted.map((step) => step.status)).to.deep.equal([
      'FIRST',
      'B',
      'A',
      'UNDATED_A',
      'UNREADABLE',
    ]);
  });

  it('takes the failure reason of the latest FAILED step', () => {
    const [model] = normalisePayouts({
      payouts: [
        payout({
          currentStatus: 'FAILED',
          statusHistory: [
            { status: 'FAILED', lastUpdatedDate: '2024-06-05T00:00:00Z', failureReason: 'Later' },
            { status: 'STARTED', lastUpdatedDate: '2024-06-01T00:00:00Z' },
            { status: 'FAILED', lastUpdatedDate: '2024-06-02T00:00:00Z', failureReason: 'Earlier' },
            { status: 'STARTED', lastUpdatedDate: '2024-06-04T00:00:00Z' },
          ],
        }),
      ],
    });
    expect(model!.failureReason).to.equal('Later');
  });

  it('keeps unknown values and leaves missing optional fields absent', () => {
    const [model] = normalisePayouts({
      payouts: [
        {
          id: 'X',
          currentStatus: 'HELD_FOR_REVIEW',
          type: 'INSTANT',
          paymentMethod: 'GIFT_CARD',
          statusHistory: null,
          amount: null,
          relatedIdentifiers: null,
        },
      ],
    });
    expect(model).to.deep.include({
      id: 'X',
      status: 'HELD_FOR_REVIEW',
      type: 'INSTANT',
      paymentMethod: 'GIFT_CARD',
      history: [],
      settlementIds: [],
    });
    for (const field of ['money', 'accountTail', 'traceId', 'paymentRail', 'period'] as const) {
      expect(model![field], field).to.equal(undefined);
    }
  });

  it('reads NO_PAYOUT with no amount and no type, and a status from history when current is missing', () => {
    const models = normalisePayouts({
      payouts: [
        { id: 'N', currentStatus: 'NO_PAYOUT', statusHistory: [{ status: 'NO_PAYOUT' }] },
        {
          id: 'H',
          statusHistory: [
            { status: 'IN_TRANSIT', lastUpdatedDate: '2024-06-02T00:00:00Z' },
            { status: 'STARTED', lastUpdatedDate: '2024-06-01T00:00:00Z' },
          ],
        },
      ],
    });
    expect(models[0]).to.deep.include({ status: 'NO_PAYOUT', money: undefined, type: undefined });
    expect(models[1]!.status).to.equal('IN_TRANSIT');
  });

  it('gives a payout without an id a stable synthetic id, distinct from every other', () => {
    const response: ListPayoutsResponse = {
      payouts: [payout({ id: undefined }), payout({ id: null }), payout({ id: 'P-1' })],
    };
    const first = normalisePayouts(response);
    const again = normalisePayouts(response);
    expect(first.map((p) => p.id)).to.deep.equal(again.map((p) => p.id));
    expect(new Set(first.map((p) => p.id)).size).to.equal(3);
    expect(first.map(hasSyntheticId)).to.deep.equal([true, true, false]);

    const taken = new Set(first.map((p) => p.id));
    const nextPage = normalisePayouts({ payouts: [payout({ id: undefined })] }, taken);
    expect(first.map((p) => p.id)).not.to.include(nextPage[0]!.id);
  });

  it('survives null, non-object payouts and a missing list', () => {
    expect(normalisePayouts(null)).to.deep.equal([]);
    expect(normalisePayouts({})).to.deep.equal([]);
    expect(
      normalisePayouts({ payouts: [null, 'x', 3] as unknown as ListPayoutsResponse['payouts'] }),
    ).to.deep.equal([]);
  });

  it('orders rows newest first, stable for equal dates, undated last', () => {
    const models = normalisePayouts({
      payouts: [
        payout({ id: 'old', creationDate: '2024-01-01T00:00:00Z' }),
        payout({ id: 'none', creationDate: undefined }),
        payout({ id: 'same-1', creationDate: '2024-03-01T00:00:00Z' }),
        payout({ id: 'new', creationDate: '2024-05-01T00:00:00Z' }),
        payout({ id: 'same-2', creationDate: '2024-03-01T00:00:00Z' }),
      ],
    });
    expect(newestFirst(models).map((p) => p.id)).to.deep.equal([
      'new',
      'same-1',
      'same-2',
      'old',
      'none',
    ]);
  });
});
