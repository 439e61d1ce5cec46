/**
 * Transitional: the module-global locale (set by `withLocale` for the length of an update) seen
 * as `Words`. Shared helpers that elements not yet converted still call without words fall back
 * to it (`words: Words = globalWords`), so each element can move to its own words on its own.
 * When the last caller passes words, the defaults and this module go, with `withLocale`.
 */
import { currentLocale, msg, readingEnglish, wordsLocale, type Words } from './runtime.js';

export const globalWords: Words = {
  get locale() {
    return currentLocale();
  },
  // The global `msg` looks up in the rendering element's own strings; they are not exposed here.
  strings: undefined,
  msg,
  readingEnglish,
  wordsLocale,
};
