import { defineConfig } from 'vite';
import { minifyLitTemplates } from './scripts/vite-minify-templates.js';

/**
 * The ESM build: one entry per element (each defines its tag), `define` (all four), and the
 * side-effect-free `index` (classes, data sources, types). Dependencies stay external so an
 * app's bundler dedupes Lit and D3. Translations are imported on demand, one chunk per locale,
 * and so is the payout list's virtualizer (an external `import()`).
 */
export default defineConfig({
  // Apps' minifiers leave template literals alone: the templates' whitespace goes here.
  plugins: [minifyLitTemplates()],
  build: {
    outDir: 'dist/esm',
    emptyOutDir: true,
    sourcemap: true,
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
        react: 'src/react/index.ts',
        vue: 'src/vue/index.ts',
        angular: 'src/angular/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^decimal\.js/, /^react/],
      output: {
        // Each locale's translations are a chunk of their own, loaded when an element shows it.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/src/locales/')
            ? 'locales/[name]-[hash].js'
            : 'chunks/[name]-[hash].js',
      },
    },
  },
});
