/**
 * Where translations come from in the script-tag bundle (it replaces `loaders.ts` there): a
 * classic script cannot be split into chunks, so English stays inline and each other locale is
 * a self-contained ES module next to the script, `locales/<locale>.js`, imported on first use
 * from the script's folder (see `urlBesideTheScript`).
 */
import type { LocaleModule } from '@lit/localize';
import { urlBesideTheScript } from '../internal/script-base-url.js';
import { targetLocales } from './locale-codes.js';

export type LocaleLoader = (locale: string) => Promise<LocaleModule>;

export const LOADABLE_LOCALES: readonly string[] = targetLocales;

export const loadLocaleModule: LocaleLoader = async (locale) => {
  if (!targetLocales.includes(locale as (typeof targetLocales)[number])) {
    throw new Error(`no translations for ${locale}`);
  }
  const url = urlBesideTheScript(`locales/${locale}.js`);
  return (await import(/* @vite-ignore */ url)) as LocaleModule;
};
