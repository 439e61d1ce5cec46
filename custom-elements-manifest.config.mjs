export default {
  globs: [
    'src/components/**/*.component.ts',
    'src/internal/sp-element.ts',
    'src/internal/copy-button.ts',
  ],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
};
