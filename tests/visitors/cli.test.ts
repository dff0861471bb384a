import { describe, expect, it } from 'vitest';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';
import type { ScenarioRunResult, StaffingPlanResult } from '../../engine/results/index.js';

const fixture = (name: string) => `tests/visitors/fixtures/${name}.json`;

describe('wardsim run and wardsim staff on visitor scenarios', () => {
  it('refuses a bad scenario with one path-precise line per problem, its code and exit code 2', async () => {
    const bad = await wardsim(['run', fixture('bad-all'), '--replications', '2', '--workers', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n').sort()).toEqual(
      [
        "visitors.procedures: expected the procedures' shares to sum to 1, got 0.9 (procedures[0].share 0.6 + procedures[1].share 0.3) [WSM_SCENARIO_INVALID]",
        'visitors.procedures[0].steps[1].department: department "child" has no counters (departments[1].counters is 0), but this procedure needs it [WSM_SCENARIO_INVALID]',
        'visitors.procedures[0].steps[0].serviceMin.mean: expected > 0, got -5 [WSM_SCENARIO_INVALID]',
        'visitors.departments[0].staff: no counter staff from 12:00 to 13:00 while visitors still arrive (to allow a closed span, set visitors.departments[0].whenClosed to "wait", "redirect" or "leave") [WSM_SCENARIO_INVALID]',
      ].sort(),
    );
    const json = await wardsimJson<{ kind: string; errors: { code: string; path: string; message: string }[] }>([
      'run',
      fixture('bad-all'),
      '--workers',
      '0',
    ]);
    expect(json.code).toBe(2);
    expect(json.json.kind).toBe('error');
    expect(json.json.errors).toHaveLength(4);
    expect(resultProblems(json.json)).toEqual([]);
  });

  it('run prints tables and the scenario-run document with the envelope, per-replication KPIs and rows with units in their names', async () => {
    const text = await wardsim([
      'run',
      'scenarios/library/sapporo-kita-peak.json',
      '--replications',
      '4',
      '--workers',
      '0',
      '--part',
      'visitors',
    ]);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/wait \(min\)\s+\d+\.\d ± \d+\.\d/);
    expect(text.stdout).toMatch(/By hour of arrival/);
    expect(text.stdout).toMatch(/Moving notifications/);

    const { code, json } = await wardsimJson<ScenarioRunResult>([
      'run',
      'scenarios/library/sapporo-kita-normal.json',
      '--replications',
      '6',
      '--seed',
      '3',
      '--workers',
      '2',
      '--part',
      'visitors',
    ]);
    expect(code).toBe(0);
    expect(resultProblems(json)).toEqual([]);
    expect(json).toMatchObject({
      kind: 'scenario-run',
      formatVersion: 1,
      seed: 3,
      replications: 6,
      workers: 2,
      stoppedBy: 'count',
      stoppingRule: { type: 'fixed', replications: 6 },
    });
    expect(json.inputHash).toMatch(/^[0-9a-f]{16}$/);
    const v = json.visitors;
    if (v === undefined) throw new Error('no visitors block');
    expect(v.byHour[0]).toMatchObject({
      hour: '08:00',
      waitP90Min: { mean: expect.any(Number), ci95: expect.any(Number) },
    });
    expect(v.byInterval).toHaveLength(34);
    expect(v.byInterval[0].start).toBe('08:45');
    expect(json.replicationKpis.waitMeanMin).toHaveLength(6);
    expect(Object.keys(json.kpis)).toContain('serviceLevel');
  });

  it('staff: --help, exit 2 on a bad flag, and a table with Erlang C next to the simulation', async () => {
    const [help, badFlag, text] = await Promise.all([
      wardsim(['staff', '--help']),
      wardsim(['staff', fixture('valid'), '--interval', '20']),
      wardsim([
        'staff',
        fixture('valid'),
        '--target',
        '0.8',
        '--within',
        '15',
        '--interval',
        '60',
        '--replications',
        '6',
        '--workers',
        '0',
      ]),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--target P/);
    expect(help.stdout).toMatch(/--interval N/);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--interval: expected 15, 30, 60, got 20 \[WSM_FLAG_INVALID\]/);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Staff \(EC → sim\)/);
    expect(text.stdout).toMatch(/08:45\s+\d+ → \d+\s+\d+ → \d+/);
    // The fixture's 6 resident counters cannot carry the target: the plan stays within them and says the shortfall.
    expect(text.stdout).toMatch(/more staff at a counter than it has positions/);
    expect(text.stdout).toMatch(/^resident +\d\d:\d\d .* +6 +\d+ +\+\d+$/m);
    const json = await wardsimJson<StaffingPlanResult>([
      'staff',
      fixture('valid'),
      '--interval',
      '60',
      '--replications',
      '4',
      '--workers',
      '0',
    ]);
    expect(json.code).toBe(0);
    expect(resultProblems(json.json)).toEqual([]);
    expect(json.json.kind).toBe('staffing-plan');
  });
});
