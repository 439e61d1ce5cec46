import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { targetLocales } from './src/l10n/locale-codes.js';
import { besideTheScript } from './scripts/vite-beside-the-script.js';
import { minifyLitTemplates } from './scripts/vite-minify-templates.js';

const LOADERS = fileURLToPath(new URL('./src/l10n/loaders.ts', import.meta.url));
const CDN_LOADERS = fileURLToPath(new URL('./src/l10n/loaders-cdn.ts', import.meta.url));

/**
 * A classic script cannot be split into chunks, so the translations stay out of it: the bundle
 * loads them from `locales/<locale>.js` next to itself (`loaders-cdn.ts` instead of
 * `loaders.ts`), and each locale is written there as a self-contained ES module.
 */
function localesBesideTheScript(): Plugin {
  return {
    name: 'sp-locales-beside-the-script',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === LOADERS ? CDN_LOADERS : null;
    },
    async closeBundle() {
      await build({
        entryPoints: targetLocales.map((locale) => `src/locales/${locale}.ts`),
        outdir: 'dist/cdn/locales',
        bundle: true,
        format: 'esm',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        // The modules need only the `str` tag; the rest of @lit/localize stays out.
        alias: { '@lit/localize': '@lit/localize/internal/str-tag.js' },
        logLevel: 'warning',
      });
    },
  };
}

/**
 * The script-tag bundle: one self-contained classic script (no `type="module"`) that defines
 * all four elements and exposes `window.SpFinanceWidgets`. Vite cannot emit it in the same build
 * as the multi-entry ESM, hence this second config. English is inline; other languages load
 * from `locales/<locale>.js` beside the script, and the sandbox and the virtualizer from
 * `sp-finance-widgets.sandbox.js` and `sp-finance-widgets.virtualizer.js` beside it.
 */
export default defineConfig({
  plugins: [
    minifyLitTemplates(),
    localesBesideTheScript(),
    // Only pages that use them download these: the sandbox (`new SandboxDataSource()`) and the
    // payout list's virtualizer (lists longer than `virtualize-threshold`).
    besideTheScript([
      {
        loader: 'src/data/sandbox-loader.ts',
        exportName: 'loadSandbox',
        entry: 'src/data/sandbox/index.ts',
        fileName: 'sp-finance-widgets.sandbox.js',
      },
      {
        loader: 'src/components/payout-list/virtualizer-loader.ts',
        exportName: 'loadVirtualizer',
        entry: '@lit-labs/virtualizer/virtualize.js',
        fileName: 'sp-finance-widgets.virtualizer.js',
        // Only the virtualizer uses Lit's AsyncDirective: it carries its own.
        carry: ['lit/async-directive.js', 'lit-html/async-directive.js'],
      },
    ]),
  ],
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
