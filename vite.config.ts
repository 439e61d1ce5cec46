import { readdirSync } from 'node:fs';
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
 * The ESM build: one entry per element (each defines its tag), `define` (all four), and the
 * side-effect-free `index` (classes, data sources, types). Dependencies stay external so an
 * app's bundler dedupes Lit and D3. Translations are imported on demand, one chunk per locale,
 * and so is the payout list's virtualizer (an external `import()`).
 */
export default defineConfig({
  // Apps' minifiers leave template literals alone: the templates' whitespace goes here.
  plugins: [minifyLitTemplates(), reactClientEntries()],
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
        // Each locale's translations are a chunk of their own, loaded when an element shows it.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/locales/')
            ? 'locales/[name]-[hash].js'
            : 'chunks/[name]-[hash].js',
      },
    },
  },
});
