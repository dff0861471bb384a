import { describe, expect, it } from 'vitest';
import { runCliAsync } from './cliAsync.js';

const fixture = (name: string) => `tests/visitors/fixtures/${name}.json`;

describe('wardsim run and wardsim staff on visitor scenarios', () => {
  it('refuses a bad scenario with one path-precise line per problem and exit code 2; run prints tables and stamped JSON', async () => {
    const [bad, text, json] = await Promise.all([
      runCliAsync(['run', fixture('bad-all'), '--replications', '2', '--workers', '0']),
      runCliAsync(['run', 'scenarios/library/sapporo-kita-peak.json', '--replications', '4', '--workers', '0']),
      runCliAsync(['run', 'scenarios/library/sapporo-kita-normal.json', '--json', '--replications', '6', '--seed', '3', '--workers', '2']),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n').sort()).toEqual(
      [
        "visitors.procedures: expected the procedures' shares to sum to 1, got 0.9 (procedures[0].share 0.6 + procedures[1].share 0.3)",
        'visitors.procedures[0].steps[1].department: department "child" has no counters (departments[1].counters is 0), but this procedure needs it',
        'visitors.procedures[0].steps[0].serviceMin.mean: expected > 0, got -5',
        'visitors.departments[0].staff: no counter staff from 12:00 to 13:00 while visitors still arrive',
      ].sort(),
    );
    expect(bad.stderr).not.toMatch(/\bat \w+ \(/);

    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/wait \(min\)\s+\d+\.\d ± \d+\.\d/);
    expect(text.stdout).toMatch(/By hour of arrival/);
    expect(text.stdout).toMatch(/Moving notifications/);

    expect(json.code, json.stderr).toBe(0);
    const v = JSON.parse(json.stdout).visitors;
    expect(v).toMatchObject({ engineVersion: expect.any(String), scenarioHash: expect.stringMatching(/^[0-9a-f]{16}$/), seed: 3, replications: 6, workers: 2 });
    expect(v.wallMs).toBeGreaterThan(0);
    expect(Object.keys(v.summary.waitMin).sort()).toEqual(['max', 'mean', 'p50', 'p90', 'p95']);
    expect(v.summary.waitMin.p90).toMatchObject({ mean: expect.any(Number), ci95: expect.any(Number) });
    expect(v.labels.intervals[0]).toBe('08:45');
    expect(v.summary.byInterval.serviceLevel).toHaveLength(34);
  });

  it('staff: --help, exit 2 on a bad flag, and a table with Erlang C next to the simulation', async () => {
    const [help, badFlag, text] = await Promise.all([
      runCliAsync(['staff', '--help']),
      runCliAsync(['staff', fixture('valid'), '--interval', '20']),
      runCliAsync(['staff', fixture('valid'), '--target', '0.8', '--within', '15', '--interval', '60', '--replications', '6', '--workers', '0']),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--target P/);
    expect(help.stdout).toMatch(/--interval N/);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--interval: expected 15, 30 or 60, got 20/);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/Staff \(EC → sim\)/);
    expect(text.stdout).toMatch(/08:45\s+\d+ → \d+\s+\d+ → \d+/);
    expect(text.stdout).toMatch(/Every interval meets both targets/);
  });
});
