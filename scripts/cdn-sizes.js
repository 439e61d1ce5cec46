/**
 * What a page with the script tag downloads, in gzip bytes, by the elements it shows: the
 * loader, each element's module and every module those import statically (each once), read
 * from dist/cdn/ as `npm run build:cdn` wrote it. Files a page loads only on demand (the
 * sandbox, the virtualizer, translations) are not counted. `node scripts/cdn-sizes.js` prints
 * the table; test/cdn/autoloader.test.ts holds the goals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIR = 'dist/cdn';
const LOADER = 'sp-finance-widgets.js';
export const TAGS = [
  'sp-balance-card',
  'sp-summary-sunburst',
  'sp-payout-list',
  'sp-expected-payout',
  'sp-transaction-list',
];

const gzipped = (file) => gzipSync(readFileSync(join(DIR, file)), { level: 9 }).length;

/** The file and every module it imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function withStaticImports(file, into = new Set()) {
  if (into.has(file)) return into;
  into.add(file);
  const code = readFileSync(join(DIR, file), 'utf8');
  for (const [, path] of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+)["']/g)) {
    withStaticImports(path, into);
  }
  return into;
}

/** gzip bytes of the loader plus what `tags` need, and the files counted. */
export function pageSize(tags) {
  const files = new Set([LOADER]);
  for (const tag of tags) withStaticImports(`${tag}.js`, files);
  return { bytes: [...files].reduce((sum, file) => sum + gzipped(file), 0), files: [...files] };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  console.log(`loader            ${kib(gzipped(LOADER))}`);
  for (const tag of TAGS) console.log(`${tag.padEnd(18)}${kib(pageSize([tag]).bytes)}`);
  console.log(`all five          ${kib(pageSize(TAGS).bytes)}`);
}
