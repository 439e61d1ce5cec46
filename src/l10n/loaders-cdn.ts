/**
 * Where translations come from in the script-tag bundle (it replaces `loaders.ts` there): a
 * classic script cannot be split into chunks, so English stays inline and each other locale is
 * a self-contained ES module next to the script, `locales/<locale>.js`, imported on first use.
 * The script's own address is read while it runs (`document.currentScript` is only set then).
 */
import type { LocaleModule } from '@lit/localize';
import { targetLocales } from './locale-codes.js';

export type LocaleLoader = (locale: string) => Promise<LocaleModule>;

const scriptBase =
  (typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined) || globalThis.location?.href;

export const LOADABLE_LOCALES: readonly string[] = targetLocales;

export const loadLocaleModule: LocaleLoader = async (locale) => {
  if (!targetLocales.includes(locale as (typeof targetLocales)[number])) {
    throw new Error(`no translations for ${locale}`);
  }
  const url = new URL(`locales/${locale}.js`, scriptBase).href;
  return (await import(/* @vite-ignore */ url)) as LocaleModule;
};
