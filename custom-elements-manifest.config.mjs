/**
 * custom-elements.json: the public API of the elements, for Storybook's autodocs, the React
 * wrappers, the README's tables and editors (the VS Code and JetBrains data are made from it).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Code-unit order, not the locale's, so every machine sorts alike. */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The analyzer reads its globs in the order the file system answers them, which changes from run
 * to run, and lists modules in that order: a build left custom-elements.json reordered and the
 * checkout dirty. Reading the files sorted by path makes every phase, and so the output, the same
 * on every run.
 */
function modulesByPath({ ts, globs }) {
  return [...globs]
    .sort(byCodeUnit)
    .map((file) =>
      ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true),
    );
}

/** What hosts can use: no private or protected members, no internals. */
function publicApiOnly() {
  return {
    name: 'sp-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) {
            decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
          }
          // SpElement.emit(type, detail) dispatches events named by its callers, each of
          // which documents them with @fires; the analyzer would list a bogus "type" event.
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.name !== 'type');
        }
      }
    },
  };
}

/**
 * Each event's `type`, as TypeScript names it: `sp-load` carries the data the element shows
 * (the second type argument of `extends SpElement<Query, Data>`, so `SpLoadEvent<BalanceGroup[]>`
 * on the balance card), every other event the type its `src/events/` module puts in
 * `GlobalEventHandlersEventMap`. A new element or event file needs no change here.
 */
function eventTypes() {
  const loadedData = new Map();
  const globalEvents = new Map();
  for (const file of readdirSync('src/events').sort(byCodeUnit)) {
    const source = readFileSync(`src/events/${file}`, 'utf8');
    for (const [, name, type] of source.matchAll(/^\s*'(sp-[a-z-]+)':\s*([\w<>[\], ]+);/gm)) {
      globalEvents.set(name, type);
    }
  }
  return {
    name: 'sp-event-types',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const clause of node.heritageClauses ?? []) {
        for (const base of clause.types) {
          const [, data] = base.typeArguments ?? [];
          if (base.expression.getText() === 'SpElement' && data) {
            loadedData.set(node.name.getText(), data.getText());
          }
        }
      }
      if (node.name.getText() === 'SpElement') loadedData.set('SpElement', 'TData');
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          for (const event of decl.events ?? []) {
            const data = loadedData.get(decl.name);
            const text =
              event.name === 'sp-load' && data
                ? `SpLoadEvent<${data}>`
                : globalEvents.get(event.name);
            if (text) event.type = { text };
          }
        }
      }
    },
  };
}

/**
 * Each CSS custom property's `default`: the fallback the styles give it, `var(--sp-x, 12px)`.
 * An element reads the shared styles (src/internal/styles.ts) and then its own; where both give
 * one (the balance card's compact layout), the first is the default layout's. Internal
 * variables (`var(--_accent)`) are spelt out as what they stand for.
 */
function cssPropertyDefaults() {
  /** `var(--name, fallback)` → [name, fallback], the fallback read to its closing parenthesis. */
  const varsIn = function* (source) {
    for (const match of source.matchAll(/var\(\s*(--[\w-]+)\s*,/g)) {
      let depth = 1;
      let end = match.index + match[0].length;
      for (; end < source.length && depth > 0; end++) {
        if (source[end] === '(') depth++;
        else if (source[end] === ')') depth--;
      }
      const fallback = source.slice(match.index + match[0].length, end - 1);
      yield [match[1], fallback.replace(/\s+/g, ' ').trim()];
    }
  };
  const internalOf = (file) =>
    new Map(
      [...readFileSync(file, 'utf8').matchAll(/(--_[\w-]+):\s*([^;]+);/g)].map(
        ([, name, value]) => [name, value.replace(/\s+/g, ' ').trim()],
      ),
    );
  const sharedInternal = internalOf('src/internal/styles.ts');
  const fallbacksIn = (file) => {
    const internal = new Map([...sharedInternal, ...internalOf(file)]);
    const fallbacks = new Map();
    for (const [name, value] of varsIn(readFileSync(file, 'utf8'))) {
      const spelt = value.replace(/var\((--_[\w-]+)\)/g, (whole, v) => internal.get(v) ?? whole);
      if (name.startsWith('--sp-') && !fallbacks.has(name)) fallbacks.set(name, spelt);
    }
    return fallbacks;
  };
  const shared = fallbacksIn('src/internal/styles.ts');
  return {
    name: 'sp-css-property-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const own = /^src\/components\/([^/]+)\/\1\.component\.ts$/.exec(mod.path);
        const elementStyles = own
          ? fallbacksIn(`src/components/${own[1]}/${own[1]}.styles.ts`)
          : new Map();
        for (const decl of mod.declarations ?? []) {
          for (const property of decl.cssProperties ?? []) {
            const value = shared.get(property.name) ?? elementStyles.get(property.name);
            if (value) property.default = value;
          }
        }
      }
    },
  };
}

/**
 * Where each module ships: the manifest names the JavaScript a host imports, not the
 * TypeScript it was made from. An element's class is exported (and its tag defined) by its entry
 * (`dist/esm/balance-card.js`, `sp-finance-widgets/balance-card`), the base class by the
 * side-effect-free entry; the copy button is internal, defined by every element, exported by none.
 */
const SHIPPED = {
  'src/internal/sp-element.ts': 'dist/esm/index.js',
  'src/internal/copy-button.ts': 'dist/esm/define.js',
};
export const shippedPath = (path) => {
  const source = path.replace(/^\//, '').replace(/\.js$/, '.ts');
  const element = /^src\/components\/([^/]+)\/\1(\.component)?\.ts$/.exec(source);
  return element ? `dist/esm/${element[1]}.js` : (SHIPPED[source] ?? path);
};

function shippedModulePaths() {
  const relink = (value) => {
    if (Array.isArray(value)) value.forEach(relink);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'module' && typeof inner === 'string') value.module = shippedPath(inner);
        else relink(inner);
      }
    }
  };
  return {
    name: 'sp-shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const internal = mod.path === 'src/internal/copy-button.ts';
        mod.path = shippedPath(mod.path);
        if (internal) mod.exports = [];
        relink(mod.declarations);
        relink(mod.exports);
      }
    },
  };
}

export default {
  globs: [
    'src/components/**/*.component.ts',
    'src/internal/sp-element.ts',
    'src/internal/copy-button.ts',
  ],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  overrideModuleCreation: modulesByPath,
  // The paths move last: the others find an element's sources by its module's path.
  plugins: [publicApiOnly(), eventTypes(), cssPropertyDefaults(), shippedModulePaths()],
};
