import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql's CommonJS build for Apollo; the tests' own imports must get the same
  // instance (Vite would pick the .mjs build), or graphql-js sees types "from another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Files wait on databases and HTTP more than they compute: more of them than cores.
    maxWorkers: 4,
    // Tests of a file run together: each works in a tenant of its own on the file's service.
    sequence: { concurrent: true },
  },
});
