import { expect } from '@open-wc/testing';
import { invalidAmountsIn } from '../../src/api/normalise-common.js';

describe('invalidAmountsIn', () => {
  it("names each amount no money can be by its JSON path, an object's own fields before what it holds", () => {
    const response = {
      netProceeds: '1e400',
      payouts: [
        { amount: { currencyCode: 'USD', currencyAmount: '12.50' } },
        { amount: { currencyCode: 'USD', currencyAmount: 'Infinity' }, tags: ['1e400'] },
      ],
      breakdowns: [
        { breakdownAmount: 1, breakdowns: [{ breakdownAmount: '1e31', amount: 'NaN' }] },
      ],
    };
    expect(invalidAmountsIn(response)).to.deep.equal([
      { path: 'netProceeds', raw: '1e400' },
      { path: 'payouts[1].amount.currencyAmount', raw: 'Infinity' },
      { path: 'breakdowns[0].breakdowns[0].breakdownAmount', raw: '1e31' },
      { path: 'breakdowns[0].breakdowns[0].amount', raw: 'NaN' },
    ]);
  });

  it('finds amounts in a response that is an array, and nothing in primitives', () => {
    expect(invalidAmountsIn([{ amount: '-Infinity' }])).to.deep.equal([
      { path: '[0].amount', raw: '-Infinity' },
    ]);
    expect(invalidAmountsIn('1e400')).to.deep.equal([]);
    expect(invalidAmountsIn(null)).to.deep.equal([]);
  });

  it('walks a response nested far deeper than any stack, and finds the amount at the bottom', () => {
    let response: unknown = { amount: '1e999' };
    for (let i = 0; i < 100_000; i++) response = { breakdowns: [response] };
    const found = invalidAmountsIn(response);
    expect(found).to.have.length(1);
    expect(found[0]!.raw).to.equal('1e999');
    expect(found[0]!.path.endsWith('breakdowns[0].amount')).to.equal(true);
  });

  it('reads only own fields, never inherited ones', () => {
    const inherited = Object.create({ amount: 'NaN' }) as Record<string, unknown>;
    inherited.total = '12.00';
    expect(invalidAmountsIn({ payouts: [inherited] })).to.deep.equal([]);
  });
});
