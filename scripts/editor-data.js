// Editor support, made from custom-elements.json at build time (`npm run build:editor`, after
// `npm run analyze`) with the ecosystem's generators, and shipped in the package:
//
//   dist/editor/vscode.html-custom-data.json  VS Code: tags, attributes and their values
//   dist/editor/vscode.css-custom-data.json   VS Code: the --sp-* properties and ::part()s
//   dist/editor/web-types.json                JetBrains IDEs (package.json "web-types")
//
// A host's VS Code reads the first two through `html.customData` / `css.customData` (README,
// "Editor support"); JetBrains IDEs find web-types.json through package.json on their own.
import { mkdirSync, readFileSync } from 'node:fs';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const OUTDIR = 'dist/editor';
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const options = {
  outdir: OUTDIR,
  // sp-copy-button is the elements' own, never a host's.
  exclude: ['SpCopyButton', 'SpElement'],
  descriptionSrc: 'description',
  hideMethodDocs: true,
  hideLogs: true,
};

mkdirSync(OUTDIR, { recursive: true });
await generateVsCodeCustomElementData(manifest, {
  ...options,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
await generateJetBrainsWebTypes(manifest, {
  ...options,
  webTypesFileName: 'web-types.json',
  // The manifest's module paths name the shipped JS (dist/esm/<element>.js) from the root.
  modulePathTemplate: (_name, modulePath) => modulePath,
});
console.log(`${OUTDIR}: VS Code custom data and JetBrains web-types written`);
