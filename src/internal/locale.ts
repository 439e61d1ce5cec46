/**
 * The locale an element formats in: its own `locale`, else the nearest `lang` attribute
 * (crossing shadow roots), else the browser's language. Invalid tags fall back to the next.
 */
export function resolveLocale(element: Element, explicit?: string | null): string {
  for (const candidate of [
    explicit,
    nearestLang(element),
    globalThis.navigator?.language,
    'en-US',
  ]) {
    const valid = canonicalLocale(candidate);
    if (valid) return valid;
  }
  return 'en-US';
}

/** The nearest ancestor's `lang` (the element's own included), walking out of shadow roots. */
export function nearestLang(element: Element): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The element's writing direction, from the nearest `dir` or the locale's script. */
export function resolveDirection(element: Element, locale: string): 'ltr' | 'rtl' {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const dir = node.getAttribute('dir');
      if (dir === 'rtl' || dir === 'ltr') return dir;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return /^(ar|he|fa|ur)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}
