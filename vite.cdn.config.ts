import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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
        // Module scripts are always decoded as UTF-8 (unlike the classic script), so the
        // translations stay as written: escaped, Hindi and Arabic grow by half.
        charset: 'utf8',
        // The modules need only the `str` tag; the rest of @lit/localize stays out.
        alias: { '@lit/localize': '@lit/localize/internal/str-tag.js' },
        logLevel: 'warning',
      });
    },
  };
}

/**
 * A classic script is decoded as its page is when the server names no charset, and a page
 * without `<meta charset="utf-8">` is windows-1252: any non-ASCII character in the bundle would
 * be misread ("·" as "Â·"). Rolldown's `charset: 'ascii'` escapes them; this fails the build if
 * any is left (Rolldown leaves tagged templates' text as written).
 */
function asciiOnly(): Plugin {
  return {
    name: 'sp-ascii-only',
    // Once written: the escaping happens as the minified code is printed, after generateBundle.
    async writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const code = await readFile(join(options.dir!, file.fileName), 'utf8');
        const at = code.search(/[^\t\n\r -~]/);
        if (at >= 0) {
          const around = JSON.stringify(code.slice(Math.max(0, at - 40), at + 10));
          throw new Error(
            `${file.fileName}: a character outside printable ASCII at ${at}: ${around}`,
          );
        }
      }
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
    asciiOnly(),
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // For decoding a host's stack traces; not shipped (package.json "files"), so not linked.
    sourcemap: 'hidden',
    target: 'es2022',
    lib: {
      entry: 'src/cdn.ts',
      name: 'SpFinanceWidgets',
      formats: ['iife'],
      fileName: () => 'sp-finance-widgets.js',
    },
    rolldownOptions: { output: { charset: 'ascii' } },
  },
});
