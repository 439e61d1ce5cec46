import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'sp-finance-widgets/vue';

// Development-only example app. It imports the library as a host would, by package name
// (resolved through the package's exports to the built dist/esm): run `npm run build:esm` and
// `npm run build:types` at the repository root first.
export default defineConfig({
  base: './',
  // The sp- tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement } } })],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
});
