import { readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { minifyLitTemplates } from './scripts/vite-minify-templates.js';

/**
 * The React wrappers' entries: `sp-finance-widgets/react` and one per element
 * (`sp-finance-widgets/react/balance-card`), as scripts/gen-react.js writes them.
 */
const REACT_ENTRIES = Object.fromEntries([
  ['react', 'src/react/index.ts'],
  ...readdirSync('src/react')
    .filter((file) => /^[a-z]+(-[a-z]+)+\.ts$/.test(file))
    .sort()
    .map((file) => [`react/${file.replace(/\.ts$/, '')}`, `src/react/${file}`]),
]);

/**
 * The React wrappers are client modules: in a React Server Components host (Next.js's App
 * Router) a module without 'use client' runs on the server, where `createComponent`'s hooks
 * throw. Rolldown keeps an entry's directive (and warns that a bundle may not); this fails the
 * build if a wrapper's file does not start with it, and quiets the warning for them.
 */
function reactClientEntries(): Plugin {
  const entries = new Set(Object.keys(REACT_ENTRIES).map((name) => `${name}.js`));
  return {
    name: 'sp-react-client-entries',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client"')) {
        return false;
      }
    },
    generateBundle(_options, bundle) {
      // Storybook's build reads this config too, and makes none of the library's entries.
      if (![...entries].some((name) => name in bundle)) return;
      for (const name of entries) {
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk' || !chunk.code.startsWith('"use client";')) {
          throw new Error(`dist/esm/${name} does not start with 'use client'`);
        }
      }
    },
  };
}

/**
 * The translations ship once: the script tag's `dist/cdn/locales/<locale>.js` are
 * self-contained ES modules, so the ESM build imports those (as relative externals, which an
 * app's bundler follows into the package) instead of making a second set of chunks. Only the
 * library build: Storybook's build reads this config too and serves the sources.
 */
function localesFromTheScriptFolder(): Plugin {
  const PREFIX = 'sp-finance-widgets-locale:';
  let library = false;
  return {
    name: 'sp-locales-from-the-script-folder',
    enforce: 'pre',
    configResolved(config) {
      library = Boolean(config.build.lib) && config.build.outDir.endsWith('dist/esm');
    },
    async resolveId(source, importer, options) {
      if (!library || !importer?.endsWith('/src/l10n/loaders.ts')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const locale = /\/src\/locales\/([\w-]+)\.ts$/.exec(resolved?.id ?? '')?.[1];
      return locale ? { id: `${PREFIX}${locale}`, external: true } : null;
    },
    // Written as paths from wherever the importing chunk ends up, so a bundler finds the files.
    renderChunk(code, chunk) {
      if (!code.includes(PREFIX)) return null;
      const from = dirname(join('dist/esm', chunk.fileName));
      const quoted = new RegExp(`(["'])${PREFIX}([\\w-]+)\\1`, 'g');
      const replaced = code.replace(quoted, (_match, quote: string, locale: string) => {
        const path = relative(from, `dist/cdn/locales/${locale}.js`);
        return `${quote}${path.startsWith('.') ? path : `./${path}`}${quote}`;
      });
      // Only a string on one line changes length: the maps stay right to the line.
      return { code: replaced, map: null };
    },
  };
}

/**
 * The ESM build: one entry per element (each defines its tag), `define` (all four), and the
 * side-effect-free `index` (classes, data sources, types). Dependencies stay external so an
 * app's bundler dedupes Lit and D3. Translations are imported on demand from the script tag's
 * folder, one module per locale, and so is the payout list's virtualizer (an external
 * `import()`).
 */
export default defineConfig({
  // Apps' minifiers leave template literals alone: the templates' whitespace goes here.
  plugins: [minifyLitTemplates(), reactClientEntries(), localesFromTheScriptFolder()],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    // Not shipped (package.json "files": the code is unminified and reads as written), so not
    // linked either: a bundler would warn about a map it cannot find.
    sourcemap: 'hidden',
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'balance-card': 'src/components/balance-card/balance-card.ts',
        'summary-sunburst': 'src/components/summary-sunburst/summary-sunburst.ts',
        'payout-list': 'src/components/payout-list/payout-list.ts',
        'expected-payout': 'src/components/expected-payout/expected-payout.ts',
        'transaction-list': 'src/components/transaction-list/transaction-list.ts',
        ...REACT_ENTRIES,
        vue: 'src/vue/index.ts',
        angular: 'src/angular/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^decimal\.js/, /^react/],
      output: {
        // The declarations carry the doc comments for editors; the code needs none of them.
        comments: { legal: true, annotation: true, jsdoc: false },
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
