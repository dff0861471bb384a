/**
 * The golden output of the city study: 北区 of scenarios/library/sapporo-city.json with all its
 * options (status quo, DX counters, DX + ABW, the library's option A) at seed 1 and 3 replications —
 * every option's headline KPIs (every replication, bit for bit), programme totals and verdicts, and
 * the key paths of the document — in tests/golden/expected/city-study.json. REGEN=1 writes it anew.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CityStudyResult } from '../../engine/results/index.js';
import { cityStudy, fileResolver, loadScenario } from '../../scenarios/study/index.js';

const FILE = join(import.meta.dirname, 'expected', 'city-study.json');

function shapeOf(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node))
    return node.length === 0 ? [`${prefix}[]`] : [...new Set(node.flatMap((x) => shapeOf(x, `${prefix}[]`)))];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => shapeOf(v, prefix === '' ? k : `${prefix}.${k}`));
  return [prefix];
}

function goldenOf(r: CityStudyResult) {
  return {
    kind: r.kind,
    formatVersion: r.formatVersion,
    inputHash: r.inputHash,
    seed: r.seed,
    replications: r.replications,
    wards: r.wards.map((w) => ({
      id: w.id,
      options: w.options.map((o) => ({
        id: o.id,
        scenarioHash: o.scenario.inputHash,
        replicationKpis: o.replicationKpis,
        wardOfficeM2: o.programme.wardOfficeM2,
        verdict: o.programme.change.verdict,
        desks: o.desks,
        findings: o.findings.map((f) => `${f.code}:${f.subjects.map((x) => x.id).join(',')}:${f.kpis.join(',')}`),
      })),
    })),
    shape: [...new Set(shapeOf(r))].sort(),
  };
}

describe('golden output of the city study (北区, seed 1, 3 replications)', () => {
  it('city-study.json', async () => {
    const study = await loadScenario('scenarios/library/sapporo-city.json');
    const actual = goldenOf(
      await cityStudy(study, fileResolver(), { wards: ['kita'], seed: 1, replications: 3, workers: 0 }),
    );
    if (process.env.REGEN === '1' || !existsSync(FILE)) {
      writeFileSync(FILE, `${JSON.stringify(actual, null, 1)}\n`);
      if (process.env.REGEN !== '1') throw new Error(`wrote the missing golden file ${FILE}: review and commit it`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(FILE, 'utf8')));
  }, 120_000);
});
