/**
 * Fitting words into the sunburst's arcs and centre, pure and DOM-free: a label is measured in
 * Latin letters' widths (a wide glyph counts two), shortened with an ellipsis or wrapped into
 * lines.
 */

/**
 * Glyphs about twice as wide as a Latin letter (Han, kana, Hangul, full-width forms): a Japanese
 * label fits in half the characters.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

const glyphWidth = (glyph: string) => (WIDE.test(glyph) ? 2 : 1);

/** How many Latin letters' width `text` takes. */
function labelWidth(text: string): number {
  let width = 0;
  for (const glyph of text) width += glyphWidth(glyph);
  return width;
}

/** `text`, shortened with an ellipsis to at most `chars` characters (a wide glyph counts two). */
export function fitLabel(text: string, chars: number): string {
  if (chars <= 0) return '';
  if (labelWidth(text) <= chars) return text;
  const budget = Math.max(1, chars - 1);
  let kept = '';
  let width = 0;
  for (const glyph of text) {
    width += glyphWidth(glyph);
    if (width > budget && kept !== '') break;
    kept += glyph;
  }
  return `${kept}…`;
}

/**
 * `text` wrapped at spaces into at most `maxLines` lines of at most `chars` characters (a wide
 * glyph counts two); a word longer than a line is cut, and what does not fit ends in an ellipsis.
 */
export function wrapLabel(text: string, chars: number, maxLines: number): string[] {
  if (chars <= 0 || maxLines <= 0) return [];
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (labelWidth(candidate) <= chars) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines) {
      const last = lines.pop()!;
      return [...lines, fitLabel(`${last} ${words.slice(i).join(' ')}`, chars)];
    }
  }
  if (current) lines.push(current);
  return lines.map((line) => fitLabel(line, chars));
}
