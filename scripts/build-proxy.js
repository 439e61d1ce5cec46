// Builds `sp-finance-widgets/proxy`: server/proxy/index.ts bundled for Node (ESM, packages
// external, so ioredis stays the host's optional choice) and its declarations via tsc.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';

rmSync('dist/proxy', { recursive: true, force: true });
await build({
  entryPoints: ['server/proxy/index.ts'],
  outfile: 'dist/proxy/index.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.proxy.json'], { stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);
console.log('dist/proxy/index.js and dist/proxy/types written');
