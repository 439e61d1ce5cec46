/**
 * Markup inside a translated sentence. A translator may move "As of <date>" to "<date>時点",
 * so the sentence is translated whole with a placeholder where the markup goes, and the markup
 * is put back where the translation left the placeholder:
 *
 * @example
 * ```ts
 * html`<span>${fillSlots(words.msg(str`As of ${SLOTS[0]}`, { id: 'balance.as-of' }), html`<time>…</time>`)}</span>`
 * ```
 */

/** Placeholders (private-use characters, never in real text) for up to four pieces of markup. */
export const SLOTS = ['\uE000', '\uE001', '\uE002', '\uE003'] as const;

const SLOT_PATTERN = /[\uE000-\uE003]/g;

/** `text` split at its placeholders, with `parts[i]` in place of `SLOTS[i]`, for Lit to render. */
export function fillSlots(text: string, ...parts: unknown[]): unknown[] {
  const out: unknown[] = [];
  let last = 0;
  for (const match of text.matchAll(SLOT_PATTERN)) {
    out.push(text.slice(last, match.index));
    out.push(parts[match[0].charCodeAt(0) - 0xe000] ?? '');
    last = match.index + 1;
  }
  out.push(text.slice(last));
  return out;
}
