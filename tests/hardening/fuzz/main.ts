/**
 * `npm run fuzz [-- --runs N --seed S --format NAME]`: every fuzzer (fuzzFormats.ts) with N
 * mutations (default 2,000) on two threads; prints the counts per format and every failure,
 * and exits 1 if there was any.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CasePool } from '../casePool.js';
import { FUZZ_FORMATS } from './fuzzFormats.js';
import { runFuzz } from './fuzzRun.js';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, seed: { type: 'string' }, format: { type: 'string', multiple: true } },
});
const runs = Number(values.runs ?? 2000);
const seed = Number(values.seed ?? Date.now() % 1_000_000);
const formats = FUZZ_FORMATS.filter((f) => values.format === undefined || values.format.includes(f.name));
const dir = mkdtempSync(join(tmpdir(), 'wardsim-fuzz-'));
const pool = new CasePool(2, 60_000);
let failed = 0;
console.log(`fuzzing ${formats.length} formats × ${runs} mutations, seed ${seed} (repeat with --seed ${seed})`);
for (const format of formats) {
  const t = await runFuzz(format, runs, seed, pool, dir);
  failed += t.failures.length;
  console.log(
    `${format.name.padEnd(14)} ${String(t.runs).padStart(6)} mutations: ${String(t.accepted).padStart(5)} accepted, ${String(t.rejected).padStart(5)} rejected with a code, ${t.failures.length} failures (crash, hang, exit 1, bad output) in ${(t.ms / 1000).toFixed(0)} s`,
  );
  for (const f of t.failures) console.log(`  #${f.index}: ${f.problem}\n    ${f.input.replace(/\n/g, '\n    ')}`);
}
await pool.close();
if (failed === 0) rmSync(dir, { recursive: true, force: true });
else console.log(`failing inputs kept in ${dir}`);
console.log(failed === 0 ? 'fuzz: 0 failures' : `fuzz: ${failed} failures`);
process.exit(failed === 0 ? 0 : 1);
