import { expect } from '@open-wc/testing';
import {
  exactNumber,
  parseLosslessJson,
  supportsReviverSource,
} from '../../src/data/lossless-json.js';

const MODES = [
  { name: 'native (context.source)', options: {} },
  { name: 'fallback parser', options: { forceFallback: true } },
];

/** Documents whose numbers a double holds: both parsers must agree with JSON.parse exactly. */
const ORDINARY = [
  '{"a":1,"b":[true,false,null],"c":{"d":"e"}}',
  ' \t\n\r[ 1 , -2.5e3 , 0.1, 1E2, 1e-7, 1.0, 0, 9007199254740992 ] ',
  '"plain"',
  '"esc\\"apes \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00"',
  '"unicode: ₹ € ¥ 😀"',
  '{}',
  '[]',
  '[[[[{"deep":[{}]}]]]]',
  '{"dup":1,"dup":2}',
  '-0',
  '1e21',
  '0.30000000000000004',
  'null',
];

const INVALID = [
  '',
  ' ',
  '{',
  '[1,]',
  '{"a":1,}',
  '{a:1}',
  "'single'",
  '01',
  '1.',
  '.5',
  '+1',
  '-',
  'NaN',
  'tru',
  'nul',
  '1 2',
  '"unterminated',
  '"bad \\x escape"',
  '"raw \u0001 control"',
  '[1 2]',
  '{"a" 1}',
];

describe('lossless JSON', () => {
  it('uses context.source in this Chromium', () => {
    expect(supportsReviverSource).to.equal(true);
  });

  for (const { name, options } of MODES) {
    describe(name, () => {
      it('parses ordinary documents exactly as JSON.parse does', () => {
        for (const text of ORDINARY) {
          const parsed = parseLosslessJson(text, options);
          expect(parsed, text).to.deep.equal(JSON.parse(text));
        }
        expect(Object.is(parseLosslessJson('-0', options), -0)).to.equal(true);
      });

      it('keeps numbers a double cannot hold as their exact text', () => {
        const parsed = parseLosslessJson(
          '{"a":9007199254740993.07,"b":123456789012345678901234.5,"c":9007199254740993,' +
            '"d":[-0.1000000000000000000001,1e400,1e-400],"e":12.5}',
          options,
        );
        expect(parsed).to.deep.equal({
          a: '9007199254740993.07',
          b: '123456789012345678901234.5',
          c: '9007199254740993',
          d: ['-0.1000000000000000000001', '1e400', '1e-400'],
          e: 12.5,
        });
      });

      it('makes "__proto__" an own property, not a prototype', () => {
        const parsed = parseLosslessJson(
          '{"__proto__":{"polluted":true},"a":1}',
          options,
        ) as Record<string, unknown>;
        expect(Object.getPrototypeOf(parsed)).to.equal(Object.prototype);
        expect(Object.keys(parsed)).to.deep.equal(['__proto__', 'a']);
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });

      it('rejects invalid JSON with a SyntaxError', () => {
        for (const text of INVALID) {
          expect(() => parseLosslessJson(text, options), JSON.stringify(text)).to.throw(
            SyntaxError,
          );
        }
      });
    });
  }

  it('exactNumber keeps a double when it says the same value as the text', () => {
    expect(exactNumber('1.50', 1.5)).to.equal(1.5);
    expect(exactNumber('15e-1', 1.5)).to.equal(1.5);
    expect(exactNumber('100', 100)).to.equal(100);
    expect(exactNumber('0.1', 0.1)).to.equal(0.1);
    expect(exactNumber('9007199254740993', 9007199254740992)).to.equal('9007199254740993');
    expect(exactNumber('0.10000000000000000001', 0.1)).to.equal('0.10000000000000000001');
  });
});
