/** The lookup itself: locale chains, values in translated sentences, host words, plurals. */
import { expect } from '@open-wc/testing';
import { fitLabel, wrapLabel } from '../../src/components/summary-sunburst/sunburst-fit.js';
import { formatCount, plural } from '../../src/l10n/plural.js';
import {
  catalogFor,
  ensureCatalog,
  localeChain,
  msg,
  registerStrings,
  str,
  withLocale,
} from '../../src/l10n/runtime.js';

const retry = () => msg('Retry', { id: 'common.retry' });
const status = (code: number) =>
  msg(str`The server answered with status ${code}.`, { id: 'error.other.hint' });

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

  it("reads the rendering element's language, English outside any element", () => {
    expect(retry()).to.equal('Retry');
    expect(withLocale('de-DE', undefined, retry)).to.equal('Erneut versuchen');
    expect(withLocale('fr-BE', undefined, retry)).to.equal('Réessayer');
    expect(withLocale('zh', undefined, retry)).to.equal('Retry');
    expect(withLocale('ja', undefined, () => withLocale('de', undefined, retry))).to.equal(
      'Erneut versuchen',
    );
    expect(retry()).to.equal('Retry');
  });

  it('puts values where the translator put them', () => {
    expect(withLocale('de', undefined, () => status(503))).to.equal(
      'Der Server hat mit Status 503 geantwortet.',
    );
    const share = (percent: string, parent: string) =>
      msg(str`${percent} of ${parent}`, { id: 'summary.share-of-parent' });
    expect(withLocale('ja', undefined, () => share('12%', '売上'))).to.equal('売上の12%');
    expect(share('12%', 'Sales')).to.equal('12% of Sales');
  });

  it("lets a host reword any message; the element's own words win", () => {
    expect(withLocale('fr-CA', undefined, retry)).to.equal('Réessayer');
    registerStrings('fr', { 'common.retry': 'Recommencer', 'error.other.hint': 'Statut {0} !' });
    expect(withLocale('fr', undefined, retry)).to.equal('Recommencer');
    expect(withLocale('fr-CA', undefined, retry)).to.equal('Recommencer');
    expect(withLocale('fr', undefined, () => status(429))).to.equal('Statut 429 !');
    expect(withLocale('fr', { 'common.retry': 'Encore' }, retry)).to.equal('Encore');
    registerStrings('fr-CA', { 'common.retry': 'Essayer encore' });
    expect(withLocale('fr-CA', undefined, retry)).to.equal('Essayer encore');
    expect(withLocale('fr', undefined, retry)).to.equal('Recommencer');
    // English words reword English, and never replace another language's translation.
    registerStrings('en', { 'common.retry': 'Try again' });
    expect(retry()).to.equal('Try again');
    expect(withLocale('en-GB', undefined, retry)).to.equal('Try again');
    expect(withLocale('de', undefined, retry)).to.equal('Erneut versuchen');
    expect(() => registerStrings('not a tag!', {})).to.throw(RangeError);
  });

  it("counts in each language's plural forms", () => {
    const files = (n: number) =>
      plural(n, {
        zero: () => msg(str`${formatCount(n)} payouts`, { id: 'payouts.count.zero' }),
        one: () => msg(str`${formatCount(n)} payout`, { id: 'payouts.count.one' }),
        two: () => msg(str`${formatCount(n)} payouts`, { id: 'payouts.count.two' }),
        few: () => msg(str`${formatCount(n)} payouts`, { id: 'payouts.count.few' }),
        many: () => msg(str`${formatCount(n)} payouts`, { id: 'payouts.count.many' }),
        other: () => msg(str`${formatCount(n)} payouts`, { id: 'payouts.count.other' }),
      });
    expect([1, 2, 5].map(files)).to.deep.equal(['1 payout', '2 payouts', '5 payouts']);
    expect(withLocale('pl', undefined, () => [1, 2, 5, 22].map(files))).to.deep.equal([
      '1 wypłata',
      '2 wypłaty',
      '5 wypłat',
      '22 wypłaty',
    ]);
    // Counted in the locale's own digits (Arabic-Indic in Egypt).
    const digits = new Intl.NumberFormat('ar-EG');
    expect(withLocale('ar-EG', undefined, () => [2, 3, 11].map(files))).to.deep.equal([
      `${digits.format(2)} دفعتان`,
      `${digits.format(3)} دفعات`,
      `${digits.format(11)} دفعة`,
    ]);
    expect(digits.format(3)).to.equal('٣');
    // A language we do not ship counts in English's forms, not its own.
    expect(withLocale('zh', undefined, () => files(1))).to.equal('1 payout');
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
