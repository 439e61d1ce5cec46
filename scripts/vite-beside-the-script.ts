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
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { build, type Plugin as EsbuildPlugin } from 'esbuild';
import { parseSync, type Plugin } from 'vite';

export interface BesideModule {
  /** The loader module in src that the script-tag build replaces. */
  loader: string;
  /** The loader's export: a function returning a promise of the module's exports. */
  exportName: string;
  /** The module to write beside the script (a path, or a bare package specifier). */
  entry: string;
  /** Its file name, relative to the script. */
  fileName: string;
  /**
   * Modules from outside the entry's folder to carry in the file all the same, because the
   * bundle does not use them itself (sharing would add them to the bundle).
   */
  carry?: readonly string[];
}

const ROOT = process.cwd();
/** Where the bundle finds the files beside it (its tag's data-base-path, or its src). */
const SCRIPT_BASE_URL = resolve(ROOT, 'src/internal/script-base-url.ts');
const PREFIX = '\0sp-beside:';
const key = (path: string) => relative(ROOT, path).split(sep).join('/');

/** A shared module and the names the file imports from it (`*`: all of them). */
type SharedImports = Map<string, Set<string>>;

/** The names each import of a shared module takes, read from the importing module. */
function namesImported(importer: string, specifiers: Map<string, string>, into: SharedImports) {
  const { program } = parseSync(importer, readFileSync(importer, 'utf8'));
  const read = new Set<string>();
  const add = (source: string, names: string[]) => {
    const path = specifiers.get(source);
    if (!path) return;
    read.add(source);
    const set = into.get(path) ?? new Set<string>();
    names.forEach((name) => set.add(name));
    into.set(path, set);
  };
  const nameOf = (node: { type: string; name?: string; value?: unknown }) =>
    node.type === 'Identifier' ? node.name! : String(node.value);
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration' && node.importKind !== 'type') {
      const names = node.specifiers.flatMap((specifier) => {
        if (specifier.type === 'ImportDefaultSpecifier') return ['default'];
        if (specifier.type === 'ImportNamespaceSpecifier') return ['*'];
        return specifier.importKind === 'type' ? [] : [nameOf(specifier.imported)];
      });
      add(node.source.value, names);
    } else if (
      node.type === 'ExportNamedDeclaration' &&
      node.source &&
      node.exportKind !== 'type'
    ) {
      add(
        node.source.value,
        node.specifiers.filter((s) => s.exportKind !== 'type').map((s) => nameOf(s.local)),
      );
    } else if (node.type === 'ExportAllDeclaration' && node.exportKind !== 'type') {
      add(node.source.value, ['*']);
    }
  }
  // A dynamic import() takes the whole module; so does anything not read above.
  for (const source of specifiers.keys()) {
    if (!read.has(source)) add(source, ['*']);
  }
}

/** Bundles `module.entry`, resolving imports from outside its folder to the shared modules. */
async function bundleBeside(module: BesideModule, minify: boolean) {
  let entryDir: string | undefined;
  /** Per importing module: each specifier that resolved to a shared module, and its path. */
  const importers = new Map<string, Map<string, string>>();
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
        if (module.carry?.includes(args.path)) return result;
        const specifiers = importers.get(args.importer) ?? new Map<string, string>();
        specifiers.set(args.path, result.path);
        importers.set(args.importer, specifiers);
        return { path: key(result.path), namespace: 'sp-shared' };
      });
      // A CommonJS shim, so that named and default imports both read the shared module.
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
  const shared: SharedImports = new Map();
  for (const [importer, specifiers] of importers) namesImported(importer, specifiers, shared);
  const code = result.outputFiles[0]!.text.trim();
  return {
    shared,
    code: `export default (__spShared) => {\n${code}\nreturn __spBeside;\n};\n`,
  };
}

/**
 * The loader that replaces `module.loader` in the bundle: it imports the file beside the script
 * once and hands it the bundle's own bindings of the names the file uses.
 */
function loaderSource(module: BesideModule, shared: SharedImports): string {
  const imports: string[] = [];
  const entries: string[] = [];
  [...shared.entries()].forEach(([path, names], i) => {
    const from = JSON.stringify(path);
    if (names.has('*')) {
      imports.push(`import * as shared${i} from ${from};`);
      entries.push(`${JSON.stringify(key(path))}: { __esModule: true, ...shared${i} }`);
      return;
    }
    const list = [...names].sort();
    const local = (j: number) => `shared${i}_${j}`;
    imports.push(
      `import { ${list.map((name, j) => `${JSON.stringify(name)} as ${local(j)}`).join(', ')} } from ${from};`,
    );
    const members = list.map((name, j) => `${JSON.stringify(name)}: ${local(j)}`);
    entries.push(`${JSON.stringify(key(path))}: { __esModule: true, ${members.join(', ')} }`);
  });
  return `${imports.join('\n')}
import { urlBesideTheScript } from ${JSON.stringify(SCRIPT_BASE_URL)};
let loaded;
export const ${module.exportName} = () => {
  // Located on first use, so a script with no folder still loads; the load fails instead.
  // __esModule: the file's CommonJS interop then reads default exports as they are.
  loaded ??= Promise.resolve(${JSON.stringify(module.fileName)}).then(urlBesideTheScript).then(
    (url) => import(/* @vite-ignore */ url),
  ).then(
    (file) => file.default({ ${entries.join(', ')} }),
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
  const built = new Map<string, { module: BesideModule; shared: SharedImports; code: string }>();
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
