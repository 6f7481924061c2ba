// The layers of docs/architecture.md, enforced: each folder of src/ imports only the layers below it.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle (type-only imports erase at build time and do not count); break it by moving the shared piece down a layer.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain is pure: it imports only itself.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(?!domain/)' },
    },
    {
      name: 'storage-below-app',
      severity: 'error',
      comment: 'src/storage imports only src/domain.',
      from: { path: '^src/storage/' },
      to: { path: '^src/(?!domain/|storage/)' },
    },
    {
      name: 'app-below-front-ends',
      severity: 'error',
      comment: 'src/app imports only src/domain and src/storage.',
      from: { path: '^src/app/' },
      to: { path: '^src/(?!domain/|storage/|app/)' },
    },
    {
      name: 'bot-below-front-ends',
      severity: 'error',
      comment: 'src/bot imports only src/domain, src/storage and src/app.',
      from: { path: '^src/bot/' },
      to: { path: '^src/(?!domain/|storage/|app/|bot/)' },
    },
    {
      name: 'github-client-alone',
      severity: 'error',
      comment: 'src/github builds the client and knows nothing of TaskLists.',
      from: { path: '^src/github/' },
      to: { path: '^src/(?!github/)' },
    },
    {
      name: 'front-ends-apart',
      severity: 'error',
      comment: 'The action and the CLI are separate front ends.',
      from: { path: '^src/action/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'front-ends-apart-cli',
      severity: 'error',
      comment: 'The action and the CLI are separate front ends.',
      from: { path: '^src/cli/' },
      to: { path: '^src/action/' },
    },
    {
      name: 'src-not-tests',
      severity: 'error',
      comment: 'Shipped code never imports test code.',
      from: { path: '^src/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^node_modules' },
  },
}
