import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql's CommonJS build for bare "graphql" (the package has no exports map), and so does
  // graphql-yoga; make the tests do the same, or two graphql instances would meet in one schema.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files run in two workers; browser and durability tests start their own processes.
    maxWorkers: 2,
    pool: 'forks',
  },
});
