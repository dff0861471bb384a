import { describe, expect, it } from 'vitest';
import type { ScenarioRunResult, WorkplaceSizingResult } from '../../engine/results/index.js';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';

const KITA = 'scenarios/library/sapporo-kita-office.json';
const BAD = 'tests/workplace/fixtures/bad-workplace.json';

describe('wardsim size', () => {
  it('prints one JSON document with the answers, the curves behind them, the telework sweep and the provenance of the numbers', async () => {
    const {
      code,
      json: out,
      stderr,
    } = await wardsimJson<WorkplaceSizingResult>(['size', KITA, '--replications', '4', '--sweep', '--workers', '0']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(resultProblems(out)).toEqual([]);
    expect(out).toMatchObject({
      kind: 'workplace-sizing',
      scenario: { id: 'sapporo-kita-office' },
      seed: 1,
      replications: 4,
      alpha: 0.05,
      beta: 0.1,
      daysPerReplication: 245,
    });
    expect(out.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(out.inputHash).toMatch(/^[0-9a-f]{16}$/);
    expect(out.scenario.inputHash).toMatch(/^[0-9a-f]{16}$/);
    expect(out.wallMs).toBeGreaterThan(0);
    expect(out.desks.zones.map((z) => z.id)).toEqual(['koseki', 'nenkin', 'fukushi', 'hogo', 'somu']);
    for (const z of out.desks.zones) {
      expect(z.curve).toHaveLength(z.staff + 1);
      expect(z.curve[z.desksNeeded].mean).toBeLessThanOrEqual(0.05);
      if (z.desksNeeded > 0) expect(z.curve[z.desksNeeded - 1].mean).toBeGreaterThan(0.05);
      expect(z.desksNeededUpper).toBeGreaterThanOrEqual(z.desksNeeded);
      expect(z.desksNeededAttendanceBound).toBeGreaterThanOrEqual(z.desksNeeded);
    }
    for (const s of out.spaces.items) {
      expect(s.curve).toHaveLength(out.spaces.maxUnits + 1);
      expect(s.unitsNeeded).not.toBeNull();
    }
    expect(Object.keys(out.spaceDemand).sort()).toEqual([
      'booths1p',
      'boothsGroup',
      'desksByDepartment',
      'desksByZone',
      'focusSeats',
      'meetingRoomsBySize',
    ]);
    // The 2F zone is shared by 保健福祉 and 子育て: by zone; the others by their one department.
    expect(Object.keys(out.spaceDemand.desksByZone ?? {})).toEqual(['fukushi']);
    expect(Object.keys(out.spaceDemand.desksByDepartment ?? {})).toEqual([
      'koseki-jumin',
      'hoken-nenkin',
      'seikatsu-hogo',
      'somu',
    ]);
    const rows = out.sweep?.rows ?? [];
    expect(rows.map((row) => row.remoteShare)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    const totals = rows.map((row) => row.desksNeededTotal);
    totals.slice(1).forEach((t, i) => expect(t).toBeLessThanOrEqual(totals[i]));
    // The 北区 office teleworks one day a week: 20 % of eligible staff; the sweep row agrees with the main answer.
    expect(rows[2].desksNeededTotal).toBe(out.desks.totalNeeded);
  });

  it('prints the sizing tables and curves as text, in English or Japanese (names, not ids)', async () => {
    const en = await wardsim(['size', KITA, '--replications', '3', '--workers', '0']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Desks per zone/);
    expect(en.stdout).toMatch(/Curves: desks → P\(shortage day\)/);
    expect(en.stdout).toMatch(/Curves: units → P\(blocked\)/);
    expect(en.stdout).toMatch(/1F Family Register\s+68\s+58\s+0\.\d{3} ± 0\.\d{3}/);
    const ja = await wardsim(['size', KITA, '--replications', '3', '--lang', 'ja', '--workers', '0']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/ゾーン別の必要座席数/);
    expect(ja.stdout).toMatch(/満室確率/);
    expect(ja.stdout).toMatch(/1F 戸籍住民エリア/);
    expect(ja.stdout).not.toMatch(/\bkoseki\b|\bbooth1\b/);
  });

  it('gives path-precise errors for negative desks, a zone naming a department that does not exist and a preference naming an unknown space (exit 2)', async () => {
    for (const command of ['size', 'run']) {
      const r = await wardsim([command, BAD]);
      expect(r.code, command).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines).toEqual(
        expect.arrayContaining([
          'workplace.zones[0].desks: expected ≥ 0, got -3 [WSM_SCENARIO_INVALID]',
          expect.stringMatching(
            /^workplace\.zones\[1\]\.departments\[1\]: expected the id of a department \(koseki, nenkin\), got "kokuseki" \[WSM_SCENARIO_INVALID\]$/,
          ),
          expect.stringMatching(
            /^workplace\.roles\.backOffice\.activities\[0\]\.spaces\[1\]: expected the id of a space \(booth1\), got "booth9" \[WSM_SCENARIO_INVALID\]$/,
          ),
        ]),
      );
    }
  });

  it('refuses bad flags and a scenario without a workplace with exit 2 and a code, and has --help', async () => {
    for (const [args, code] of [
      [['size', KITA, '--alpha', '2'], 'WSM_FLAG_INVALID'],
      [['size', KITA, '--replications', '1'], 'WSM_FLAG_INVALID'],
      [['size', 'no-such-file.json'], 'WSM_FILE_UNREADABLE'],
      [['size', 'tests/visitors/fixtures/valid.json'], 'WSM_PART_MISSING'],
      [['size', KITA, '--bogus'], 'WSM_USAGE'],
    ] as const) {
      const r = await wardsimJson<{ kind: string; errors: { code: string }[] }>([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.json.errors[0].code, args.join(' ')).toBe(code);
    }
    const usage = await wardsim(['size', KITA, '--bogus']);
    expect(usage.stderr.trim().split('\n')).toEqual([
      "wardsim: Unknown option '--bogus' [WSM_USAGE]",
      'Usage: wardsim size <scenario.json> [options]',
    ]);
    const help = await wardsim(['size', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--alpha A/);
    expect(help.stdout).toMatch(/--sweep/);
    expect((await wardsim(['--help'])).stdout).toMatch(/size\s+size desks/);
  });
});

describe('with a linked floor plan', () => {
  const PLAN = 'tests/workplace/fixtures/kita-office-option-b.json';

  it('run takes desks and spaces from the plan and holds what the office needs against the plan’s areas; size sizes the plan’s zones', async () => {
    const r = await wardsim(['run', PLAN, '--replications', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/hold the same department/);
    expect(r.stdout).toMatch(/== Area check/);
    expect(r.stdout).toMatch(/desks\s+Family Register and Residents office \(1F\)/);
    const s = await wardsimJson<WorkplaceSizingResult>(['size', PLAN, '--replications', '2', '--workers', '0']);
    expect(s.code).toBe(0);
    expect(s.json.planNotes.length).toBeGreaterThan(0);
    expect(s.json.desks.zones.map((z) => z.id)).toContain('office-koseki-jumin-1F');
  });
});

describe('wardsim run with a workplace part', () => {
  it('prints figures with 95% confidence intervals per zone, weekday, space and activity, stamped with version, hashes, seed, replications and wall time', async () => {
    const { code, json, stderr } = await wardsimJson<ScenarioRunResult>([
      'run',
      KITA,
      '--replications',
      '3',
      '--part',
      'workplace',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(resultProblems(json)).toEqual([]);
    expect(json).toMatchObject({ seed: 1, replications: 3 });
    for (const key of ['engineVersion', 'inputHash', 'wallMs'] as const) expect(json[key], key).toBeDefined();
    const w = json.workplace;
    if (w === undefined) throw new Error('no workplace block');
    expect(w.daysPerReplication).toBe(245);
    const koseki = w.zones.find((z) => z.id === 'koseki');
    if (koseki === undefined) throw new Error('no koseki zone');
    for (const group of ['all', 'mon', 'tue', 'wed', 'thu', 'fri'] as const) {
      for (const figure of [
        'pShortageDayWithOverflow',
        'shortagePersonMinPerDay',
        'peakDemandMean',
        'peakDemandP95',
        'deskUtilization',
      ] as const) {
        expect(Object.keys(koseki.figures[group][figure]).sort(), `${group}.${figure}`).toEqual(['ci95', 'mean']);
      }
    }
    const shares = Object.values(koseki.peakDemandDistribution.all);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const room8 = w.spaces.find((s) => s.id === 'room8');
    for (const figure of ['pBlocked', 'utilization', 'seatUtilization', 'usesPerDay'] as const)
      expect(room8?.figures.all[figure].mean, figure).toBeGreaterThanOrEqual(0);
    expect(
      w.activities.find((a) => a.kind === 'phoneCall')?.figures.all.fallbackDeskPerDay.mean,
    ).toBeGreaterThanOrEqual(0);
    const sd = w.staffDaysTotal;
    expect(sd.absent + sd.remote + sd.fieldAllDay + sd.office).toBe(sd.total);
    expect(sd.total).toBe(300 * 245 * 3);
  });

  it('prints the workplace summary as text in Japanese', async () => {
    const r = await wardsim(['run', KITA, '--replications', '2', '--lang', 'ja', '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/== 執務空間 ==/);
    expect(r.stdout).toMatch(/不足日の確率/);
    expect(r.stdout).toMatch(/Web会議/);
  });
});
