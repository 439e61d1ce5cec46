import { fileURLToPath } from 'node:url';

// The repository root: the app resolves sp-finance-widgets' own dependencies (lit, d3, …) from
// its node_modules when the smoke run builds this app from a copy beside the packed tarball.
const root = fileURLToPath(new URL('../..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root },
  outputFileTracingRoot: root,
};
