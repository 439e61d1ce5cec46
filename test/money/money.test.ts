import { expect } from '@open-wc/testing';
import {
  CurrencyMismatchError,
  Decimal,
  absMoney,
  isNegative,
  moneyFrom,
  parseDecimal,
  sumMoney,
  totalsByCurrency,
  type Money,
} from '../../src/money/index.js';

function money(amount: string, currency: string): Money {
  return { amount: new Decimal(amount), currency };
}

const plain = (m: Money) => `${m.amount.toString()} ${m.currency}`;

describe('parseDecimal', () => {
  it('keeps exact text exact', () => {
    expect(parseDecimal('9007199254740993.07')!.toString()).to.equal('9007199254740993.07');
    expect(parseDecimal(' -0.10 ')!.toString()).to.equal('-0.1');
    expect(parseDecimal('1e-7')!.toString()).to.equal('0.0000001');
  });

  it('reads a JS number as the text it came from, not its binary expansion', () => {
    expect(parseDecimal(0.1)!.toString()).to.equal('0.1');
    expect(parseDecimal(-2000)!.toString()).to.equal('-2000');
    expect(parseDecimal(10n)!.toString()).to.equal('10');
  });

  it('gives undefined, never NaN, for anything unreadable', () => {
    for (const junk of ['', 'abc', '1,000', Number.NaN, Infinity, null, undefined, {}, true]) {
      expect(parseDecimal(junk), String(junk)).to.equal(undefined);
    }
  });
});

describe('moneyFrom', () => {
  it('reads a Currency object, upper-casing the code', () => {
    expect(plain(moneyFrom({ currencyAmount: '12.5', currencyCode: 'usd' })!)).to.equal('12.5 USD');
  });

  it('reads a bare amount in the currency to assume', () => {
    expect(plain(moneyFrom(-1000, 'USD')!)).to.equal('-1000 USD');
    expect(plain(moneyFrom({ currencyAmount: 5 }, 'JPY')!)).to.equal('5 JPY');
  });

  it('is undefined without an amount or a currency', () => {
    expect(moneyFrom(null)).to.equal(undefined);
    expect(moneyFrom({ currencyAmount: 5 })).to.equal(undefined);
    expect(moneyFrom({ currencyCode: 'USD' })).to.equal(undefined);
    expect(moneyFrom(5)).to.equal(undefined);
    expect(moneyFrom({ currencyAmount: 'n/a', currencyCode: 'USD' })).to.equal(undefined);
  });
});

describe('sumMoney', () => {
  it('adds exactly within one currency', () => {
    expect(plain(sumMoney([money('0.1', 'USD'), money('0.2', 'USD')]))).to.equal('0.3 USD');
    expect(plain(sumMoney([money('9007199254740993.07', 'USD'), money('0.01', 'USD')]))).to.equal(
      '9007199254740993.08 USD',
    );
    expect(plain(sumMoney([], 'JPY'))).to.equal('0 JPY');
  });

  it('refuses to add different currencies', () => {
    let error: unknown;
    try {
      sumMoney([money('1', 'USD'), money('1', 'EUR')]);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(CurrencyMismatchError);
    expect((error as CurrencyMismatchError).currencies).to.deep.equal(['EUR', 'USD']);
    expect(() => sumMoney([money('1', 'USD')], 'EUR')).to.throw(CurrencyMismatchError);
    expect(() => sumMoney([])).to.throw(Error);
  });
});

describe('totalsByCurrency', () => {
  it('keeps currencies apart, in the order they first appear', () => {
    const totals = totalsByCurrency([
      money('10', 'EUR'),
      money('1.5', 'USD'),
      money('-2.25', 'EUR'),
      money('1000', 'JPY'),
      money('0.5', 'USD'),
    ]);
    expect(totals.map(plain)).to.deep.equal(['7.75 EUR', '2 USD', '1000 JPY']);
    expect(totalsByCurrency([])).to.deep.equal([]);
  });
});

describe('isNegative and absMoney', () => {
  it('treats -0 as not negative, and keeps the currency', () => {
    expect(isNegative(money('-0.01', 'USD'))).to.equal(true);
    expect(isNegative(money('-0', 'USD'))).to.equal(false);
    expect(isNegative(money('3', 'USD'))).to.equal(false);
    expect(plain(absMoney(money('-3.50', 'GBP')))).to.equal('3.5 GBP');
  });
});
