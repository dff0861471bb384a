import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resultProblems } from '../resultValidator.js';
import { runCli } from './cliRunner.js';

const PEAK = 'scenarios/library/sapporo-kita-peak.json';

describe('the real wardsim binary (one run per command; the rest of the CLI tests run in-process)', () => {
  it('runs every command, writes results to stdout and problems to stderr, and exits with the documented codes', async () => {
    const [help, version, unknown, simulate, run, compare, sweep, staff, size, floorplan, study] = await Promise.all([
      runCli(['--help']),
      runCli(['--version']),
      runCli(['frobnicate']),
      runCli(['simulate', 'examples/mm8.json', '--replications', '2', '--json']),
      runCli(['run', PEAK, '--replications', '2', '--part', 'visitors', '--json']),
      runCli([
        'compare',
        PEAK,
        'scenarios/library/sapporo-kita-peak-option-a.json',
        '--replications',
        '3',
        '--part',
        'visitors',
        '--json',
      ]),
      runCli([
        'sweep',
        PEAK,
        '--part',
        'visitors',
        '--set',
        'visitors.levers.callback.share=0,0.4',
        '--replications',
        '2',
        '--json',
      ]),
      runCli(['staff', 'tests/visitors/fixtures/valid.json', '--interval', '60', '--replications', '3', '--json']),
      runCli(['size', 'scenarios/library/sapporo-kita-office.json', '--replications', '2', '--json']),
      runCli(['floorplan', 'check', 'floorplans/library/kita-current.geojson', '--json']),
      runCli(['study', 'sapporo-city', '--wards', 'minami', '--replications', '2', '--json', '--no-report']),
    ]);
    expect(help.code).toBe(0);
    for (const name of [
      'run',
      'compare',
      'sweep',
      'staff',
      'size',
      'floorplan',
      'simulate',
      'study',
      'report',
      'serve',
    ])
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(2);
    for (const [name, r] of Object.entries({ simulate, run, compare, sweep, staff, size, study })) {
      expect(r.code, `${name}: ${r.stderr}`).toBe(0);
      expect(resultProblems(JSON.parse(r.stdout)), name).toEqual([]);
    }
    // The build precompiles the input schemas (scripts/buildValidators.ts): no schema compiled at start.
    for (const name of ['model', 'scenario', 'ward-facts'])
      expect(existsSync(`dist/engine/schema/validators.${name}.generated.cjs`), name).toBe(true);
    expect(floorplan.code).toBe(0);
    expect(JSON.parse(floorplan.stdout).ok).toBe(true);
  });
});
