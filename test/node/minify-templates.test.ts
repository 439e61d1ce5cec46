// The build's Lit template minifier (scripts/vite-minify-templates.ts): what it may drop and
// what it must keep. test/cdn/minified-rendering.test.ts checks the built elements render alike.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifyCss, minifyHtml, minifyTemplates } from '../../scripts/vite-minify-templates.js';

describe('minifyHtml', () => {
  test('makes a run of spaces one space, keeps its newlines, and drops spaces before a tag ends', () => {
    assert.deepEqual(minifyHtml(['<p   class="a"  >x   y</p >']), ['<p class="a">x y</p>']);
    assert.deepEqual(minifyHtml(['<div\n      class="a"\n    >\n      <p>x</p>\n    </div>']), [
      '<div\nclass="a"\n>\n<p>x</p>\n</div>',
    ]);
    assert.deepEqual(minifyHtml(['<br />', '<input  type="text"\n  />']), [
      '<br/>',
      '<input type="text"\n/>',
    ]);
  });

  test('in SVG, a run with spaces keeps one (the legacy rule drops newlines, not spaces)', () => {
    assert.deepEqual(minifyHtml(['<text>a\n    b\nc</text>'], true), ['<text>a \nb\nc</text>']);
    assert.deepEqual(minifyHtml(['<p>a\n  <svg><text>b\n  c</text></svg>\n  d</p>']), [
      '<p>a\n<svg><text>b \nc</text></svg>\nd</p>',
    ]);
  });

  test('keeps the space between inline elements and around expressions', () => {
    assert.deepEqual(minifyHtml(['<b>Failed:</b>   <span>', '</span>  ', ' x']), [
      '<b>Failed:</b> <span>',
      '</span> ',
      ' x',
    ]);
  });

  test('keeps quoted attribute values, across expressions too', () => {
    assert.deepEqual(minifyHtml(['<p title="a   b" class="x  ', '   y">  </p>']), [
      '<p title="a   b" class="x  ',
      '   y"> </p>',
    ]);
  });

  test("reads a quote in text as text: the next tag's values are still kept", () => {
    assert.deepEqual(minifyHtml(["<p>Your bank's   reference</p><a title='1  2'>x</a>"]), [
      "<p>Your bank's reference</p><a title='1  2'>x</a>",
    ]);
  });

  test('keeps comments and escaped whitespace as written', () => {
    assert.deepEqual(minifyHtml(['<!--  a   b  -->  x']), ['<!--  a   b  --> x']);
    assert.deepEqual(minifyHtml(['a\\\n  b']), ['a\\\n  b']);
  });
});

describe('minifyCss', () => {
  test('drops comments, spaces and the last semicolon of a block, and keeps the lines', () => {
    assert.deepEqual(
      minifyCss(['  /* the\n  row */ :host  {  display:  block ;  margin: 0  auto;  }  ']),
      ['\n:host{display:block;margin:0 auto}'],
    );
    assert.deepEqual(minifyCss(['\n  :host {\n    display: block;\n  }\n']), [
      '\n:host{\ndisplay:block\n}\n',
    ]);
  });

  test('keeps the spaces that mean something', () => {
    assert.deepEqual(
      minifyCss([
        '.a .b, .c :hover { width: calc(100% - 2px + var(--x, 1px)); } @media (min-width: 1px) and (hover: hover) { .d > .e { x: y } }',
      ]),
      [
        '.a .b,.c :hover{width:calc(100% - 2px + var(--x,1px))}@media (min-width:1px) and (hover:hover){.d > .e{x:y}}',
      ],
    );
  });

  test('keeps strings as written', () => {
    assert.deepEqual(minifyCss([".a::before { content: '  /* ; } '  ; }"]), [
      ".a::before{content:'  /* ; } '}",
    ]);
    assert.deepEqual(minifyCss(['.x { content: "\\\\203a" / ""; }']), [
      '.x{content:"\\\\203a" / ""}',
    ]);
  });

  test('keeps a space beside an expression', () => {
    assert.deepEqual(minifyCss(['  .a {  color: ', ';  border: 1px solid ', ';  }  ']), [
      '.a{color:',
      ';border:1px solid ',
      '}',
    ]);
  });
});

describe('minifyTemplates', () => {
  test("minifies only Lit's html, svg and css tags", () => {
    const code = [
      "import { css, html as h } from 'lit';",
      "import { str } from '@lit/localize';",
      'const html = (s: TemplateStringsArray) => s;',
      'export const a = h`<p>   x   </p>`;',
      'export const b = css`:host {  color: red;  }`;',
      'export const c = str`keep   this`;',
      'export const d = html`<p>   also kept   </p>`;',
    ].join('\n');
    const result = minifyTemplates('/src/x.ts', code);
    assert.ok(result);
    assert.match(result, /h`<p> x <\/p>`/);
    assert.match(result, /css`:host\{color:red\}`/);
    assert.match(result, /str`keep {3}this`/);
    assert.match(result, /html`<p> {3}also kept {3}<\/p>`/);
  });

  test('keeps every line where it was, for the sourcemaps', () => {
    const code = [
      "import { html, css } from 'lit';",
      'export const t = html`<ul>',
      '    ${[1, 2].map((n) => html`<li>',
      '      ${n}',
      '    </li>`)}',
      '  </ul>`;',
      'export const s = css`',
      '  /* a',
      '     comment */',
      '  :host {',
      '    color: red;',
      '  }',
      '`;',
      'export const after = 1;',
    ].join('\n');
    const result = minifyTemplates('/src/x.ts', code)!;
    assert.ok(result.length < code.length);
    assert.deepEqual(
      result.split('\n').map((line) => line.includes('after')),
      code.split('\n').map((line) => line.includes('after')),
    );
  });

  test('finds each part after its expression, whatever the expression holds', () => {
    const code = [
      "import { html } from 'lit';",
      'const n = 1;',
      'export const t = html`<p>  ${{ a: `}` }.a}   <b>${n}</b>  </p>`;',
    ].join('\n');
    assert.equal(
      minifyTemplates('/src/x.ts', code),
      code.replace('<p>  ', '<p> ').replace('}   <b>', '} <b>').replace('</b>  </p>', '</b> </p>'),
    );
  });

  test('leaves a module without Lit templates alone', () => {
    assert.equal(minifyTemplates('/src/x.ts', 'export const html = 1;'), undefined);
  });
});
