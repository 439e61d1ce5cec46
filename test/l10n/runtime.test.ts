/** The lookup itself: locale chains, values in translated sentences, host words, plurals. */
import { expect } from '@open-wc/testing';
import { fitLabel, wrapLabel } from '../../src/components/summary-sunburst/sunburst-fit.js';
import { formatCount, plural } from '../../src/l10n/plural.js';
import {
  catalogFor,
  ENGLISH,
  ensureCatalog,
  localeChain,
  registerStrings,
  str,
  wordsFor,
  type Strings,
  type Words,
} from '../../src/l10n/runtime.js';

const retry = (words: Words = ENGLISH) => words.msg('Retry', { id: 'common.retry' });
const status = (code: number, words: Words = ENGLISH) =>
  words.msg(str`The server answered with status ${code}.`, { id: 'error.other.hint' });
/** The words of an element in `locale` with its own `strings`. */
const inLocale = (locale: string, strings?: Strings) => wordsFor(locale, strings);

describe('l10n runtime', () => {
  before(async () => {
    await Promise.all(['de', 'fr', 'fr-CA', 'ja', 'pl', 'ar'].map((l) => ensureCatalog(l)));
  });

  it('falls back from a region to its language, then to English', () => {
    expect(localeChain('fr-CA')).to.deep.equal(['fr-CA', 'fr', 'en']);
    expect(catalogFor('fr-CA')).to.equal('fr-CA');
    expect(catalogFor('fr-BE')).to.equal('fr');
    expect(catalogFor('ar-SA')).to.equal('ar');
    expect(catalogFor('de-AT')).to.equal('de');
    // A language we ship only in another region reads that region rather than English.
    expect(localeChain('pt-PT')).to.deep.equal(['pt-PT', 'pt', 'pt-BR', 'en']);
    expect(catalogFor('es-AR')).to.equal('es');
    expect(catalogFor('en-GB')).to.equal(undefined);
    expect(catalogFor('zh-Hant-TW')).to.equal(undefined);
    expect(localeChain('zh-Hant-TW')).to.deep.equal(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
  });

  it("reads each element's own language, English outside any element", () => {
    expect(retry()).to.equal('Retry');
    expect(retry(inLocale('de-DE'))).to.equal('Erneut versuchen');
    expect(retry(inLocale('fr-BE'))).to.equal('Réessayer');
    expect(retry(inLocale('zh'))).to.equal('Retry');
    // Two elements in two languages at once: neither reads the other's.
    const [ja, de] = [inLocale('ja'), inLocale('de')];
    const japanese = retry(ja);
    expect(japanese).to.not.equal('Retry');
    expect(retry(de)).to.equal('Erneut versuchen');
    expect(retry(ja)).to.equal(japanese);
    expect(retry()).to.equal('Retry');
  });

  it('puts values where the translator put them', () => {
    expect(status(503, inLocale('de'))).to.equal('Der Server hat mit Status 503 geantwortet.');
    const share = (percent: string, parent: string, words: Words = ENGLISH) =>
      words.msg(str`${percent} of ${parent}`, { id: 'summary.share-of-parent' });
    expect(share('12%', '売上', inLocale('ja'))).to.equal('売上の12%');
    expect(share('12%', 'Sales')).to.equal('12% of Sales');
  });

  it("lets a host reword any message; the element's own words win", () => {
    expect(retry(inLocale('fr-CA'))).to.equal('Réessayer');
    registerStrings('fr', { 'common.retry': 'Recommencer', 'error.other.hint': 'Statut {0} !' });
    expect(retry(inLocale('fr'))).to.equal('Recommencer');
    expect(retry(inLocale('fr-CA'))).to.equal('Recommencer');
    expect(status(429, inLocale('fr'))).to.equal('Statut 429 !');
    expect(retry(inLocale('fr', { 'common.retry': 'Encore' }))).to.equal('Encore');
    registerStrings('fr-CA', { 'common.retry': 'Essayer encore' });
    expect(retry(inLocale('fr-CA'))).to.equal('Essayer encore');
    expect(retry(inLocale('fr'))).to.equal('Recommencer');
    // English words reword English, and never replace another language's translation.
    registerStrings('en', { 'common.retry': 'Try again' });
    expect(retry()).to.equal('Try again');
    expect(retry(inLocale('en-GB'))).to.equal('Try again');
    expect(retry(inLocale('de'))).to.equal('Erneut versuchen');
    expect(() => registerStrings('not a tag!', {})).to.throw(RangeError);
  });

  it("counts in each language's plural forms", () => {
    const files = (n: number, words: Words = ENGLISH) => {
      const count = formatCount(n, words);
      return plural(
        n,
        {
          zero: () => words.msg(str`${count} payouts`, { id: 'payouts.count.zero' }),
          one: () => words.msg(str`${count} payout`, { id: 'payouts.count.one' }),
          two: () => words.msg(str`${count} payouts`, { id: 'payouts.count.two' }),
          few: () => words.msg(str`${count} payouts`, { id: 'payouts.count.few' }),
          many: () => words.msg(str`${count} payouts`, { id: 'payouts.count.many' }),
          other: () => words.msg(str`${count} payouts`, { id: 'payouts.count.other' }),
        },
        words,
      );
    };
    expect([1, 2, 5].map((n) => files(n))).to.deep.equal(['1 payout', '2 payouts', '5 payouts']);
    expect([1, 2, 5, 22].map((n) => files(n, inLocale('pl')))).to.deep.equal([
      '1 wypłata',
      '2 wypłaty',
      '5 wypłat',
      '22 wypłaty',
    ]);
    // Counted in the locale's own digits (Arabic-Indic in Egypt).
    const digits = new Intl.NumberFormat('ar-EG');
    expect([2, 3, 11].map((n) => files(n, inLocale('ar-EG')))).to.deep.equal([
      `${digits.format(2)} دفعتان`,
      `${digits.format(3)} دفعات`,
      `${digits.format(11)} دفعة`,
    ]);
    expect(digits.format(3)).to.equal('٣');
    // A language we do not ship counts in English's forms, not its own.
    expect(files(1, inLocale('zh'))).to.equal('1 payout');
  });
});

describe('sunburst labels in wide scripts', () => {
  it('fits a Japanese label in half the characters of a Latin one', () => {
    expect(fitLabel('Amazon service', 8)).to.equal('Amazon …');
    expect(fitLabel('マルチチャネルフルフィルメント', 8)).to.equal('マルチ…');
    expect(fitLabel('売上', 4)).to.equal('売上');
    expect(wrapLabel('Amazon Pay手数料', 12, 2)).to.deep.equal(['Amazon', 'Pay手数料']);
  });
});
