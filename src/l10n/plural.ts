/**
 * Counted phrases ("1 payout", "2 payouts"). Languages count differently (Polish has one, few and
 * many; Arabic zero, one, two, few, many and other), so each phrase is written in all six CLDR
 * plural categories, each its own message, and `Intl.PluralRules` of the language actually shown
 * picks one. English writes the same "other" text for the categories it does not use.
 *
 * @example
 * ```ts
 * const number = formatCount(count, words);
 * plural(count, {
 *   one: () => words.msg(str`${number} payout`, { id: 'payouts.count.one' }),
 *   other: () => words.msg(str`${number} payouts`, { id: 'payouts.count.other' }),
 *   // zero, two, few, many likewise
 * }, words);
 * ```
 */
import type { Words } from './runtime.js';

export type PluralForms = Record<Intl.LDMLPluralRule, () => string>;

const rules = new Map<string, Intl.PluralRules>();

/** The phrase for `count` in the plural category the shown language puts it in. */
export function plural(count: number, forms: PluralForms, words: Words): string {
  const locale = words.wordsLocale();
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return forms[rule.select(count)]();
}

const counts = new Map<string, Intl.NumberFormat>();

/** A count in the digits of the element's locale ("1,234", "١٬٢٣٤"), for a counted phrase. */
export function formatCount(count: number, words: Words): string {
  const { locale } = words;
  let format = counts.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    counts.set(locale, format);
  }
  return format.format(count);
}
