/**
 * What a page with the script tag downloads, in gzip bytes, by the elements it shows: the
 * loader, each element's module and every chunk those import (each once, as
 * dist/cdn/modules.json lists them), read from dist/cdn/ as `npm run build:cdn` wrote it. Files a page loads only on demand (the
 * sandbox, the virtualizer, translations) are not counted. `node scripts/cdn-sizes.js` prints
 * the table (`--files`: the files of each element too).
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

/** Each element's module and every chunk it imports, as the build lists them. */
const MODULES = JSON.parse(readFileSync(join(DIR, 'modules.json'), 'utf8'));

/** gzip bytes of the loader plus what `tags` need, and the files counted. */
export function pageSize(tags) {
  const files = new Set([LOADER, ...tags.flatMap((tag) => MODULES[tag])]);
  return { bytes: [...files].reduce((sum, file) => sum + gzipped(file), 0), files: [...files] };
}

/** gzip bytes of the single script tag before it became a loader (#19), with all five inside. */
const SINGLE_FILE_BEFORE = 86_720;

if (import.meta.url === `file://${process.argv[1]}`) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
  const row = (name, bytes, goal) =>
    console.log(`${name.padEnd(20)}${kib(bytes).padStart(10)}   goal <= ${kib(goal)}`);
  row('loader', gzipped(LOADER), 6 * 1024);
  row('sp-balance-card', pageSize(['sp-balance-card']).bytes, 32 * 1024);
  for (const tag of TAGS.slice(1)) {
    console.log(`${tag.padEnd(20)}${kib(pageSize([tag]).bytes).padStart(10)}`);
  }
  row('all five', pageSize(TAGS).bytes, SINGLE_FILE_BEFORE);
  if (process.argv.includes('--files')) console.log(JSON.stringify(MODULES, null, 2));
}
