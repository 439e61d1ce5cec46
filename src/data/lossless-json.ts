/**
 * Lossless JSON parsing. `JSON.parse` turns every number into a double, so an amount such as
 * `9007199254740993.07` silently becomes `9007199254740992`: money shown wrong by a cent or a
 * dollar. Here a number whose text a double cannot hold keeps its exact text (a string, see
 * `ApiDecimal` in api/wire.ts); ordinary numbers (`12.5`, `0.1`, `15000`) stay numbers.
 *
 * Where the browser gives `JSON.parse` revivers the number's source text (`context.source`,
 * Chrome 114+, Firefox 135+, Safari 18.4+) that is used; elsewhere a small hand-written parser
 * does the same job.
 *
 * @example
 * ```ts
 * parseLosslessJson('{"a": 9007199254740993.07, "b": 12.5}');
 * // → { a: '9007199254740993.07', b: 12.5 }
 * ```
 */

export interface LosslessJsonOptions {
  /**
   * Use the hand-written parser even where `context.source` is available (tests of the
   * fallback; a host that distrusts its browser's implementation).
   */
  forceFallback?: boolean;
}

/** The third argument the reviver gets in browsers with JSON.parse source text access. */
interface ReviverContext {
  source?: string;
}

type SourceReviver = (
  this: unknown,
  key: string,
  value: unknown,
  context?: ReviverContext,
) => unknown;

/** Whether this browser passes revivers the source text of primitives (detected once). */
export const supportsReviverSource: boolean = (() => {
  let supported = false;
  const probe: SourceReviver = (_key, _value, context) => {
    supported = typeof context?.source === 'string';
    return undefined;
  };
  try {
    JSON.parse('1', probe as Parameters<typeof JSON.parse>[1]);
  } catch {
    return false;
  }
  return supported;
})();

/** Parses JSON text like `JSON.parse`, keeping numbers a double cannot hold as exact strings. */
export function parseLosslessJson(text: string, options: LosslessJsonOptions = {}): unknown {
  if (supportsReviverSource && !options.forceFallback) {
    const reviver: SourceReviver = (_key, value, context) =>
      typeof value === 'number' && context?.source !== undefined
        ? exactNumber(context.source, value)
        : value;
    return JSON.parse(text, reviver as Parameters<typeof JSON.parse>[1]);
  }
  return new FallbackParser(text).parseDocument();
}

/**
 * A number as a double when the double says the same decimal value as the text, else the text.
 * "The same value" is judged on the shortest round-trip text of the double (`String(n)`), so
 * `0.1` stays a number (it round-trips) while `9007199254740993` does not.
 */
export function exactNumber(source: string, value: number): number | string {
  if (String(value) === source) return value;
  return canonicalDecimal(String(value)) === canonicalDecimal(source) ? value : source;
}

/**
 * A decimal's value as `[-]digits e exponent` with no leading or trailing zeros in the digits,
 * so texts of equal value compare equal: `1.50`, `15e-1` and `1.5` all give `15e-1`.
 */
function canonicalDecimal(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  let digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  let scale = Number(exponent) - fraction.length;
  const trimmed = digits.replace(/0+$/, '');
  scale += digits.length - trimmed.length;
  digits = trimmed;
  return `${sign}${digits}e${scale}`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Raw control characters are exactly what JSON forbids inside strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const WHITESPACE = /[ \t\n\r]*/y;

/**
 * A small recursive-descent JSON parser for browsers without reviver source text. Strings are
 * matched whole and decoded by `JSON.parse` itself, so escapes behave exactly as natively;
 * numbers go through `exactNumber`. Invalid input throws a `SyntaxError`, as `JSON.parse` does.
 */
class FallbackParser {
  private position = 0;

  constructor(private readonly text: string) {}

  parseDocument(): unknown {
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.position !== this.text.length) this.fail('Unexpected data after the JSON value');
    return value;
  }

  private parseValue(): unknown {
    this.skipWhitespace();
    const char = this.text[this.position];
    switch (char) {
      case '{':
        return this.parseObject();
      case '[':
        return this.parseArray();
      case '"':
        return this.parseString();
      case 't':
        return this.parseLiteral('true', true);
      case 'f':
        return this.parseLiteral('false', false);
      case 'n':
        return this.parseLiteral('null', null);
      default:
        return this.parseNumber();
    }
  }

  private parseObject(): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.position++;
    this.skipWhitespace();
    if (this.eat('}')) return result;
    do {
      this.skipWhitespace();
      if (this.text[this.position] !== '"') this.fail('Expected a property name');
      const key = this.parseString();
      this.skipWhitespace();
      if (!this.eat(':')) this.fail("Expected ':'");
      // defineProperty, so a "__proto__" key is an own property (as with JSON.parse), not a
      // prototype change.
      Object.defineProperty(result, key, {
        value: this.parseValue(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.skipWhitespace();
    } while (this.eat(','));
    if (!this.eat('}')) this.fail("Expected ',' or '}'");
    return result;
  }

  private parseArray(): unknown[] {
    const result: unknown[] = [];
    this.position++;
    this.skipWhitespace();
    if (this.eat(']')) return result;
    do {
      result.push(this.parseValue());
      this.skipWhitespace();
    } while (this.eat(','));
    if (!this.eat(']')) this.fail("Expected ',' or ']'");
    return result;
  }

  private parseString(): string {
    const token = this.match(STRING) ?? this.fail('Invalid string');
    return JSON.parse(token) as string;
  }

  private parseNumber(): number | string {
    const token = this.match(NUMBER) ?? this.fail('Unexpected token');
    return exactNumber(token, Number(token));
  }

  private parseLiteral<T>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.position)) this.fail('Unexpected token');
    this.position += word.length;
    return value;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (!found) return undefined;
    this.position = pattern.lastIndex;
    return found[0];
  }

  private eat(char: string): boolean {
    if (this.text[this.position] !== char) return false;
    this.position++;
    return true;
  }

  private skipWhitespace(): void {
    this.match(WHITESPACE);
  }

  private fail(reason: string): never {
    throw new SyntaxError(`${reason} in JSON at position ${this.position}`);
  }
}
