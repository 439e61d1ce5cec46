import { expect } from '@open-wc/testing';
import {
  currencyDigits,
  formatMoney,
  moneyFrom,
  moneyToPlainString,
  type Money,
} from '../../src/money/index.js';

function money(amount: string | number, currency: string): Money {
  return moneyFrom({ currencyAmount: amount, currencyCode: currency })!;
}

/** Intl separates some symbols with a (narrow) no-break space; compare with plain spaces. */
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats amounts beyond 2^53 exactly', () => {
    expect(formatMoney(money('9007199254740993.07', 'USD'), 'en-US')).to.equal(
      '$9,007,199,254,740,993.07',
    );
    expect(formatMoney(money('123456789012345678901234.5', 'USD'), 'en-US')).to.equal(
      '$123,456,789,012,345,678,901,234.50',
    );
    expect(formatMoney(money('-9007199254740993.01', 'EUR'), 'de-DE')).to.satisfy(
      (text: string) => spaced(text) === '-9.007.199.254.740.993,01 €',
    );
  });

  it("uses the currency's own minor digits", () => {
    expect(formatMoney(money('1234.5', 'JPY'), 'en-US')).to.equal('¥1,235');
    expect(formatMoney(money('1234', 'JPY'), 'ja-JP')).to.equal('￥1,234');
    expect(formatMoney(money('12', 'USD'), 'en-US')).to.equal('$12.00');
    expect(spaced(formatMoney(money('1.2345', 'BHD'), 'en-US'))).to.equal('BHD 1.235');
  });

  it("uses the locale's grouping: en-IN lakh, de-DE", () => {
    expect(formatMoney(money('1234567.89', 'INR'), 'en-IN')).to.equal('₹12,34,567.89');
    expect(formatMoney(money('-123456789.5', 'INR'), 'en-IN')).to.equal('-₹12,34,56,789.50');
    expect(spaced(formatMoney(money('1234.56', 'EUR'), 'de-DE'))).to.equal('1.234,56 €');
  });

  it('keeps the minus sign of negatives in the text', () => {
    expect(formatMoney(money('-1234.56', 'USD'), 'en-US')).to.equal('-$1,234.56');
    expect(spaced(formatMoney(money('-0.5', 'EUR'), 'de-DE'))).to.equal('-0,50 €');
    expect(formatMoney(money(-2000, 'USD'), 'en-US')).to.equal('-$2,000.00');
  });

  it('shows a plus on gains with signDisplay exceptZero', () => {
    expect(formatMoney(money('5', 'USD'), 'en-US', { signDisplay: 'exceptZero' })).to.equal(
      '+$5.00',
    );
    expect(formatMoney(money('0', 'USD'), 'en-US', { signDisplay: 'exceptZero' })).to.equal(
      '$0.00',
    );
  });

  it('formats a currency code it does not know without throwing', () => {
    expect(spaced(formatMoney(money('1234.5', 'XYZ'), 'en-US'))).to.equal('XYZ 1,234.50');
    // Not even a well-formed code: the plain number and the code.
    expect(formatMoney(money('1234.5', 'DOLLARS'), 'en-US')).to.equal('1,234.5 DOLLARS');
  });
});

describe('currencyDigits and moneyToPlainString', () => {
  it('knows minor digits, defaulting to 2', () => {
    expect(currencyDigits('USD')).to.equal(2);
    expect(currencyDigits('JPY')).to.equal(0);
    expect(currencyDigits('KWD')).to.equal(3);
    expect(currencyDigits('not a code')).to.equal(2);
  });

  it('writes the exact amount as plain decimal text', () => {
    expect(moneyToPlainString(money('9007199254740993.07', 'USD'))).to.equal('9007199254740993.07');
    expect(moneyToPlainString(money('1e21', 'USD'))).to.equal('1000000000000000000000');
  });
});
