import { defineConfig } from 'vite';

/**
 * The ESM build: one entry per element (each defines its tag), `define` (all four), and the
 * side-effect-free `index` (classes, data sources, types). Dependencies stay external so an
 * app's bundler dedupes Lit and D3.
 */
export default defineConfig({
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
        react: 'src/react/index.ts',
        vue: 'src/vue/index.ts',
        angular: 'src/angular/index.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^decimal\.js/, /^react/],
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
