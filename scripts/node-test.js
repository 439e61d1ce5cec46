// The Node tests (the backend proxy): bundles each test/node/**/*.test.ts with esbuild, as
// load-ts.js does for the test runner's endpoints, and runs them with `node --test`.
// Usage: node scripts/node-test.js [file-or-substring ...]
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, mkdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve('test/node');
const outdir = resolve('node_modules/.cache/sp-finance-widgets/node-tests');

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filters = process.argv.slice(2);
const entries = testFiles(root).filter(
  (file) => filters.length === 0 || filters.some((filter) => file.includes(filter)),
);
if (entries.length === 0) {
  console.error(`No Node tests match ${filters.join(' ') || 'test/node/**/*.test.ts'}`);
  process.exit(1);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: entries,
  outdir,
  outbase: root,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});

const outputs = entries.map((file) => join(outdir, relative(root, file)).replace(/\.ts$/, '.mjs'));
const child = spawn(
  process.execPath,
  ['--enable-source-maps', '--test', '--test-reporter=spec', ...outputs],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
