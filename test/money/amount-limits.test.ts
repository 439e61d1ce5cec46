/**
 * Amounts no money can be (issue 20, "Absurd amounts"): rejected on their text, before decimal.js
 * does any work. Nothing here is timed: `1e100000000` used to freeze formatting for 30 s, so this
 * file finishing at all within the runner's timeout is the proof of speed.
 */
import { expect } from '@open-wc/testing';
import { parseLosslessJson } from '../../src/data/lossless-json.js';
import { invalidAmountText } from '../../src/money/decimal.js';
import { Decimal, moneyFrom, parseDecimal, readDecimal, readMoney } from '../../src/money/index.js';

const FIVE_THOUSAND_DIGITS = '9'.repeat(5000);

describe('amount limits', () => {
  const lossless = parseLosslessJson('{"a": 1e400, "b": -1e400}') as { a: unknown; b: unknown };

  const absurd: [string, unknown, string][] = [
    ['1e400 as text', '1e400', '1e400'],
    ['-1e400 as text', '-1e400', '-1e400'],
    ['1e400 as a lossless JSON number', lossless.a, '1e400'],
    ['-1e400 as a lossless JSON number', lossless.b, '-1e400'],
    ['an exponent just past the bound', '1e31', '1e31'],
    ['a negative exponent just past the bound', '1e-31', '1e-31'],
    ['NaN as text', 'NaN', 'NaN'],
    ['Infinity as text', 'Infinity', 'Infinity'],
    ['-Infinity as text', '-Infinity', '-Infinity'],
    ['NaN as a number', Number.NaN, 'NaN'],
    ['Infinity as a number', Infinity, 'Infinity'],
    ['a finite double beyond the bound', 1e300, '1e+300'],
    ['5000 digits', FIVE_THOUSAND_DIGITS, `${'9'.repeat(40)}…`],
    ['1e10000000', '1e10000000', '1e10000000'],
    ['1e100000000', '1e100000000', '1e100000000'],
    ['41 significant digits', `1${'1'.repeat(40)}`, `1${'1'.repeat(39)}…`],
    ['a 32-digit whole number (10^31)', `1${'0'.repeat(31)}`, `1${'0'.repeat(31)}`],
    ['zero with an absurd exponent', '0e400', '0e400'],
    ['a Decimal beyond the bound', new Decimal('1e400'), '1e+400'],
  ];

  for (const [name, value, raw] of absurd) {
    it(`rejects ${name}, keeping its text`, () => {
      expect(readDecimal(value)).to.deep.equal({ kind: 'invalid', raw });
      expect(parseDecimal(value)).to.equal(undefined);
      expect(readMoney({ currencyAmount: value, currencyCode: 'usd' })).to.deep.equal({
        invalid: { raw, currency: 'USD' },
      });
      expect(moneyFrom({ currencyAmount: value, currencyCode: 'USD' })).to.equal(undefined);
    });
  }

  const sane: [unknown, string][] = [
    ['12.34', '12.34'],
    ['1e3', '1000'],
    ['-0.01', '-0.01'],
    ['123456789012345678901234.56', '123456789012345678901234.56'],
    ['1e30', `1${'0'.repeat(30)}`],
    ['1e-30', `0.${'0'.repeat(29)}1`],
    [`${'9'.repeat(31)}`, '9'.repeat(31)],
    ['0e30', '0'],
    [-2000, '-2000'],
  ];

  for (const [value, exact] of sane) {
    it(`accepts ${String(value)} exactly`, () => {
      expect(parseDecimal(value)!.toString()).to.equal(exact);
      const reading = readMoney({ currencyAmount: value, currencyCode: 'USD' });
      expect(reading.invalid).to.equal(undefined);
      expect(reading.money!.amount.toString()).to.equal(exact);
    });
  }

  it('keeps text that is no number at all absent, not invalid', () => {
    for (const junk of ['', 'abc', '1,000', {}, true, null]) {
      expect(readDecimal(junk), String(junk)).to.deep.equal({ kind: 'absent' });
    }
  });

  it('reports an invalid amount even when no currency is known', () => {
    expect(readMoney('1e400')).to.deep.equal({ invalid: { raw: '1e400' } });
    expect(readMoney('1e400', 'eur')).to.deep.equal({ invalid: { raw: '1e400', currency: 'EUR' } });
  });
});

describe('invalidAmountText: the verdict without a Decimal', () => {
  it('agrees with readDecimal on every kind of amount', () => {
    const values: unknown[] = [
      '12.34',
      '-0.01',
      '1e3',
      '123456789012345678901234.56',
      '0',
      12.34,
      -0.5,
      0,
      1e29,
      '1e400',
      '-1e400',
      '1e31',
      '1e-31',
      'NaN',
      'Infinity',
      '9'.repeat(5000),
      '1e100000000',
      1e300,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '',
      'abc',
      null,
      undefined,
      {},
    ];
    for (const value of values) {
      const reading = readDecimal(value);
      const expected = reading.kind === 'invalid' ? reading.raw : undefined;
      expect(invalidAmountText(value), String(value).slice(0, 20)).to.equal(expected);
    }
  });
});
