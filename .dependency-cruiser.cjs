/**
 * Module boundaries of the server, checked by `pnpm lint` (and so by the test command and CI).
 * Type-only imports count: a cycle through types is still a cycle for whoever reads the code.
 */
const MODULE = '^server/src/modules/([^/]+)/';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle, type-only edges included.',
      severity: 'error',
      from: { path: '^server/src' },
      to: { circular: true },
    },
    {
      name: 'module-reads-other-modules-through-index',
      comment:
        'A module uses another module through its index.ts (services, loaders, types) or its entities/index.ts ' +
        '(entity relations) only: never its store, services or resolvers directly.',
      severity: 'error',
      from: { path: MODULE, pathNot: '\\.test\\.ts$' },
      to: {
        path: '^server/src/modules/([^/]+)/',
        pathNot: [
          '^server/src/modules/$1/',
          '^server/src/modules/[^/]+/index\\.ts$',
          '^server/src/modules/contract\\.ts$',
        ],
      },
    },
    {
      name: 'module-not-importing-composition-root',
      comment: 'Modules never import the composition root, the app or the entry points.',
      severity: 'error',
      from: { path: '^server/src/modules/' },
      to: {
        path: [
          '^server/src/composition/',
          '^server/src/app\\.ts$',
          '^server/src/main\\.ts$',
          '^server/src/demo\\.ts$',
          '^server/src/graphql/(schema|execution|authorization)\\.ts$',
        ],
      },
    },
    {
      name: 'outside-reads-modules-through-entry-points',
      comment:
        'Outside the modules (production code), a module is reached through index.ts, its x.module.ts ' +
        '(composition root and entry points only) or entities/index.ts (the data source).',
      severity: 'error',
      // The generated resolver types point at each module's row types (codegen mappers).
      from: {
        path: '^server/src/',
        pathNot: ['^server/src/modules/', '\\.test\\.ts$', '^server/src/graphql/__generated__/'],
      },
      to: {
        path: '^server/src/modules/[^/]+/',
        pathNot: [
          '^server/src/modules/[^/]+/index\\.ts$',
          '^server/src/modules/[^/]+/[^/]+\\.module\\.ts$',
          '^server/src/modules/[^/]+/entities/index\\.ts$',
        ],
      },
    },
    {
      name: 'stores-private',
      comment:
        "A module's index.ts never exports its store: SQL stays inside the module (the rules above keep others out).",
      severity: 'error',
      from: { path: '^server/src/modules/[^/]+/index\\.ts$' },
      to: { path: '\\.store\\.ts$' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'server/tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '__generated__/(?!resolvers-types)'] },
  },
};
