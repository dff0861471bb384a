/**
 * Golden outputs: every library scenario run at a fixed seed and a few replications; its headline
 * KPIs (every replication's value, bit for bit) and the shape of its result document (every key
 * path) are stored in tests/golden/expected and compared. A change of numbers or of the contract shows
 * as a diff to review; REGEN=1 npm test -- tests/golden writes the files anew.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { loadScenario, runScenario } from '../../scenarios/study/index.js';

const OUT = join(import.meta.dirname, 'expected');
const REGEN = process.env.REGEN === '1';
// Study files (a cityStudy block, no parts) have their own golden output (cityStudy.test.ts).
const isStudy = (f: string) => 'cityStudy' in (JSON.parse(readFileSync(`scenarios/library/${f}`, 'utf8')) as object);
const library = readdirSync('scenarios/library').filter((f) => f.endsWith('.json') && !isStudy(f));

/** Key paths of a document: object keys joined by dots, array elements as [] (their count is data, not shape). */
function shapeOf(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node))
    return node.length === 0 ? [`${prefix}[]`] : [...new Set(node.flatMap((x) => shapeOf(x, `${prefix}[]`)))];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => shapeOf(v, prefix === '' ? k : `${prefix}.${k}`));
  return [prefix];
}

function goldenOf(r: ScenarioRunResult) {
  return {
    kind: r.kind,
    formatVersion: r.formatVersion,
    inputHash: r.inputHash,
    scenarioHash: r.scenario.inputHash,
    seed: r.seed,
    replications: r.replications,
    kpis: r.kpis,
    replicationKpis: r.replicationKpis,
    areaCheck: r.areaCheck ?? null,
    shape: [...new Set(shapeOf(r))].sort(),
  };
}

describe('golden outputs of the library scenarios (seed 1, 3 replications)', () => {
  it.each(library)('%s', async (file) => {
    const resolved = await loadScenario(`scenarios/library/${file}`);
    const result = await runScenario(resolved, { seed: 1, replications: 3, workers: 0 });
    const actual = goldenOf(result);
    const path = join(OUT, file);
    if (REGEN || !existsSync(path)) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(path, `${JSON.stringify(actual, null, 1)}\n`);
      if (!REGEN) throw new Error(`wrote the missing golden file ${path}: review and commit it`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
