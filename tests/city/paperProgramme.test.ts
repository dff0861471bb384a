/**
 * Paper and storage in the building programme (issue 14 item 8): the storage line from filing
 * metres (staff × fm per staff × (1 − paperless share) × m² per fm) replaces the 13 % standard
 * when a scenario states its paper, exactly; a higher paperless target never needs more storage
 * (fast-check); without paper the programme is the one it always was; bad input names its path.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../engine/inputError.js';
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { buildProgramme, type ProgrammeInput } from '../../scenarios/programme/buildProgramme.js';
import { paperStorage } from '../../scenarios/programme/paperStorage.js';
import { CIRCULATION_SHARE, STORAGE_SHARE_OF_OFFICE } from '../../scenarios/programme/programmeRules.js';
import { loadScenario, runScenario } from '../../scenarios/study/index.js';
import { validateScenario } from '../../scenarios/validateScenario.js';

let run: ScenarioRunResult;
beforeAll(async () => {
  run = await runScenario(await loadScenario('scenarios/library/wards/sapporo-minami-dx-abw.json'), {
    replications: 2,
    seed: 1,
    workers: 0,
  });
}, 60_000);

const today = {
  wardOfficeM2: 3000,
  complexM2: 7500,
  partsAddUp: true,
  healthCentreM2: 1400,
  wardCentreM2: 3000,
  otherM2: null,
};
const centres = {
  healthCentre: 'given',
  wardCentre: 'given',
  healthCentrePerResidentM2: 0.01,
  wardCentrePerResidentM2: 0.02,
} as const;

function programmeWith(paper?: { filingMPerStaff: number; paperlessShare: number; storageM2PerFilingM: number }) {
  const w = run.workplace;
  if (w === undefined) throw new Error('expected a workplace part');
  const withPaper =
    paper === undefined ? run : { ...run, workplace: { ...w, paper: paperStorage(paper, w.staff.total) } };
  const input: ProgrammeInput = {
    run: withPaper,
    deskRule: 'simulated',
    today,
    population: 135_748,
    centres,
    bandShare: 0.05,
  };
  return buildProgramme(input);
}
const storageOf = (p: ReturnType<typeof programmeWith>) => p.rows.filter((r) => r.item === 'storage');

describe('storage from paper', () => {
  it('is arithmetic: 300 staff × 8.4 fm = 2,520 fm, −50 % → 1,260 fm, × 0.25 m² = 315 m² (630 today)', () => {
    const s = paperStorage({ filingMPerStaff: 8.4, paperlessShare: 0.5, storageM2PerFilingM: 0.25 }, 300);
    expect(s.filingMToday).toBeCloseTo(2520, 9);
    expect(s.filingMKept).toBeCloseTo(1260, 9);
    expect(s.storageM2Today).toBeCloseTo(630, 9);
    expect(s.storageM2).toBeCloseTo(315, 9);
  });

  it('replaces the 13 % standard; the total moves by the storage difference plus its circulation', () => {
    const base = programmeWith();
    const paper = programmeWith({ filingMPerStaff: 8.4, paperlessShare: 0.5, storageM2PerFilingM: 0.25 });
    const staff = run.workplace?.staff.total ?? 0;
    const [s0] = storageOf(base);
    const [s1] = storageOf(paper);
    expect(storageOf(paper)).toHaveLength(1);
    expect(s0.rule).toBe('storage-13pct');
    const desks = base.rows
      .filter((r) => r.item === 'desks' || r.item === 'touchdown')
      .reduce((a, r) => a + (r.areaM2.mean ?? 0), 0);
    expect(s0.areaM2.mean).toBeCloseTo(STORAGE_SHARE_OF_OFFICE * desks, 9);
    expect(s1).toMatchObject({
      rule: 'storage-filing-metres',
      basis: 'input',
      m2PerUnit: 0.25,
      units: { mean: staff * 8.4 * 0.5, ci95: 0 },
    });
    expect(s1.areaM2.mean).toBeCloseTo(staff * 8.4 * 0.5 * 0.25, 9);
    const delta = (s1.areaM2.mean ?? 0) - (s0.areaM2.mean ?? 0);
    expect((paper.wardOfficeM2.mean ?? 0) - (base.wardOfficeM2.mean ?? 0)).toBeCloseTo(
      delta * (1 + CIRCULATION_SHARE),
      6,
    );
    expect(paper.wardOfficeM2.ci95).toBeCloseTo(
      (base.wardOfficeM2.ci95 ?? 0) - (s0.areaM2.ci95 ?? 0) * (1 + CIRCULATION_SHARE),
      6,
    );
  });

  it('a higher paperless target never needs more storage or a larger office; rows add up (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }).map((n) => n / 10),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 100 }).map((n) => n / 100),
        (perStaff, a, b, m2) => {
          const [lo, hi] = [Math.min(a, b) / 100, Math.max(a, b) / 100];
          const p0 = programmeWith({ filingMPerStaff: perStaff, paperlessShare: lo, storageM2PerFilingM: m2 });
          const p1 = programmeWith({ filingMPerStaff: perStaff, paperlessShare: hi, storageM2PerFilingM: m2 });
          expect(storageOf(p1)[0].areaM2.mean ?? 0).toBeLessThanOrEqual((storageOf(p0)[0].areaM2.mean ?? 0) + 1e-9);
          expect(p1.wardOfficeM2.mean ?? 0).toBeLessThanOrEqual((p0.wardOfficeM2.mean ?? 0) + 1e-9);
          const rows = p1.rows.reduce((s, r) => s + (r.areaM2.mean ?? 0), 0);
          expect(rows).toBeCloseTo(p1.wardOfficeM2.mean ?? NaN, 6);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('bad paper input and a bad telework cap name their path, value and expectation (WSM_SCENARIO_INVALID)', () => {
    const part = {
      roles: { backOffice: { arrive: '9:00', stayMin: { dist: 'deterministic', value: 480 } } },
      departments: [{ id: 'd', headcount: { backOffice: 3 } }],
      zones: [{ id: 'z', departments: ['d'], desks: 3 }],
      telework: { capPersonsPerDay: -1 },
      satelliteOffice: { seatsPerDay: 2.5, share: 0.1 },
      paper: { filingMPerStaff: 8, paperlessShare: 1.5, storageM2PerFilingM: 0 },
    };
    let error: unknown;
    try {
      validateScenario({ name: 'bad', workplace: part });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues.map((i) => `${i.path}: ${i.message} [${i.code}]`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^workplace\.telework\.capPersonsPerDay: expected .*-1 \[WSM_SCENARIO_INVALID\]$/),
        expect.stringMatching(/^workplace\.satelliteOffice\.seatsPerDay: expected .*2\.5 \[WSM_SCENARIO_INVALID\]$/),
        expect.stringMatching(/^workplace\.paper\.paperlessShare: expected .*1\.5 \[WSM_SCENARIO_INVALID\]$/),
        expect.stringMatching(/^workplace\.paper\.storageM2PerFilingM: expected .*0 \[WSM_SCENARIO_INVALID\]$/),
      ]),
    );
  });
});
