import { describe, expect, it } from 'vitest';
import { runCli } from '../e2e/cliRunner.js';

const KITA = 'scenarios/library/sapporo-kita-office.json';
const BAD = 'tests/workplace/fixtures/bad-workplace.json';

describe('wardsim size', () => {
  it('prints one JSON object with the answers, the curves behind them, the telework sweep and the provenance of the numbers', () => {
    const r = runCli(['size', KITA, '--json', '--replications', '4', '--sweep', '--workers', '0']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ scenario: 'sapporo-kita-office', seed: 1, replications: 4, alpha: 0.05, beta: 0.1, daysPerReplication: 245 });
    expect(out.engineVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(out.scenarioHash).toMatch(/^[0-9a-f]{16}$/);
    expect(out.inputHash).toMatch(/^[0-9a-f]{16}$/);
    expect(out.wallMs).toBeGreaterThan(0);
    expect(out.desks.zones.map((z: { id: string }) => z.id)).toEqual(['koseki', 'nenkin', 'fukushi', 'hogo', 'somu']);
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
    expect(Object.keys(out.spaceDemand).sort()).toEqual(['booths1p', 'boothsGroup', 'desksByDepartment', 'desksByZone', 'focusSeats', 'meetingRoomsBySize']);
    // The 2F zone is shared by 保健福祉 and 子育て: by zone; the others by their one department.
    expect(Object.keys(out.spaceDemand.desksByZone)).toEqual(['fukushi']);
    expect(Object.keys(out.spaceDemand.desksByDepartment)).toEqual(['koseki-jumin', 'hoken-nenkin', 'seikatsu-hogo', 'somu']);
    expect(out.sweep.rows.map((row: { remoteShare: number }) => row.remoteShare)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    const totals = out.sweep.rows.map((row: { desksNeededTotal: number }) => row.desksNeededTotal);
    totals.slice(1).forEach((t: number, i: number) => expect(t).toBeLessThanOrEqual(totals[i]));
    // The 北区 office teleworks one day a week: 20 % of eligible staff; the sweep row agrees with the main answer.
    expect(out.sweep.rows[2].desksNeededTotal).toBe(out.desks.totalNeeded);
  });

  it('prints the sizing tables and curves as text, in English or Japanese', () => {
    const en = runCli(['size', KITA, '--replications', '3', '--workers', '0']);
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/Desks per zone/);
    expect(en.stdout).toMatch(/Curves: desks → P\(shortage day\)/);
    expect(en.stdout).toMatch(/Curves: units → P\(blocked\)/);
    expect(en.stdout).toMatch(/koseki\s+68\s+58\s+0\.\d{3} ± 0\.\d{3}/);
    const ja = runCli(['size', KITA, '--replications', '3', '--lang', 'ja', '--workers', '0']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/ゾーン別の必要座席数/);
    expect(ja.stdout).toMatch(/満室確率/);
  });

  it('gives path-precise errors for negative desks, a zone naming a department that does not exist and a preference naming an unknown space (exit 2)', () => {
    for (const command of ['size', 'run']) {
      const r = runCli([command, BAD]);
      expect(r.code, command).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines).toEqual(
        expect.arrayContaining([
          'workplace.zones[0].desks: expected >= 0, got -3',
          expect.stringMatching(/^workplace\.zones\[1\]\.departments\[1\]: expected the id of a department \(koseki, nenkin\), got "kokuseki"$/),
          expect.stringMatching(/^workplace\.roles\.backOffice\.activities\[0\]\.spaces\[1\]: expected the id of a space \(booth1\), got "booth9"$/),
        ]),
      );
      expect(r.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
    }
  });

  it('refuses bad flags and a scenario without a workplace with exit 2, and has --help', () => {
    for (const args of [
      ['size', KITA, '--alpha', '2'],
      ['size', KITA, '--replications', '1'],
      ['size', 'no-such-file.json'],
      ['size', 'examples/mm8.json'],
    ]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\bat \w+ \(/);
    }
    const help = runCli(['size', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--alpha A/);
    expect(help.stdout).toMatch(/--sweep/);
    expect(runCli(['--help']).stdout).toMatch(/size\s+size desks/);
  });
});

describe('with a linked floor plan', () => {
  const PLAN = 'tests/workplace/fixtures/kita-office-option-b.json';

  it('run takes desks and spaces from the plan and holds what the office needs against the plan’s areas; size sizes the plan’s zones', () => {
    const r = runCli(['run', PLAN, '--replications', '2']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Desks and spaces from the plan /);
    expect(r.stdout).toMatch(/office-koseki-jumin-1F/);
    expect(r.stdout).toMatch(/== Area check/);
    expect(r.stdout).toMatch(/desks\s+koseki-jumin/);
    const s = runCli(['size', PLAN, '--replications', '2', '--json', '--workers', '0']);
    expect(s.code).toBe(0);
    const out = JSON.parse(s.stdout);
    expect(out.plan.notes.length).toBeGreaterThan(0);
    expect(out.desks.zones.map((z: { id: string }) => z.id)).toContain('office-koseki-jumin-1F');
  });
});

describe('wardsim run with a workplace part', () => {
  it('prints figures with 95% confidence intervals per zone, weekday, space and activity, stamped with version, hashes, seed, replications and wall time', () => {
    const r = runCli(['run', KITA, '--json', '--replications', '3', '--part', 'workplace']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const w = JSON.parse(r.stdout).workplace;
    expect(w).toMatchObject({ seed: 1, replications: 3, daysPerReplication: 245 });
    for (const key of ['engineVersion', 'scenarioHash', 'inputHash', 'wallMs']) expect(w[key], key).toBeDefined();
    const koseki = w.zones.koseki;
    for (const group of ['all', 'mon', 'tue', 'wed', 'thu', 'fri']) {
      for (const figure of ['pShortageDay', 'shortagePersonMinPerDay', 'peakDemandMean', 'peakDemandP95', 'deskUtilization']) {
        expect(Object.keys(koseki.figures[group][figure]).sort(), `${group}.${figure}`).toEqual(['ci95', 'mean']);
      }
    }
    const shares = Object.values(koseki.peakDemandDistribution.all as Record<string, number>);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (const figure of ['pBlocked', 'utilization', 'seatUtilization', 'usesPerDay']) expect(w.spaces.room8.figures.all[figure].mean, figure).toBeGreaterThanOrEqual(0);
    expect(w.activities.phoneCall.all.fallbackDeskPerDay.mean).toBeGreaterThanOrEqual(0);
    const sd = w.staffDaysTotal;
    expect(sd.absent + sd.remote + sd.fieldAllDay + sd.office).toBe(sd.total);
    expect(sd.total).toBe(300 * 245 * 3);
  });

  it('prints the workplace summary as text in Japanese', () => {
    const r = runCli(['run', KITA, '--replications', '2', '--lang', 'ja', '--workers', '0']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/== 執務空間 ==/);
    expect(r.stdout).toMatch(/座席不足日の確率/);
    expect(r.stdout).toMatch(/Web会議/);
  });
});
