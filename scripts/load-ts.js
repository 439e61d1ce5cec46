// Node cannot import TypeScript directly; this bundles a server-side module (the sandbox
// backend, test endpoints) with esbuild so configs written in plain JS can mount it.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  const outdir = resolve('node_modules/.cache/sp-finance-widgets');
  mkdirSync(outdir, { recursive: true });
  const outfile = resolve(outdir, basename(entry).replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
