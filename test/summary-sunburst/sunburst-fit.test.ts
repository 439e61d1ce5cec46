/** Fitting words into arcs and the centre. */
import { expect } from '@open-wc/testing';
import { wrapLabel } from '../../src/components/summary-sunburst/sunburst-fit.js';

describe('sunburst label fitting', () => {
  it('wraps centre text at spaces, cutting what does not fit', () => {
    expect(wrapLabel('Amazon service charges and fees', 22, 2)).to.deep.equal([
      'Amazon service charges',
      'and fees',
    ]);
    expect(wrapLabel('Amazon service charges and fees', 10, 2)).to.deep.equal([
      'Amazon',
      'service c…',
    ]);
    expect(wrapLabel('Settlement 8129762527551', 12, 2)).to.deep.equal([
      'Settlement',
      '8129762527551'.slice(0, 11) + '…',
    ]);
    expect(wrapLabel('Sales', 20, 2)).to.deep.equal(['Sales']);
    expect(wrapLabel('Sales', 0, 2)).to.deep.equal([]);
  });
});
