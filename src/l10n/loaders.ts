/**
 * Where translations come from in the ESM build: each locale is its own module, imported on
 * first use, so a bundler puts each in a chunk of its own and an app downloads only the languages
 * it shows. (The script-tag bundle swaps this module for `loaders-cdn.ts`.)
 */
import type { LocaleModule } from '@lit/localize';

/** Fetches one locale's translations (`{ templates }`, as `lit-localize build` writes them). */
export type LocaleLoader = (locale: string) => Promise<LocaleModule>;

const MODULES: Readonly<Record<string, () => Promise<LocaleModule>>> = {
  ar: () => import('../locales/ar.js'),
  de: () => import('../locales/de.js'),
  es: () => import('../locales/es.js'),
  'es-MX': () => import('../locales/es-MX.js'),
  fr: () => import('../locales/fr.js'),
  'fr-CA': () => import('../locales/fr-CA.js'),
  hi: () => import('../locales/hi.js'),
  it: () => import('../locales/it.js'),
  ja: () => import('../locales/ja.js'),
  nl: () => import('../locales/nl.js'),
  pl: () => import('../locales/pl.js'),
  'pt-BR': () => import('../locales/pt-BR.js'),
  sv: () => import('../locales/sv.js'),
  tr: () => import('../locales/tr.js'),
};

/** The locales this loader can fetch (checked against lit-localize.json by a test). */
export const LOADABLE_LOCALES: readonly string[] = Object.keys(MODULES);

export const loadLocaleModule: LocaleLoader = (locale) => {
  const load = MODULES[locale];
  return load ? load() : Promise.reject(new Error(`no translations for ${locale}`));
};
