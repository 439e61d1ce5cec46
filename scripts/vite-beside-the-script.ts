/**
 * The script tag is two builds from one source tree (vite.cdn.config.ts):
 *
 * - the modules beside the script: each element, the data sources' code, the sandbox and the
 *   virtualizer as ES modules, split so that shared code (Lit, decimal.js, the element base) is
 *   in common chunks that a page downloads once;
 * - the script itself, a small classic script that imports them from its own folder.
 *
 * A few modules are not the same in each: `swapModules` replaces a module by another wherever
 * it is imported (in the modules, `import.meta.url` locates the folder instead of
 * `document.currentScript`); `buildScript` builds the classic script with its own swaps, and
 * turns loader modules in src (e.g. `src/data/sandbox-loader.ts`:
 * `export const loadSandbox = () => import('./sandbox/index.js')`) into an import of the
 * matching module beside the script.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

const ROOT = process.cwd();
const SCRIPT_BASE_URL = resolve(ROOT, 'src/internal/script-base-url.ts');
const absolute = (swaps: Record<string, string>) =>
  new Map(Object.entries(swaps).map(([from, to]) => [resolve(ROOT, from), resolve(ROOT, to)]));

/** Replaces each module (a path from the root) by another, except in that other itself. */
export function swapModules(swaps: Record<string, string>): Plugin {
  const paths = absolute(swaps);
  return {
    name: 'sp-swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && paths.get(resolved.id);
      return swap && swap !== importer ? swap : null;
    },
  };
}

export interface BesideModule {
  /** The loader module in src that the script replaces. */
  loader: string;
  /** The loader's export: a function returning a promise of the module's exports. */
  exportName: string;
  /** The module's file beside the script (an entry of the modules' build). */
  fileName: string;
}

/** The loader that replaces `module.loader`: imports the file beside the script once. */
const loaderSource = (module: BesideModule) => `
import { urlBesideTheScript } from ${JSON.stringify(SCRIPT_BASE_URL)};
let loaded;
export const ${module.exportName} = () => {
  // Located on first use, so a script with no folder still runs; the load fails instead.
  loaded ??= Promise.resolve(${JSON.stringify(module.fileName)}).then(urlBesideTheScript).then(
    (url) => import(url),
  ).catch((error) => {
    loaded = undefined;
    throw error;
  });
  return loaded;
};
`;

export interface ScriptOptions {
  entry: string;
  outfile: string;
  /** Global name of the entry's exports (`window.SpFinanceWidgets`). */
  globalName: string;
  swaps: Record<string, string>;
  beside: readonly BesideModule[];
  /** Identifiers replaced by JSON values (esbuild's `define`). */
  define: Record<string, string>;
  minify: boolean;
}

/** Builds the classic script: an IIFE of `entry`, ASCII only (esbuild escapes the rest). */
export async function buildScript(options: ScriptOptions): Promise<void> {
  const swaps = absolute(options.swaps);
  const loaders = new Map(options.beside.map((module) => [resolve(ROOT, module.loader), module]));
  const swap: EsbuildPlugin = {
    name: 'sp-script-swaps',
    setup(esbuild) {
      esbuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.kind === 'entry-point') return undefined;
        const result = await esbuild.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (result.errors.length > 0) return result;
        const to = swaps.get(result.path);
        if (to && to !== args.importer) return { path: to };
        if (loaders.has(result.path)) return { path: result.path, namespace: 'sp-beside' };
        return result;
      });
      esbuild.onLoad({ filter: /.*/, namespace: 'sp-beside' }, (args) => ({
        contents: loaderSource(loaders.get(args.path)!),
        loader: 'js',
        resolveDir: ROOT,
      }));
    },
  };
  await build({
    entryPoints: [options.entry],
    outfile: options.outfile,
    bundle: true,
    format: 'iife',
    globalName: options.globalName,
    define: options.define,
    target: 'es2022',
    minify: options.minify,
    charset: 'ascii',
    legalComments: 'none',
    sourcemap: 'external',
    logLevel: 'warning',
    plugins: [swap],
  });
  const code = await readFile(options.outfile, 'utf8');
  const at = code.search(/[^\t\n\r -~]/);
  if (at >= 0) throw new Error(`${options.outfile}: a character outside printable ASCII at ${at}`);
}
