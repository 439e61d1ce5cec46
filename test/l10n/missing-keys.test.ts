/**
 * Every shipped locale has every word: each element, rendered with the sandbox in scenarios that
 * use many strings (and opened up: details, table, a drill, Load more), looks up only messages
 * that the locale's translator file translates, and none of them falls back to English.
 * Humanized values the API sent (unknown enum codes, free-form names) are data, not messages,
 * and are not looked up at all.
 */
import { expect } from '@open-wc/testing';
import { targetLocales } from '../../src/l10n/locale-codes.js';
import { LOADABLE_LOCALES } from '../../src/l10n/loaders.js';
import { watchLookups, type Lookup } from '../../src/l10n/runtime.js';
import type { ScenarioName } from '../../src/data/sandbox/index.js';
import { PUBLISHED_BREAKDOWN_NAMES } from '../../src/data/sandbox/published.js';
import { ACCOUNT_TYPE_LABELS } from '../../src/data/sandbox/seller.js';
import { LINE_TRANSACTIONS } from '../../src/data/sandbox/transactions.js';
import { TAGS, exercise, readXliff, renderIn, spokenStrings, type Xliff } from './helpers.js';

const SCENARIOS: ScenarioName[] = ['default', 'published', 'empty', 'error-403'];
/** Names the API sends as text (the published model's free-form names): data, shown as sent. */
const SENT_AS_TEXT = new Set([
  ...Object.values(PUBLISHED_BREAKDOWN_NAMES),
  ...Object.values(ACCOUNT_TYPE_LABELS),
  // Transaction descriptions the sandbox sends (free text from Amazon), some of which read
  // like the sunburst's taxonomy words in English; and the summary's RETROCHARGE breakdown,
  // humanized as sent, which reads like the transaction list's word for that type.
  ...Object.values(LINE_TRANSACTIONS).map((line) => line.description),
  'Retrocharge',
]);

/** Every error headline, shown by one element (the error state is shared). */
const ERRORS: ScenarioName[] = ['error-400', 'error-404', 'error-429', 'error-500', 'network'];

describe('translations: no missing keys', function () {
  this.timeout(120_000);

  it('ships a loader for exactly the locales lit-localize builds', () => {
    expect([...LOADABLE_LOCALES].sort()).to.deep.equal([...targetLocales].sort());
  });

  for (const locale of targetLocales) {
    describe(locale, () => {
      let xliff: Xliff;
      before(async () => {
        xliff = await readXliff(locale);
      });

      it('translates every message in its xliff file', () => {
        const untranslated = [...xliff.sources.keys()].filter((id) => !xliff.targets.has(id));
        expect(untranslated).to.deep.equal([]);
        expect(xliff.sources.size).to.be.greaterThan(200);
      });

      for (const tag of TAGS) {
        it(`<${tag}> shows only translated words`, async () => {
          const lookups: Lookup[] = [];
          const stop = watchLookups((lookup) => lookups.push(lookup));
          const shown: string[] = [];
          try {
            const scenarios = tag === 'sp-balance-card' ? [...SCENARIOS, ...ERRORS] : SCENARIOS;
            for (const scenario of scenarios) {
              const el = await renderIn(tag, locale, scenario);
              await exercise(el);
              shown.push(...spokenStrings(el));
              el.remove();
            }
          } finally {
            stop();
          }
          const mine = lookups.filter((l) => l.locale === locale);
          expect(mine.length, 'messages looked up').to.be.greaterThan(5);
          expect(mine.every((l) => l.catalog === locale)).to.equal(true);
          const fellBack = mine.filter((l) => l.source === 'english' && l.catalogReady);
          expect([...new Set(fellBack.map((l) => l.id))], 'fell back to English').to.deep.equal([]);
          const notInXliff = mine.filter((l) => !xliff.targets.has(l.id));
          expect([...new Set(notInXliff.map((l) => l.id))], 'not in xliff').to.deep.equal([]);
          // Nothing on screen is an English message whose translation differs (a string that
          // bypassed msg()), unless the API sent it as text.
          const english = new Set(
            [...xliff.sources]
              .filter(([id, source]) => !source.includes('{') && xliff.targets.get(id) !== source)
              .map(([, source]) => source),
          );
          const leaked = shown.filter((s) => english.has(s) && !SENT_AS_TEXT.has(s));
          expect([...new Set(leaked)], 'English on screen').to.deep.equal([]);
        });
      }
    });
  }
});
