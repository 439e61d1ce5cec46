/**
 * The layers' import rules (README "Architecture"), checked by `npm run lint:deps` in CI.
 *
 * Data flows one way: attributes → query → data source → normalised model → pure layout →
 * template. The rules keep the pure layers pure, so they stay unit-testable without a DOM and
 * the proxy in server/ can reuse them in Node. Type-only imports count: a pure module that
 * needs a Lit type has already taken on a Lit concept.
 */

/** Lit's rendering side: anything that puts a template or a reactive element on the page. */
const LIT_DOM =
  '^node_modules/(lit|lit-html|lit-element|@lit/(reactive-element|task|context)|@lit-labs/[^/]+)/';
/** Every Lit package, @lit/localize included: the pure layers speak no words of their own. */
const LIT_ANY = '^node_modules/(lit|lit-html|lit-element|@lit|@lit-labs)/';

const PURE_LAYERS = '^src/(api|data|money)/';

/**
 * The pure modules beside each element: layout, geometry, zoom tweening, label fitting, colour
 * scheme, selection and other derived state, and the words (`*-view.ts`, `*-text.ts`,
 * `*-labels.ts`, `*-csv.ts`). A new pure module joins by taking one of these suffixes.
 */
const COMPONENT_PURE =
  '^src/components/[^/]+/[^/]+-(layout|geometry|tween|fit|scheme|state|selection|labels|text|view|csv)[.]ts$';

/** The element side of src/: what builds, defines or dispatches from a DOM element. */
const DOM_SIDE = [
  '[.]component[.]ts$',
  '[.]styles[.]ts$',
  '^src/components/([^/]+)/\\1[.]ts$',
  '^src/internal/',
  '^src/events/',
  '^src/(index|define|cdn)[.]ts$',
  '^src/(react|vue|angular|frameworks)/',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'resolvable',
      severity: 'error',
      comment:
        'Every relative import resolves (through tsconfig.json, `.js` → `.ts`); an unresolved one ' +
        'would slip past every other rule.',
      from: { path: '^(src|server)/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'pure-layers-no-lit',
      severity: 'error',
      comment:
        'src/api, src/data and src/money are plain TypeScript, shared with the Node proxy: no Lit, ' +
        'directly or through another module.',
      from: { path: PURE_LAYERS },
      to: { path: LIT_ANY, reachable: true },
    },
    {
      name: 'pure-layers-no-elements',
      severity: 'error',
      comment: 'src/api, src/data and src/money know nothing of the elements.',
      from: { path: PURE_LAYERS },
      to: { path: ['^src/components/', ...DOM_SIDE] },
    },
    {
      name: 'pure-layers-no-server',
      severity: 'error',
      comment: 'The proxy builds on src/api, never the other way round.',
      from: { path: PURE_LAYERS },
      to: { path: '^server/' },
    },
    {
      name: 'layout-no-dom',
      severity: 'error',
      comment:
        'Layout and other pure modules beside an element return values, never templates: no Lit ' +
        'rendering (directly or through another module) and nothing from the element side.',
      from: { path: COMPONENT_PURE },
      to: { path: LIT_DOM, reachable: true },
    },
    {
      name: 'layout-no-element-side',
      severity: 'error',
      comment:
        'Layout and other pure modules beside an element import nothing from the element side.',
      from: { path: COMPONENT_PURE },
      to: { path: DOM_SIDE },
    },
    {
      name: 'server-only-pure-src',
      severity: 'error',
      comment:
        'server/ runs in Node: from src/ it may use only the pure layers (api, data, money) and ' +
        'the version constant.',
      from: { path: '^server/' },
      to: { path: '^src/', pathNot: ['^src/(api|data|money)/', '^src/version[.]ts$'] },
    },
    {
      name: 'server-no-lit',
      severity: 'error',
      comment: 'server/ reaches no Lit package, directly or through src/.',
      from: { path: '^server/' },
      to: { path: LIT_ANY, reachable: true },
    },
    {
      name: 'src-no-server',
      severity: 'error',
      comment: 'The shipped elements never import the proxy.',
      from: { path: '^src/' },
      to: { path: '^server/' },
    },
    {
      name: 'src-no-dev-code',
      severity: 'error',
      comment: 'demo/, stories/, bench/ and test/ are not shipped; src/ must not need them.',
      from: { path: '^src/' },
      to: { path: '^(demo|stories|bench|test)/' },
    },
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
