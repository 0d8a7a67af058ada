import { defineConfig } from 'vitest/config';

/** Test files that replace a module with `vi.mock` (the mock holds only in an isolated module graph). */
const MOCKING_FILES = ['server/src/modules/identity/sign-in-burst.api.test.ts'];

export default defineConfig({
  // Node loads graphql's CommonJS build for the server's dependencies; tests must share that one
  // instance (graphql refuses a schema built by another copy of itself).
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    globalSetup: ['./test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        // One module graph per worker, not per file: the server's import was most of a file's time
        // (server project: 323 s → 131 s on the 2-core machine, import 181 s → 11 s). Files that mock a
        // module need a graph of their own: they run in `server-mocks`.
        test: {
          name: 'server',
          include: ['server/src/**/*.test.ts'],
          exclude: [...MOCKING_FILES, '**/node_modules/**'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'server-mocks', include: MOCKING_FILES },
      },
      {
        // Pure functions of the shared front-end kit: no database, so no global setup.
        test: { name: 'ui-kit', include: ['ui-kit/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'] },
      },
      {
        extends: true,
        // One browser at a time on a 2-core machine.
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], fileParallelism: false, testTimeout: 60_000 },
      },
    ],
  },
});
