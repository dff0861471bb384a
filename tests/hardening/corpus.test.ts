/**
 * The hardening corpus (tests/hardening/corpus): every bad input ends with its expected exit code
 * and error code, within a time limit, never with exit 1, a stack trace or a hang.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CasePool } from './casePool.js';
import { codesOf, isFailure } from './caseTypes.js';
import { corpusExpectations, requestOf, type Expectation } from './corpusCases.js';
import { prepareCorpus } from './prepareCorpus.js';

const prepared = prepareCorpus();
const pool = new CasePool(2, 60_000);
afterAll(async () => {
  await pool.close();
  rmSync(prepared.root, { recursive: true, force: true });
});

const cases: [string, Expectation][] = [
  ...Object.entries(corpusExpectations()),
  ...prepared.special.map((c): [string, Expectation] => [c.name, c.expected]),
];

describe('hardening corpus', () => {
  it.concurrent.each(cases)(
    '%s',
    async (name, expected) => {
      const result = await pool.run(requestOf(prepared.root, name, expected));
      if (isFailure(result)) throw new Error(`${result.failure}: ${result.detail}`);
      const detail = `${name}: exit ${result.exit}\n${result.stderr.slice(0, 2000)}\n${result.stdout.slice(0, 500)}`;
      expect(result.exit, detail).toBe(expected.exit);
      // A rejection is lines of "path: message [CODE]", never a stack trace or Node's own wording.
      expect(result.stderr, detail).not.toMatch(
        /\n\s+at .+:\d+:\d+|wardsim: .*(TypeError|RangeError|Cannot read|is not)/,
      );
      if (expected.code !== undefined) expect(codesOf(result), detail).toContain(expected.code);
    },
    120_000,
  );
});
