import { defineConfig } from 'vitest/config';

/**
 * API tests that run again over PostgreSQL (CORRIDOR_TEST_BACKEND=postgres, one throwaway cluster):
 * every test that reaches the API through tests/helpers/api.ts or server.ts. Left out: tests of the
 * data folder itself (hand edits, CLIs over a folder, the local token) and the fairness load test,
 * whose subject is the worker pool, not the store.
 */
const API_OVER_POSTGRES = [
  'tests/api/queries.test.ts',
  'tests/api/mutations.test.ts',
  'tests/api/limits.test.ts',
  'tests/api/smoke.test.ts',
  'tests/api/viewer.test.ts',
  'tests/api/readme.test.ts',
  'tests/api/review.test.ts',
  'tests/api/review-identical.test.ts',
  'tests/api/ingest.test.ts',
  'tests/api/http.test.ts',
  'tests/api/fast-path.test.ts',
  'tests/api/graph-binary.test.ts',
];

export default defineConfig({
  // Node loads graphql's CommonJS build for bare "graphql" (the package has no exports map), and so does
  // graphql-yoga; make the tests do the same, or two graphql instances would meet in one schema.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files run in two workers; browser and durability tests start their own processes.
    maxWorkers: 2,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'files', include: ['tests/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: API_OVER_POSTGRES,
          env: { CORRIDOR_TEST_BACKEND: 'postgres' },
          globalSetup: ['tests/helpers/global-setup.ts', 'tests/helpers/pg-global-setup.ts'],
        },
      },
    ],
  },
});
