import { defineConfig } from 'vite';

/**
 * The script-tag bundle: one self-contained classic script (no `type="module"`) that defines
 * all four elements and exposes `window.SpFinanceWidgets`. Vite cannot emit it in the same build
 * as the multi-entry ESM, hence this second config.
 */
export default defineConfig({
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    lib: {
      entry: 'src/cdn.ts',
      name: 'SpFinanceWidgets',
      formats: ['iife'],
      fileName: () => 'sp-finance-widgets.js',
    },
  },
});
