/**
 * Per-element localisation on @lit/localize's message format.
 *
 * Every user-facing string is written `words.msg('Retry', { id: 'common.retry' })` or
 * `words.msg(str\`Loaded ${n} more payouts.\`, { id: 'payouts.loaded-more' })`, so `lit-localize
 * extract` finds it (it recognises `msg` and `str` by their types) and `lit-localize build`
 * writes one module of translations per locale (`src/locales/<locale>.ts`).
 *
 * What differs from @lit/localize's own runtime mode (`configureLocalization`): that mode has one
 * active locale per page and installs itself globally, once. Here two elements on one page can
 * be in two languages, and a host app that localises itself with @lit/localize is untouched:
 * each element's `msg` is our own function (never installed into @lit/localize), on the `Words`
 * the element resolves once per update (`wordsFor`) and hands to its views and async paths;
 * nothing here holds a module-wide current locale.
 *
 * A lookup goes: the element's own `strings` → the host's `registerStrings` words for the
 * locale's chain (`fr-CA`, then `fr`) → the shipped translations along the chain → the host's
 * English words → the English source. Translations load on demand (`ensureCatalog`); until they arrive, and if they never
 * do, English stands.
 *
 * @example
 * ```ts
 * import { str, wordsFor } from '../l10n/runtime.js';
 * const label = wordsFor('de').msg(str`Copy ${what}`, { id: 'copy.label' });
 * ```
 */
import {
  isStrTagged,
  joinStringsAndValues,
  type MsgFn,
  type MsgOptions,
  type TemplateLike,
  type TemplateMap,
} from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';
import { loadLocaleModule, type LocaleLoader } from './loaders.js';

export { str } from '@lit/localize';
export type { LocaleLoader } from './loaders.js';

/** Words by message id, e.g. `{ 'common.retry': 'Try again' }`. `{0}`, `{1}` stand for values. */
export type Strings = Readonly<Record<string, string>>;

/** Where a looked-up string came from (reported to `watchLookups`). */
export type LookupSource = 'element' | 'host' | 'translation' | 'english';

export interface Lookup {
  /** The locale the element renders in (`fr-CA`). */
  locale: string;
  /** The shipped locale whose translations it uses (`fr-CA`, or `fr` for `fr-BE`); absent for English. */
  catalog: string | undefined;
  id: string;
  source: LookupSource;
  /** Whether `catalog` had loaded when the string was looked up. */
  catalogReady: boolean;
}

const stringsIds = new WeakMap<Strings, number>();
let nextStringsId = 0;

/** A key that differs for each `strings` object (`''` for none), for caches of rendered text. */
export function stringsKey(strings: Strings | undefined): string {
  if (!strings) return '';
  let id = stringsIds.get(strings);
  if (id === undefined) stringsIds.set(strings, (id = ++nextStringsId));
  return String(id);
}

/** What `msg` needs to know about the element rendering. */
interface Context {
  readonly locale: string;
  /** Tags to look in, most specific first, English last. */
  readonly chain: readonly string[];
  /** The shipped target locale to load, if any. */
  readonly catalog: string | undefined;
  readonly strings: Strings | undefined;
}

const SHIPPED = new Set<string>(targetLocales);
const SOURCE = sourceLocale;

const catalogs = new Map<string, TemplateMap>();
const pending = new Map<string, Promise<void>>();
const failed = new Set<string>();
const hostStrings = new Map<string, Map<string, string>>();
const listeners = new Set<() => void>();
const lookupWatchers = new Set<(lookup: Lookup) => void>();
const chains = new Map<string, Pick<Context, 'chain' | 'catalog'>>();
let loader: LocaleLoader = loadLocaleModule;

/**
 * The tags a locale's words are looked up under: itself, its shorter forms (`zh-Hant-TW` →
 * `zh-Hant` → `zh`), then, when none of those is shipped, a shipped locale of the same language
 * (`pt-PT` reads `pt-BR` rather than English), and English last.
 */
export function localeChain(locale: string): readonly string[] {
  return chainFor(locale).chain;
}

/** The shipped locale whose translations `locale` uses; `undefined` for English or none. */
export function catalogFor(locale: string): string | undefined {
  return chainFor(locale).catalog;
}

function chainFor(locale: string): Pick<Context, 'chain' | 'catalog'> {
  let entry = chains.get(locale);
  if (entry) return entry;
  const tag = canonical(locale) ?? SOURCE;
  const subtags = tag.split('-');
  const chain: string[] = [];
  for (let n = subtags.length; n > 0; n--) chain.push(subtags.slice(0, n).join('-'));
  const language = subtags[0]!.toLowerCase();
  if (language !== SOURCE && !chain.some((t) => SHIPPED.has(t))) {
    const sibling = targetLocales.find((t) => t.split('-')[0] === language);
    if (sibling) chain.push(sibling);
  }
  if (!chain.includes(SOURCE)) chain.push(SOURCE);
  // English (any region) reads the source; it never loads another language's words.
  const catalog = language === SOURCE ? undefined : chain.find((t) => SHIPPED.has(t));
  entry = { chain, catalog };
  chains.set(locale, entry);
  return entry;
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function contextFor(locale: string, strings: Strings | undefined): Context {
  return { locale, strings, ...chainFor(locale) };
}

/**
 * One element's words: its locale, its own `strings`, and a `msg` that looks up in them. An
 * element makes one per update (`wordsFor`) and hands it to every view function and async path,
 * so nothing reads a module-wide "current" locale. `msg` has @lit/localize's signature and brand,
 * so `lit-localize extract` finds `words.msg(...)` calls too.
 *
 * @example
 * ```ts
 * const words = wordsFor('de', undefined);
 * words.msg(str`Loaded ${n} more payouts.`, { id: 'payouts.loaded-more' });
 * ```
 */
export interface Words {
  /** The element's locale (`fr-CA`), for `Intl` formats. */
  readonly locale: string;
  /** The element's own words, if any. */
  readonly strings: Strings | undefined;
  /** Looks `template` up in this locale (see the module comment for the order). */
  readonly msg: MsgFn;
  /** Whether the words come from the English source (English, or translations not loaded). */
  readingEnglish(): boolean;
  /** The language the words come from: the loaded translations' locale, else English. */
  wordsLocale(): string;
}

const wordsCache = new Map<string, WeakMap<object, Words>>();
const NO_STRINGS = {};

/** The words of an element in `locale` with its own `strings` (cached per pair). */
export function wordsFor(locale: string, strings?: Strings): Words {
  let byStrings = wordsCache.get(locale);
  if (!byStrings) wordsCache.set(locale, (byStrings = new WeakMap()));
  const key = strings ?? NO_STRINGS;
  let words = byStrings.get(key);
  if (!words) {
    const context = contextFor(locale, strings);
    const english = () => context.catalog === undefined || !catalogs.has(context.catalog);
    words = {
      locale,
      strings,
      msg: ((template: TemplateLike, options?: MsgOptions) =>
        lookupIn(context, template, options)) as MsgFn,
      readingEnglish: english,
      wordsLocale: () => (english() ? SOURCE : context.catalog!),
    };
    byStrings.set(key, words);
  }
  return words;
}

/** English, with no host words: for text made outside any element (errors thrown, logs). */
export const ENGLISH: Words = wordsFor(SOURCE);

function lookupIn(context: Context, template: TemplateLike, options: MsgOptions | undefined) {
  // Every message here has an id (the README lists them); without one, English stands.
  const id = options?.id ?? '';
  const own = context.strings?.[id];
  if (own !== undefined) {
    report(context, id, 'element');
    return fill(own, template);
  }
  // The host's words for the reader's language (fr-CA, fr) win over ours; its English words
  // stand in only where English would.
  const host = (tag: string) => hostStrings.get(tag)?.get(id);
  for (const tag of context.chain) {
    const words = tag === SOURCE ? undefined : host(tag);
    if (words !== undefined) {
      report(context, id, 'host');
      return fill(words, template);
    }
  }
  for (const tag of context.chain) {
    const translated = catalogs.get(tag)?.[id];
    if (translated !== undefined) {
      report(context, id, 'translation');
      return translation(translated, template);
    }
  }
  const english = host(SOURCE);
  if (english !== undefined) {
    report(context, id, 'host');
    return fill(english, template);
  }
  report(context, id, 'english');
  return isStrTagged(template) ? joinStringsAndValues(template.strings, template.values) : template;
}

/**
 * A translation with the message's values put in: as @lit/localize's runtime does, a `str`
 * translation holds the index of each source value where the translator placed it. (Messages
 * here are text; Lit templates in `msg` are not used.)
 */
function translation(translated: TemplateLike, template: TemplateLike): string | TemplateLike {
  if (typeof translated === 'string') return translated;
  if (isStrTagged(translated) && typeof template !== 'string' && isStrTagged(template)) {
    return joinStringsAndValues(translated.strings, template.values, translated.values as number[]);
  }
  return translated;
}

/** A host's words with `{0}`, `{1}`… replaced by the message's values, in source order. */
function fill(text: string, template: TemplateLike): string {
  if (typeof template === 'string' || !isStrTagged(template)) return text;
  const values = template.values;
  return text.replace(/\{(\d+)\}/g, (whole, index: string) =>
    Number(index) < values.length ? String(values[Number(index)]) : whole,
  );
}

function report(context: Context, id: string, source: LookupSource) {
  if (lookupWatchers.size === 0) return;
  const lookup: Lookup = {
    locale: context.locale,
    catalog: context.catalog,
    id,
    source,
    catalogReady: context.catalog !== undefined && catalogs.has(context.catalog),
  };
  for (const watcher of lookupWatchers) watcher(lookup);
}

/**
 * Reports every lookup until the returned function is called: tests use it to find strings that
 * fell back to English in a shipped locale.
 */
export function watchLookups(watcher: (lookup: Lookup) => void): () => void {
  lookupWatchers.add(watcher);
  return () => lookupWatchers.delete(watcher);
}

/** Whether `locale`'s words are ready: `ready` (or English), `loading`, or `failed`. */
export function catalogState(locale: string): 'ready' | 'loading' | 'failed' {
  const catalog = catalogFor(locale);
  if (catalog === undefined || catalogs.has(catalog)) return 'ready';
  return failed.has(catalog) ? 'failed' : 'loading';
}

/**
 * Starts loading `locale`'s translations if they are needed and not loaded; resolves (never
 * rejects) when they are in, or have failed and English stands. `undefined` when there is
 * nothing to wait for.
 */
export function ensureCatalog(locale: string): Promise<void> | undefined {
  const catalog = catalogFor(locale);
  if (catalog === undefined || catalogs.has(catalog) || failed.has(catalog)) return undefined;
  let loading = pending.get(catalog);
  if (!loading) {
    const from = loader;
    loading = Promise.resolve()
      .then(() => from(catalog))
      .then((module) => {
        if (from !== loader) return;
        if (!module || typeof module.templates !== 'object') {
          throw new Error('the module has no templates');
        }
        catalogs.set(catalog, module.templates);
      })
      .catch((error: unknown) => {
        if (from !== loader) return;
        failed.add(catalog);
        console.warn(
          `sp-finance-widgets: could not load the ${catalog} translations; showing English.`,
          error,
        );
      })
      .finally(() => {
        if (pending.get(catalog) === loading) pending.delete(catalog);
        notify();
      });
    pending.set(catalog, loading);
  }
  return loading;
}

/**
 * Uses `load` to fetch translations from now on (a host serving them from elsewhere; tests).
 * Forgets earlier failures, and elements render again, so they try again.
 */
export function setLocaleLoader(load: LocaleLoader): void {
  loader = load;
  failed.clear();
  pending.clear();
  notify();
}

/**
 * A host's own words for `locale` (any BCP 47 tag: `en` rewords English, `de` German including
 * `de-CH`, `de-CH` only Swiss German), by message id; they win over the shipped translations. Values in a message
 * are written `{0}`, `{1}`… in the order of the English source. Elements re-render.
 *
 * @example
 * ```ts
 * registerStrings('en', { 'common.retry': 'Try again' });
 * registerStrings('de', { 'payouts.title': 'Überweisungen' });
 * ```
 */
export function registerStrings(locale: string, strings: Strings): void {
  const tag = canonical(locale);
  if (!tag) throw new RangeError(`registerStrings: "${locale}" is not a BCP 47 language tag`);
  const map = hostStrings.get(tag) ?? new Map<string, string>();
  for (const [id, text] of Object.entries(strings)) {
    if (typeof text === 'string') map.set(id, text);
  }
  hostStrings.set(tag, map);
  notify();
}

/** Calls `listener` when translations load (or fail) or a host registers words. */
export function onStringsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function notify() {
  for (const listener of [...listeners]) listener();
}

/** The locales we ship words for, English (the source) first. */
export const SHIPPED_LOCALES: readonly string[] = [SOURCE, ...targetLocales];
