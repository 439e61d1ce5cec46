// Checks the npm package as a host gets it: packs it (`npm pack`, after `npm run build`) and
// checks the tarball, not the workspace:
//
//   - its size stays under the budget, and no file ships twice (no src/, no source maps);
//   - every path package.json names (main, types, exports, web-types, customElements) and every
//     image the README shows is in it;
//   - the React wrappers start with 'use client' and the script tag is pure ASCII;
//   - publint finds nothing, and Are the Types Wrong (@arethetypeswrong/cli) finds nothing for
//     the resolutions the package supports: ESM under Node 16+ and bundlers. The package is
//     ESM-only, so node10 and CommonJS `require` resolution are not checked (the "esm-only"
//     profile), as the README says.
//
//   node scripts/check-package.js            the checks; exits 1 if one fails
//   node scripts/check-package.js --keep     also leaves the tarball in .package/ (the consumer
//                                            test installs it from there)
//
// Ends with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Packed (gzipped) bytes: a guard against growth, not #18's 400 KB goal, which the package
 * does not meet (552 KiB). The translations ship once (dist/cdn/locales, which the ESM build
 * imports); what is left is each build's own code: the ESM modules for bundlers, the script
 * tag, the proxy for Node (each with the sandbox), their declarations, and the docs.
 */
export const BUDGET = 570 * 1024;
const PACK_DIR = join(root, '.package');

/** Packs the package into .package/; resolves `{ file, size, files }` from npm's report. */
export function pack() {
  rmSync(PACK_DIR, { recursive: true, force: true });
  mkdirSync(PACK_DIR, { recursive: true });
  const npm = spawnSync('npm', ['pack', '--json', '--pack-destination', PACK_DIR], {
    cwd: root,
    encoding: 'utf8',
  });
  if (npm.status !== 0) throw new Error(`npm pack failed:\n${npm.stderr}`);
  const [report] = JSON.parse(npm.stdout);
  return {
    file: join(PACK_DIR, report.filename),
    size: report.size,
    files: report.files.map((file) => file.path),
  };
}

/** Every file path package.json points at (exports' targets, main, types, …). */
function namedPaths(manifest) {
  const paths = new Set([manifest.main, manifest.types, manifest.customElements]);
  paths.add(manifest['web-types']);
  const walk = (target) => {
    if (typeof target === 'string') paths.add(target);
    else if (target && typeof target === 'object') Object.values(target).forEach(walk);
  };
  walk(manifest.exports);
  return [...paths].filter(Boolean).map((path) => path.replace(/^\.\//, ''));
}

async function main() {
  const keep = process.argv.includes('--keep');
  const results = [];
  const check = async (name, fn) => {
    try {
      const note = await fn();
      results.push(true);
      console.log(`ok - ${name}${note ? `: ${note}` : ''}`);
    } catch (error) {
      results.push(false);
      console.log(`not ok - ${name}\n    ${String(error.message).split('\n').join('\n    ')}`);
    }
  };

  const tarball = pack();
  const shipped = new Set(tarball.files);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  await check(`the tarball stays under ${BUDGET / 1024} KiB packed`, () => {
    if (tarball.size > BUDGET) throw new Error(`${(tarball.size / 1024).toFixed(1)} KiB`);
    return `${(tarball.size / 1024).toFixed(1)} KiB, ${shipped.size} files`;
  });
  await check('no file ships twice: no sources, no source maps', () => {
    const twice = tarball.files.filter((path) => path.startsWith('src/') || path.endsWith('.map'));
    if (twice.length) throw new Error(twice.slice(0, 10).join('\n'));
  });
  await check('every path package.json names is in the tarball', () => {
    const missing = namedPaths(manifest).filter((path) => !shipped.has(path));
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
  });
  await check('every image the README shows is in the tarball (or an absolute URL)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((match) => match[1]);
    const missing = images.filter((src) => !/^https?:/.test(src) && !shipped.has(src));
    if (missing.length) throw new Error(`missing: ${missing.join(', ')}`);
    return images.join(', ');
  });
  await check('every React wrapper the build writes is exported', () => {
    const exported = new Set(namedPaths(manifest));
    const wrappers = tarball.files.filter((path) => /^dist\/esm\/react\/[^/]+\.js$/.test(path));
    const unexported = wrappers.filter((path) => !exported.has(path));
    if (unexported.length) {
      throw new Error(
        `add to package.json "exports" ("./react/<element>"): ${unexported.join(', ')}`,
      );
    }
  });
  await check("the React wrappers start with 'use client'", () => {
    const wrappers = tarball.files.filter((path) =>
      /^dist\/esm\/react(\.js|\/[^/]+\.js)$/.test(path),
    );
    if (wrappers.length < 2) throw new Error(`only ${wrappers.join(', ')}`);
    const server = wrappers.filter(
      (path) => !readFileSync(join(root, path), 'utf8').startsWith('"use client";'),
    );
    if (server.length) throw new Error(server.join(', '));
    return `${wrappers.length} files`;
  });
  await check('the script tag is pure ASCII', () => {
    const bytes = readFileSync(join(root, 'dist/cdn/sp-finance-widgets.js'));
    const at = bytes.findIndex((byte) => byte > 0x7f);
    if (at >= 0) throw new Error(`a non-ASCII byte at ${at}`);
  });
  await check('publint', async () => {
    const { messages, pkg } = await publint({
      pack: { tarball: readFileSync(tarball.file).buffer },
      level: 'suggestion',
      strict: true,
    });
    if (messages.length) {
      throw new Error(messages.map((m) => `${m.type}: ${formatMessage(m, pkg)}`).join('\n'));
    }
  });
  await check('Are the Types Wrong (profile esm-only: Node 16+ ESM and bundlers)', () => {
    const attw = spawnSync(
      process.execPath,
      [
        join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'),
        tarball.file,
        '--profile',
        'esm-only',
        '--format',
        'ascii',
        '--no-color',
        // Data files, not modules: nothing for TypeScript to resolve.
        '--exclude-entrypoints',
        ...Object.keys(manifest.exports).filter((entry) => entry.endsWith('.json')),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (attw.status !== 0) throw new Error(`${attw.stdout}${attw.stderr}`.trim());
  });

  if (!keep) rmSync(PACK_DIR, { recursive: true, force: true });
  const passed = results.filter(Boolean).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  process.exitCode = passed === results.length ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
