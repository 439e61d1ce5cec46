import { defineConfig } from 'vite';

// Development-only example app. It imports the library as a host would, by package name
// (`sp-finance-widgets/react`, resolved through the package's exports to the built dist/esm):
// run `npm run build:esm` at the repository root first.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
