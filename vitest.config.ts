import { defineConfig } from 'vitest/config';

// Two cores: run test files in 2 forks so a long validation file does not serialise the rest.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
