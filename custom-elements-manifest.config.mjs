/**
 * custom-elements.json: the public API of the elements, for Storybook's autodocs, the React
 * wrappers, the README's tables and editors.
 */
import { readFileSync } from 'node:fs';

/**
 * The analyzer reads its globs in the order the file system answers them, which changes from run
 * to run, and lists modules in that order: a build left custom-elements.json reordered and the
 * checkout dirty. Reading the files sorted by path makes every phase, and so the output, the same
 * on every run (compared by code unit, not by locale, so every machine sorts alike).
 */
function modulesByPath({ ts, globs }) {
  return [...globs]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((file) =>
      ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2015, true),
    );
}

/** What hosts can use: no private or protected members, no internals. */
function publicApiOnly() {
  return {
    name: 'sp-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) {
            decl.members = decl.members.filter((m) => !m.privacy || m.privacy === 'public');
          }
          // SpElement.emit(type, detail) dispatches events named by its callers, each of
          // which documents them with @fires; the analyzer would list a bogus "type" event.
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.name !== 'type');
        }
      }
    },
  };
}

export default {
  globs: [
    'src/components/**/*.component.ts',
    'src/internal/sp-element.ts',
    'src/internal/copy-button.ts',
  ],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  outdir: '.',
  overrideModuleCreation: modulesByPath,
  plugins: [publicApiOnly()],
};
