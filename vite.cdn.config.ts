import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';
import { targetLocales } from './src/l10n/locale-codes.js';
import { buildScript, swapModules } from './scripts/vite-beside-the-script.js';
import { minifyLitTemplates } from './scripts/vite-minify-templates.js';

const LOADERS = fileURLToPath(new URL('./src/l10n/loaders.ts', import.meta.url));
const CDN_LOADERS = fileURLToPath(new URL('./src/l10n/loaders-cdn.ts', import.meta.url));

/**
 * The translations stay out of the elements' modules: they load from `locales/<locale>.js`
 * beside the script (`loaders-cdn.ts` instead of `loaders.ts`), each locale written there as a
 * self-contained ES module.
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

const ELEMENTS = {
  'sp-balance-card': 'src/components/balance-card/balance-card.component.ts',
  'sp-summary-sunburst': 'src/components/summary-sunburst/summary-sunburst.component.ts',
  'sp-payout-list': 'src/components/payout-list/payout-list.component.ts',
  'sp-expected-payout': 'src/components/expected-payout/expected-payout.component.ts',
  'sp-transaction-list': 'src/components/transaction-list/transaction-list.component.ts',
};

/**
 * After the modules, the script tag itself (`sp-finance-widgets.js`): the loader, a classic
 * script (no `type="module"`) that defines each element when its tag appears and exposes
 * `window.SpFinanceWidgets`. Its data sources are stand-ins for the modules' (the sandbox is
 * `sp-finance-widgets.sandbox.js`, the HTTP client is in `sp-finance-widgets.core.js`).
 */
function theScript(): Plugin {
  let minify = true;
  /** Each element's module and every chunk it imports, directly or not: what to preload. */
  const files: Record<string, string[]> = {};
  return {
    name: 'sp-the-script',
    configResolved(config) {
      minify = config.build.minify !== false;
    },
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file]] : [],
        ),
      );
      for (const tag of Object.keys(ELEMENTS)) {
        const found = new Set([`${tag}.js`]);
        for (const name of found) chunks.get(name)?.imports.forEach((each) => found.add(each));
        files[tag] = [...found];
      }
      // For hosts that preload: `<link rel="modulepreload">` for each file of the elements shown.
      this.emitFile({
        type: 'asset',
        fileName: 'modules.json',
        source: `${JSON.stringify(files, null, 2)}\n`,
      });
    },
    async closeBundle() {
      await buildScript({
        entry: 'src/cdn.ts',
        outfile: 'dist/cdn/sp-finance-widgets.js',
        globalName: 'SpFinanceWidgets',
        swaps: { 'src/data/http-data-source.ts': 'src/cdn-http-data-source.ts' },
        beside: [
          {
            loader: 'src/data/sandbox-loader.ts',
            exportName: 'loadSandbox',
            fileName: 'sp-finance-widgets.sandbox.js',
          },
        ],
        // The loader preloads an element's chunks with its module, instead of finding each in turn.
        define: { __SP_ELEMENT_FILES__: JSON.stringify(files) },
        minify,
      });
    },
  };
}

/**
 * The script tag's folder, `dist/cdn/`: the loader `sp-finance-widgets.js` (see `theScript`)
 * and the ES modules it imports from beside itself: one per element (`sp-balance-card.js`, …),
 * the data sources' code (`sp-finance-widgets.core.js`), the sandbox and the virtualizer
 * (`sp-finance-widgets.sandbox.js`, `sp-finance-widgets.virtualizer.js`, only for pages that
 * use them) and the common chunks they share, so a page downloads only what it shows and each
 * shared module once. English is inline in the elements; other languages load from
 * `locales/<locale>.js`.
 */
export default defineConfig({
  // Any URL the build writes is relative to the module that holds it, never to the page.
  base: './',
  plugins: [
    minifyLitTemplates(),
    localesBesideTheScript(),
    swapModules({
      // Modules find their folder from their own address (there is no currentScript) ...
      'src/internal/script-base-url.ts': 'src/cdn-chunk-folder.ts',
      // ... and share the loader's SpApiError, so `instanceof` holds on both sides.
      'src/api/errors.ts': 'src/cdn-chunk-errors.ts',
    }),
    asciiOnly(),
    theScript(),
  ],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    // For decoding a host's stack traces; not shipped (package.json "files"), so not linked.
    sourcemap: 'hidden',
    target: 'es2022',
    // Vite's preloading helper resolves chunks against the page; imports resolve them here.
    modulePreload: false,
    rolldownOptions: {
      input: {
        ...ELEMENTS,
        'sp-finance-widgets.core': 'src/cdn-core.ts',
        'sp-finance-widgets.sandbox': 'src/data/sandbox/index.ts',
        'sp-finance-widgets.virtualizer': '@lit-labs/virtualizer/virtualize.js',
      },
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        charset: 'ascii',
        entryFileNames: '[name].js',
        chunkFileNames: 'sp-finance-widgets.[name].js',
        // One chunk for what most of the modules share (Lit, decimal.js, the element base):
        // fewer, larger files compress better than the many small ones that splitting by
        // exactly which modules use them gives.
        advancedChunks: { groups: [{ name: 'base', minShareCount: 5 }] },
      },
    },
  },
});
