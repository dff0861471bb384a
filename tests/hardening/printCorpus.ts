/** Prints every corpus case's outcome (exit, codes, first lines): `npx tsx tests/hardening/printCorpus.ts [filter]`. */
import { rmSync } from 'node:fs';
import { CasePool } from './casePool.js';
import { codesOf, isFailure } from './caseTypes.js';
import { corpusExpectations, requestOf } from './corpusCases.js';
import { prepareCorpus } from './prepareCorpus.js';

const filter = process.argv[2] ?? '';
const prepared = prepareCorpus();
const pool = new CasePool(2, 60_000);
const cases = [
  ...Object.entries(corpusExpectations()),
  ...prepared.special.map((c) => [c.name, c.expected] as const),
].filter(([n]) => n.includes(filter));
await Promise.all(
  cases.map(async ([name, expected]) => {
    const r = await pool.run(requestOf(prepared.root, name, expected));
    if (isFailure(r)) return console.log(`${name}: ${r.failure} ${r.detail}`);
    const ok = r.exit === expected.exit && (expected.code === undefined || codesOf(r).includes(expected.code));
    const text = (r.stderr || r.stdout).split('\n').slice(0, 3).join(' | ').slice(0, 300);
    console.log(
      `${ok ? 'ok ' : 'BAD'} ${name} exit ${r.exit} ${Math.round(r.ms ?? 0)} ms [${codesOf(r).join(',')}] ${text}`,
    );
  }),
);
await pool.close();
rmSync(prepared.root, { recursive: true, force: true });
