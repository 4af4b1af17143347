/**
 * The API's layers, bottom to top. A module may use the modules of its own layer and of the
 * layers below it, never those above; see the README's Layout section.
 */
const layers = ['platform', 'directory', 'forum', 'participation', 'outcomes', 'public', 'demo'];
const api = '^apps/api/src/';

const layerRules = layers.slice(0, -1).map((layer, i) => ({
  name: `layer-${layer}`,
  comment: `${layer} is below ${layers.slice(i + 1).join(', ')}: it must not import from them`,
  severity: 'error',
  from: { path: `${api}${layer}/` },
  to: { path: `${api}(${layers.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'Modules and files form no cycles: a cycle hides which of the two is the lower one.',
      severity: 'error',
      from: {},
      to: { circular: true, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular-types',
      comment: 'Not even through types: a shared type belongs in a model file or in libs/contracts.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-modules',
      comment: 'Module folders form no cycles either (users and auth, events and audit, ...).',
      severity: 'error',
      scope: 'folder',
      from: { path: `${api}` },
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'no-foreign-repository-or-entity',
      comment:
        "Another module is used through its exported service and model, never its repository or entity (an entity may name another's for a foreign key).",
      severity: 'error',
      from: { path: `${api}[^/]+/([^/]+)/`, pathNot: '[.]entity[.]ts$' },
      to: { path: `${api}[^/]+/[^/]+/.*[.](repository|entity)[.]ts$`, pathNot: `${api}[^/]+/$1/` },
    },
    {
      name: 'startup-only-at-the-top',
      comment: 'main.ts, app.module.ts and app.factory.ts assemble the app; no module imports them.',
      severity: 'error',
      from: { path: `${api}[^/]+/` },
      to: { path: `${api}(main|app[.]module|app[.]factory)[.]ts$` },
    },
    {
      name: 'libs-below-apps',
      comment: 'libs/ and config/ serve the apps and never import them.',
      severity: 'error',
      from: { path: '^(libs|config)/' },
      to: { path: '^apps/' },
    },
    {
      name: 'contracts-are-plain',
      comment: 'libs/contracts is shared with the browser: no Nest, no TypeORM, no Node built-ins, no other lib.',
      severity: 'error',
      from: { path: '^libs/contracts/' },
      to: { path: '^(libs/(?!contracts/)|config/|node_modules/(@nestjs|typeorm|pg)/)|^(fs|path|crypto|node:)' },
    },
    {
      name: 'web-uses-contracts-only',
      comment: 'The web app reaches the API over HTTP; it imports only libs/contracts of the server side.',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^(apps/api|libs/(?!contracts/)|config)/' },
    },
    {
      name: 'no-test-code-in-the-app',
      comment: 'Fixtures and test helpers live under test/.',
      severity: 'error',
      from: { path: '^(apps|libs|config)/', pathNot: '[.]spec[.]tsx?$' },
      to: { path: '^test/|[.]fixture[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules|var)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
