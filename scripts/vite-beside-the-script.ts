/**
 * A classic script cannot be split into chunks, so code that only some pages need (the
 * sandbox, the payout list's virtualizer) is written as a file of its own beside the script
 * tag's bundle and imported from the script's own address on first use, as the translations in
 * `locales/` are.
 *
 * Each such module is reached through a loader module in src (e.g. `src/data/sandbox-loader.ts`:
 * `export const loadSandbox = () => import('./sandbox/index.js')`), which this plugin replaces in
 * the script-tag build. The file beside the script does not carry its own copies of what the
 * bundle already has: every module it imports from outside its own folder (Lit, decimal.js,
 * `SpApiError`, …) is handed to it by the bundle. So there is one Lit, one Decimal and one
 * `SpApiError` class (`instanceof` keeps working), and the file holds only its own code.
 *
 * The file is an ES module whose default export is a function of those shared modules:
 * `export default (shared) => ({ …the module's exports })`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export interface BesideModule {
  /** The loader module in src that the script-tag build replaces. */
  loader: string;
  /** The loader's export: a function returning a promise of the module's exports. */
  exportName: string;
  /** The module to write beside the script (a path, or a bare package specifier). */
  entry: string;
  /** Its file name, relative to the script. */
  fileName: string;
}

const ROOT = process.cwd();
const PREFIX = '\0sp-beside:';
const key = (path: string) => relative(ROOT, path).split(sep).join('/');

/** Bundles `module.entry`, resolving imports from outside its folder to the shared modules. */
async function bundleBeside(module: BesideModule, minify: boolean) {
  const shared = new Set<string>();
  let entryDir: string | undefined;
  const share: EsbuildPlugin = {
    name: 'sp-shared-modules',
    setup(esbuild) {
      esbuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === 'resolving') return undefined;
        const result = await esbuild.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (result.errors.length > 0) return result;
        if (args.kind === 'entry-point') {
          entryDir = dirname(result.path) + sep;
          return result;
        }
        if (entryDir && result.path.startsWith(entryDir)) return result;
        shared.add(result.path);
        return { path: key(result.path), namespace: 'sp-shared' };
      });
      // A CommonJS shim, so that named and default imports both read the shared namespace.
      esbuild.onLoad({ filter: /.*/, namespace: 'sp-shared' }, (args) => ({
        contents: `module.exports = __spShared[${JSON.stringify(args.path)}];`,
        loader: 'js',
      }));
    },
  };
  const result = await build({
    entryPoints: [module.entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__spBeside',
    target: 'es2022',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [share],
  });
  const code = result.outputFiles[0]!.text.trim();
  return {
    shared: [...shared].sort(),
    code: `export default (__spShared) => {\n${code}\nreturn __spBeside;\n};\n`,
  };
}

/**
 * The loader that replaces `module.loader` in the bundle: it imports the file beside the script
 * once and hands it the bundle's own copies of the modules it shares.
 */
function loaderSource(module: BesideModule, shared: readonly string[]): string {
  const imports = shared.map((path, i) => `import * as shared${i} from ${JSON.stringify(path)};`);
  const entries = shared.map((path, i) => `${JSON.stringify(key(path))}: shared${i}`);
  return `${imports.join('\n')}
const base =
  (typeof document !== 'undefined' && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined) || globalThis.location?.href;
const url = new URL(${JSON.stringify(module.fileName)}, base).href;
const shared = { ${entries.join(', ')} };
let loaded;
export const ${module.exportName} = () => {
  loaded ??= import(/* @vite-ignore */ url).then(
    (file) =>
      file.default(
        // __esModule: the file's CommonJS interop then reads default exports as they are.
        Object.fromEntries(
          Object.entries(shared).map(([name, ns]) => [name, { __esModule: true, ...ns }]),
        ),
      ),
    (error) => {
      loaded = undefined;
      throw error;
    },
  );
  return loaded;
};
`;
}

export function besideTheScript(modules: readonly BesideModule[]): Plugin {
  const built = new Map<string, { module: BesideModule; shared: string[]; code: string }>();
  let minify = true;
  let outDir = '';
  return {
    name: 'sp-modules-beside-the-script',
    enforce: 'pre',
    configResolved(config) {
      minify = config.build.minify !== false;
      outDir = resolve(config.root, config.build.outDir);
    },
    async buildStart() {
      built.clear();
      for (const module of modules) {
        const { shared, code } = await bundleBeside(module, minify);
        built.set(resolve(ROOT, module.loader), { module, shared, code });
      }
    },
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && built.has(resolved.id) ? PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const entry = built.get(id.slice(PREFIX.length))!;
      return loaderSource(entry.module, entry.shared);
    },
    async closeBundle() {
      for (const { module, code } of built.values()) {
        const file = resolve(outDir, module.fileName);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, code);
      }
    },
  };
}
