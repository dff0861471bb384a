/**
 * A small seeded run of every fuzzer (tests/hardening/fuzz): each mutated input ends in a
 * clean success or a clean rejection, within the time limit. `npm run fuzz` runs 2,000 per format.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CasePool } from './casePool.js';
import { FUZZ_FORMATS } from './fuzz/fuzzFormats.js';
import { runFuzz } from './fuzz/fuzzRun.js';

const RUNS_PER_FORMAT = 12;
const SEED = 20261201;
const dir = mkdtempSync(join(tmpdir(), 'wardsim-fuzz-test-'));
const pool = new CasePool(2, 60_000);
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('fuzzers (small seeded run)', () => {
  it.concurrent.each(FUZZ_FORMATS.map((f) => [f.name, f] as const))(
    '%s',
    async (_name, format) => {
      const tally = await runFuzz(format, RUNS_PER_FORMAT, SEED, pool, dir);
      expect(tally.failures, JSON.stringify(tally.failures, null, 1).slice(0, 3000)).toEqual([]);
      expect(tally.accepted + tally.rejected).toBe(RUNS_PER_FORMAT);
    },
    600_000,
  );
});
