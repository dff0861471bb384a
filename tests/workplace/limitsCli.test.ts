/**
 * The telework cap, the satellite office and paper storage through the CLI: `run` and `size`
 * show them in English and Japanese and carry them in a JSON result that meets its schema; the
 * library examples state them, and a scenario without them shows none of it.
 */
import { describe, expect, it } from 'vitest';
import type { ScenarioRunResult, WorkplaceSizingResult } from '../../engine/results/index.js';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';

const CAP = 'scenarios/library/sapporo-kita-office-telework-cap.json';
const PAPER = 'scenarios/library/sapporo-kita-office-paperless.json';
const KITA = 'scenarios/library/sapporo-kita-office.json';
const FAST = ['--replications', '2', '--workers', '0'];

describe('telework cap, satellite office and paper in run and size', () => {
  it('run --json carries the cap, the satellite office and conserved staff-days, valid by schema', async () => {
    const { code, json } = await wardsimJson<ScenarioRunResult>(['run', CAP, ...FAST, '--part', 'workplace']);
    expect(code).toBe(0);
    expect(resultProblems(json)).toEqual([]);
    const w = json.workplace;
    const a = w?.attendanceLimits;
    expect(a).toMatchObject({ teleworkCapPersonsPerDay: 25, satelliteSeatsPerDay: 6, satelliteShare: 0.05 });
    const f = a?.figures.all;
    expect((f?.teleworkRefusedPerDay.mean ?? 0) > 0).toBe(true);
    expect(f?.teleworkGrantedPerDay.mean ?? 99).toBeLessThanOrEqual(25);
    const sd = w?.staffDaysTotal;
    if (sd === undefined || a === undefined) throw new Error('expected a workplace block');
    expect(sd.absent + sd.remote + a.satelliteStaffDaysTotal + sd.fieldAllDay + sd.office).toBe(sd.total);
    expect(w?.paper).toBeUndefined();
  });

  it('run shows them as text in English and Japanese; a scenario without them does not', async () => {
    const en = await wardsim(['run', CAP, ...FAST, '--part', 'workplace']);
    expect(en.stdout).toContain('Telework cap 25 a day and satellite office 6 seats a day');
    expect(en.stdout).toMatch(/telework wanted\/day [\d.]+ ± [\d.]+, granted/);
    const ja = await wardsim(['run', CAP, ...FAST, '--part', 'workplace', '--lang', 'ja']);
    expect(ja.stdout).toContain('テレワーク上限 1日 25 人・サテライトオフィス 1日 6 席');
    expect(ja.stdout).toContain('上限で出勤');
    const plain = await wardsim(['run', KITA, ...FAST, '--part', 'workplace']);
    expect(plain.stdout).not.toContain('Telework cap');
    expect(plain.stdout).not.toContain('Paper and storage');
  });

  it('paper: storage m² = staff × fm/staff × (1 − paperless) × m²/fm, in run and size, both languages', async () => {
    const { json } = await wardsimJson<ScenarioRunResult>(['run', PAPER, ...FAST, '--part', 'workplace']);
    expect(resultProblems(json)).toEqual([]);
    expect(json.workplace?.paper).toEqual({
      staff: 300,
      filingMPerStaff: 8.4,
      paperlessShare: 0.5,
      storageM2PerFilingM: 0.25,
      filingMToday: 300 * 8.4,
      filingMKept: 300 * 8.4 * 0.5,
      storageM2Today: 300 * 8.4 * 0.25,
      storageM2: 300 * 8.4 * 0.5 * 0.25,
    });
    const ja = await wardsim(['run', PAPER, ...FAST, '--part', 'workplace', '--lang', 'ja']);
    expect(ja.stdout).toContain('書庫 315 m²（現在の文書量のままなら 630 m²）');
    const size = await wardsimJson<WorkplaceSizingResult>(['size', PAPER, ...FAST]);
    expect(resultProblems(size.json)).toEqual([]);
    expect(size.json.paper?.storageM2).toBeCloseTo(315, 9);
    const sizeEn = await wardsim(['size', PAPER, ...FAST]);
    expect(sizeEn.stdout).toContain('storage 315 m² (today');
  });

  it('size carries and shows the cap and the satellite office', async () => {
    const { code, json } = await wardsimJson<WorkplaceSizingResult>(['size', CAP, ...FAST]);
    expect(code).toBe(0);
    expect(resultProblems(json)).toEqual([]);
    expect(json.attendanceLimits?.teleworkCapPersonsPerDay).toBe(25);
    const ja = await wardsim(['size', CAP, ...FAST, '--lang', 'ja']);
    expect(ja.stdout).toContain('サテライトオフィス希望/日');
  });
});
