import { expect } from '@open-wc/testing';
import { formatShare } from '../../src/components/summary-sunburst/summary-text.js';
import { Decimal } from '../../src/money/decimal.js';

describe('summary text', () => {
  it('formats shares from the exact decimal, rounding half up at the tenth of a percent', () => {
    const share = (value: string) => formatShare(new Decimal(value), 'en-US');
    expect(share('0.0125')).to.equal('1.3%');
    expect(share('0.01249999999999999999999')).to.equal('1.2%');
    expect(share('0.70588235294117647058823529411764706')).to.equal('70.6%');
    expect(share('1.125')).to.equal('112.5%');
    expect(share('0.15')).to.equal('15%');
    expect(share('0')).to.equal('0%');
    // Shares that show the same are put in words once, and stay right when asked again.
    expect(share('0.0125')).to.equal('1.3%');
    expect(formatShare(new Decimal('0.0125'), 'de-DE')).to.equal('1,3\u00a0%');
  });
});
