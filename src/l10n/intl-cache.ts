/**
 * Intl formatters, made once per locale and options and kept. Making one costs tens of
 * microseconds once warm and milliseconds on a fresh page (the locale's data loads), while
 * formatting with one is cheap, and the elements format the same few ways thousands of times.
 * A constructor that throws (an unknown time zone) throws here too, and nothing is kept.
 */
const formatters = new Map<string, unknown>();

type IntlConstructor<T, O> = new (locales: string, options: O) => T;

function cached<T, O extends object>(
  kind: string,
  Format: IntlConstructor<T, O>,
  locale: string,
  options: O,
): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = new Format(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  cached('number', Intl.NumberFormat, locale, options);

export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  cached('date', Intl.DateTimeFormat, locale, options);

export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
  cached('list', Intl.ListFormat, locale, options);

export const relativeTimeFormat = (locale: string, options: Intl.RelativeTimeFormatOptions = {}) =>
  cached('relative', Intl.RelativeTimeFormat, locale, options);

export const displayNames = (locale: string, options: Intl.DisplayNamesOptions) =>
  cached('names', Intl.DisplayNames, locale, options);
