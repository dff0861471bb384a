/**
 * The city study as one study: one ward (北区, four options) at two replications gives the same numbers on
 * any number of workers, validates as a `city-study` result, pairs every option with its ward's
 * baseline on common random numbers, sums every programme, and explains every option that does
 * not improve the wait or the service level. Bad study files are refused with their codes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CityStudyResult } from '../../engine/results/index.js';
import { resultProblems } from '../../engine/results/validateResult.js';
import { cityStudy, fileResolver, loadScenario } from '../../scenarios/study/index.js';

const STUDY = 'scenarios/library/sapporo-city.json';
const TMP = mkdtempSync(join(tmpdir(), 'wardsim-city-'));
let one: CityStudyResult;
let two: CityStudyResult;

beforeAll(async () => {
  const s = await loadScenario(STUDY);
  one = await cityStudy(s, fileResolver(), { wards: ['kita'], replications: 2, seed: 7, workers: 0 });
  two = await cityStudy(s, fileResolver(), { wards: ['kita'], replications: 2, seed: 7, workers: 2 });
}, 120_000);

const strip = ({ wallMs: _w, workers: _k, ...rest }: CityStudyResult) => rest;

describe('a city study', () => {
  it('gives bit-identical numbers with 0 and 2 workers, and validates as a city-study result', () => {
    expect(strip(two)).toEqual(strip(one));
    expect(resultProblems(one)).toEqual([]);
    expect(one).toMatchObject({
      kind: 'city-study',
      formatVersion: 1,
      seed: 7,
      replications: 2,
      stoppingRule: { type: 'fixed', replications: 2 },
    });
  });

  it('runs the wards asked for with the options of the study file, the first the baseline', () => {
    expect(one.wards.map((w) => w.id)).toEqual(['kita']);
    const kita = one.wards[0];
    expect(kita.options.map((o) => o.id)).toEqual(['status-quo', 'dx-counters', 'dx-abw', 'library-option-a']);
    expect(kita.options[0].versusBaseline).toBeNull();
    for (const o of kita.options.slice(1)) expect(o.versusBaseline?.waitMeanMin.diff.n, o.id).toBe(2);
    expect(kita.facts).toMatchObject({
      printed: { built: '1972.3.1', wardOfficeM2: '5,913' },
      wardOfficeM2: 5913,
      builtIn1970s: true,
      partsAddUp: true,
    });
  });

  it('pairs options on common random numbers: the same counters give the same visitor KPIs, day by day', () => {
    const [, dx, abw] = one.wards[0].options;
    expect(abw.replicationKpis.waitMeanMin).toEqual(dx.replicationKpis.waitMeanMin);
    expect(abw.versusBaseline?.waitMeanMin).toEqual(dx.versusBaseline?.waitMeanMin);
    expect(abw.replicationKpis.deskPeakDemandMean).not.toEqual(dx.replicationKpis.deskPeakDemandMean);
  });

  it('adds every programme up to its total and gives a verdict against today', () => {
    for (const o of one.wards[0].options) {
      const p = o.programme;
      expect(
        p.rows.reduce((a, r) => a + (r.areaM2.mean ?? 0), 0),
        o.id,
      ).toBeCloseTo(p.wardOfficeM2.mean ?? NaN, 9);
      expect(p.today.wardOfficeM2).toBe(5913);
      expect(['increase', 'decrease', 'keep']).toContain(p.change.verdict);
      expect(o.desks.desks).toBe(
        p.rows
          .filter((r) => r.item === 'desks' || r.item === 'touchdown')
          .reduce((a, r) => a + (r.unitsPlanned ?? 0), 0),
      );
    }
  });

  it('explains every option that does not improve the mean wait or the service level, with figures', () => {
    const options = one.wards[0].options.slice(1);
    for (const o of options) {
      const stuck = ['waitMeanMin', 'serviceLevel'].some((k) => o.versusBaseline?.[k].verdict !== 'better');
      if (stuck) expect(o.findings.length, o.id).toBeGreaterThan(0);
      else expect(o.findings, o.id).toEqual([]);
    }
    const lines = one.wards[0].options[0].lines;
    expect(lines.map((l) => l.id)).toContain('koseki-ido');
    for (const l of lines)
      expect(l.offeredLoadErlangs).toBeCloseTo((l.expectedContacts * l.serviceMinPerContact) / 510, 9);
  });

  it('refuses a ward the study lacks, a file without a cityStudy block, a block naming an unknown ward', async () => {
    const s = await loadScenario(STUDY);
    await expect(cityStudy(s, fileResolver(), { wards: ['nowhere'], replications: 2 })).rejects.toMatchObject({
      issues: [{ code: 'WSM_FLAG_INVALID', path: '--wards' }],
    });
    await expect(
      cityStudy(await loadScenario('sapporo-kita-peak'), fileResolver(), { replications: 2 }),
    ).rejects.toMatchObject({ issues: [{ code: 'WSM_PART_MISSING' }] });
    const file = join(TMP, 'bad-study.json');
    const option = {
      id: 'status-quo',
      name: 'a',
      nameJa: 'あ',
      scenario: 'library:wards/sapporo-kita-status-quo.json',
      deskRule: 'onePerPerson',
    };
    writeFileSync(
      file,
      JSON.stringify({
        name: 'bad',
        cityStudy: {
          facts: 'library:wards/sapporo-wards.json',
          wards: [{ id: 'atlantis', options: [option, option] }],
        },
      }),
    );
    const bad = cityStudy(await loadScenario(file), fileResolver(), { replications: 2 });
    await expect(bad).rejects.toMatchObject({
      issues: [
        { code: 'WSM_STUDY_INVALID', path: 'cityStudy.wards[0].id' },
        { code: 'WSM_STUDY_INVALID', path: 'cityStudy.wards[0].options[1].id' },
      ],
    });
  });
});
