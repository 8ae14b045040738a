/** Module boundaries (ARCHITECTURE.md): modules meet only through each other's index.ts. */
module.exports = {
  forbidden: [
    {
      name: 'module-internals',
      comment: 'Another module is reached only through its index.ts',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-into-module-internals',
      comment: 'Code outside modules uses a module through its index.ts only',
      severity: 'error',
      from: { path: '^src/(?!modules/)' },
      to: { path: '^src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'domain-is-pure',
      comment: 'src/domain has no I/O, no HTTP, no database',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^(src/(platform|modules)|node_modules/(fastify|pg|@electric-sql|drizzle-orm))' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.check.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '\\.test\\.ts$' },
  },
};
