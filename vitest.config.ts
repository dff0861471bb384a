import { defineConfig } from 'vitest/config';

// Two cores: run test files in 2 forks so a long validation file does not serialise the rest.
// NOTE (speed): `isolate: false` keeps each fork's modules between files instead of a fresh
// module graph per file (246 → 177–190 s for the suite here). The rule that comes with it:
// a test never mutates module state it did not create — fixtures hand out fresh objects (the
// shared hourly profile once leaked an edit from one file into another). The suite passes with
// its files shuffled (--sequence.shuffle.files).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
