/**
 * Minifies the text of Lit's `html`, `svg` and `css` tagged templates in the production builds:
 * JavaScript minifiers leave template literals alone, and their indentation is a good part of
 * each element's bytes. Only what cannot change the page goes:
 *
 * - html/svg: a run of whitespace becomes one space, or its newlines alone, which render the
 *   same in text (there is no `pre` or `white-space: pre*` in these templates); in SVG a run
 *   that had spaces keeps one too (SVG's legacy rule drops newlines but keeps spaces). Inside a
 *   tag, spaces before `>` and `/>` go. Quoted attribute values and comments are kept.
 * - css: comments go; whitespace becomes one space, and none at all next to `{ } ; , ( )` or
 *   after `:`; the `;` before `}` goes. Strings are kept as written.
 *
 * Every newline stays, so each line of the module stays where it was and the sourcemaps keep
 * pointing at the right lines. Runs next to an escape (a backslash) are kept, and a template
 * whose text cannot be found where the parser says is left untouched.
 * `test/node/minify-templates.test.ts` covers the rules; `test/cdn/minified-rendering.test.ts`
 * renders each element from the minified script beside the source and compares the text a
 * reader meets, the elements and every computed style.
 */
import { parseSync, type Plugin } from 'vite';

type Kind = 'html' | 'svg' | 'css';

const LIT_MODULE = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/;
const TAGS: Readonly<Record<string, Kind>> = { html: 'html', svg: 'svg', css: 'css' };
const SPACE = /[ \t\n\r\f]/;

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

function* walk(node: unknown): Generator<Node> {
  if (Array.isArray(node)) {
    for (const child of node) yield* walk(child);
  } else if (node && typeof node === 'object') {
    const n = node as Node;
    if (typeof n.type === 'string') yield n;
    for (const [key, value] of Object.entries(n)) {
      if (key !== 'type' && value && typeof value === 'object') yield* walk(value);
    }
  }
}

/** Whether position `i` of `text` is escaped (an odd number of backslashes before it). */
function escaped(text: string, i: number): boolean {
  let count = 0;
  while (i - count - 1 >= 0 && text[i - count - 1] === '\\') count++;
  return count % 2 === 1;
}

type HtmlState = 'text' | 'tag' | 'value' | 'comment';

/** The newlines of a run of whitespace: kept, so that every line stays where it was. */
const newlinesOf = (run: string) => '\n'.repeat(run.split('\n').length - 1);

/**
 * Minifies the parts of one html/svg template (`svg`: an svg`` template, SVG from the start);
 * the state carries across expressions.
 */
export function minifyHtml(parts: readonly string[], svg = false): string[] {
  let state: HtmlState = 'text';
  let quote = '';
  let svgDepth = svg ? 1 : 0;
  return parts.map((part) => {
    let out = '';
    for (let i = 0; i < part.length; i++) {
      const char = part[i]!;
      if (state === 'text' || state === 'tag') {
        if (SPACE.test(char)) {
          let end = i;
          while (end < part.length && SPACE.test(part[end]!)) end++;
          const run = part.slice(i, end);
          const lines = newlinesOf(run);
          const next = part[end];
          if (escaped(part, i) || next === '\\') {
            out += run;
          } else if (state === 'text') {
            // SVG's legacy rule drops newlines but keeps spaces: keep a space there too.
            out += !lines ? ' ' : svgDepth > 0 && /[^\n]/.test(run) ? ` ${lines}` : lines;
          } else if (next === '>' || (next === '/' && part[end + 1] === '>')) {
            out += lines;
          } else {
            out += lines || ' ';
          }
          i = end - 1;
          continue;
        }
        if (state === 'text' && char === '<') {
          if (part.startsWith('<!--', i)) {
            state = 'comment';
          } else if (/[a-zA-Z/]/.test(part[i + 1] ?? '')) {
            state = 'tag';
            const tag = /^(\/?)svg[\s/>]/i.exec(part.slice(i + 1));
            if (tag) svgDepth += tag[1] ? -1 : 1;
          }
        } else if (state === 'tag' && (char === '"' || char === "'")) {
          state = 'value';
          quote = char;
        } else if (state === 'tag' && char === '>') {
          state = 'text';
        }
        out += char;
        continue;
      }
      if (state === 'value' && char === quote) state = 'tag';
      else if (state === 'comment' && char === '>' && part.slice(i - 2, i) === '--') state = 'text';
      out += char;
    }
    return out;
  });
}

const CSS_TIGHT_BEFORE = new Set(['{', '}', ';', ',', ')']);
const CSS_TIGHT_AFTER = new Set(['{', '}', ';', ',', '(', ':']);

/** Minifies the parts of one css template. */
export function minifyCss(parts: readonly string[]): string[] {
  return parts.map((part, index) => {
    const last = index === parts.length - 1;
    let out = '';
    /** Whether a space is needed between what is out and `next`. */
    const needsSpace = (next: string | undefined, atEdge: boolean) => {
      const prev = out.trimEnd().at(-1);
      return !(
        atEdge ||
        prev === undefined ||
        SPACE.test(out.at(-1) ?? '') ||
        CSS_TIGHT_AFTER.has(prev) ||
        (next !== undefined && CSS_TIGHT_BEFORE.has(next))
      );
    };
    for (let i = 0; i < part.length; i++) {
      const char = part[i]!;
      if ((char === '"' || char === "'") && !escaped(part, i)) {
        let end = i + 1;
        while (end < part.length && !(part[end] === char && !escaped(part, end))) end++;
        out += part.slice(i, end + 1);
        i = end;
        continue;
      }
      if (char === '/' && part[i + 1] === '*') {
        const end = part.indexOf('*/', i + 2);
        if (end === -1) return part; // a comment around an expression: leave this part as it is
        // A comment separates tokens as whitespace does; its lines stay.
        const lines = newlinesOf(part.slice(i, end));
        i = end + 1;
        const next = part[i + 1];
        out +=
          lines || (next !== undefined && !SPACE.test(next) && needsSpace(next, false) ? ' ' : '');
        continue;
      }
      if (SPACE.test(char)) {
        let end = i;
        while (end < part.length && SPACE.test(part[end]!)) end++;
        const run = part.slice(i, end);
        // The stylesheet's own start and end need no space either.
        const edge = (index === 0 && out.trim() === '') || (last && end === part.length);
        if (escaped(part, i) || part[end] === '\\') out += run;
        else out += newlinesOf(run) || (needsSpace(part[end], edge) ? ' ' : '');
        i = end - 1;
        continue;
      }
      if (CSS_TIGHT_BEFORE.has(char) && out.endsWith(' ')) out = out.slice(0, -1);
      if (char === '}') {
        // The last declaration's `;` goes (the newlines after it stay).
        const trimmed = out.trimEnd();
        if (trimmed.endsWith(';')) out = trimmed.slice(0, -1) + out.slice(trimmed.length);
      }
      out += char;
    }
    return out;
  });
}

/** The edits for one module: every Lit template's text, minified. */
export function minifyTemplates(id: string, code: string): string | undefined {
  if (!/\b(html|svg|css)\b/.test(code)) return undefined;
  const { program } = parseSync(id, code);
  const tags = new Map<string, Kind>();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULE.test(node.source.value)) continue;
    for (const specifier of node.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported =
        specifier.imported.type === 'Identifier' ? specifier.imported.name : undefined;
      const kind = imported === undefined ? undefined : TAGS[imported];
      if (kind) tags.set(specifier.local.name, kind);
    }
  }
  if (tags.size === 0) return undefined;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const node of walk(program)) {
    if (node.type !== 'TaggedTemplateExpression') continue;
    const tag = node.tag as Node & { name?: string };
    const kind = tag.type === 'Identifier' && tag.name ? tags.get(tag.name) : undefined;
    if (!kind) continue;
    const quasi = node.quasi as Node & {
      quasis: { value: { raw: string } }[];
      expressions: Node[];
    };
    // Where each part's raw text is: after the backtick, then after each expression's `}`.
    const starts: number[] = [];
    let ok = code[quasi.start] === '`';
    quasi.quasis.forEach((element, i) => {
      const start =
        i === 0 ? quasi.start + 1 : code.indexOf('}', quasi.expressions[i - 1]!.end) + 1;
      if (code.slice(start, start + element.value.raw.length) !== element.value.raw) ok = false;
      starts.push(start);
    });
    if (!ok) continue;
    const raws = quasi.quasis.map((element) => element.value.raw);
    const minified = kind === 'css' ? minifyCss(raws) : minifyHtml(raws, kind === 'svg');
    minified.forEach((text, i) => {
      if (text !== raws[i])
        edits.push({ start: starts[i]!, end: starts[i]! + raws[i]!.length, text });
    });
  }
  if (edits.length === 0) return undefined;
  let result = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}

export function minifyLitTemplates(): Plugin {
  return {
    name: 'sp-minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || id.includes('/src/locales/')) return null;
      const result = minifyTemplates(id, code);
      // Lines are kept, so the code maps to the same lines: no map of its own is needed.
      return result === undefined ? null : { code: result, map: null };
    },
  };
}
