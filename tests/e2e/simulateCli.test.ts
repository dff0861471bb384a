import { describe, expect, it } from 'vitest';
import { mmc } from '../../engine/theory/index.js';
import { runCli } from './cliRunner.js';

describe('wardsim simulate', () => {
  it('prints one JSON object for the M/M/8 example, and Erlang C’s mean wait lies within its CI', () => {
    const r = runCli(['simulate', 'examples/mm8.json', '--json', '--replications', '10', '--seed', '1']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ replications: 10, seed: 1 });
    expect(out.events).toBeGreaterThan(1_000_000);
    expect(out.wallMs).toBeGreaterThan(0);
    const s = out.stations.counters;
    for (const key of ['waitMin', 'pWait', 'utilization', 'queueLength', 'sojournMin', 'pAbandon', 'pBlocked', 'served']) {
      expect(Object.keys(s[key]).sort(), key).toEqual(['ci95', 'mean']);
    }
    const theory = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
    expect(Math.abs(s.waitMin.mean - theory.meanWaitMin)).toBeLessThanOrEqual(s.waitMin.ci95);
    expect(Math.abs(s.pWait.mean - theory.pWait)).toBeLessThanOrEqual(s.pWait.ci95);
  });

  it('gives the same JSON numbers for 1 and 2 workers', () => {
    const strip = (text: string) => {
      const o = JSON.parse(text);
      delete o.wallMs;
      delete o.workers;
      return o;
    };
    const a = runCli(['simulate', 'examples/mm8.json', '--json', '--replications', '4', '--workers', '1']);
    const b = runCli(['simulate', 'examples/mm8.json', '--json', '--replications', '4', '--workers', '2']);
    expect(strip(b.stdout)).toEqual(strip(a.stdout));
  });

  it('prints a readable table by default', () => {
    const r = runCli(['simulate', 'examples/mm8.json', '--replications', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/counters\s+0\.\d\d ± 0\.\d\d/);
    expect(r.stdout).toMatch(/95% confidence half-width/);
  });

  it('prints one line per problem of a malformed model, with its path, and exits with 2', () => {
    const r = runCli(['simulate', 'tests/fixtures/models/malformed.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(
      expect.arrayContaining([
        'stations[0].serviceMin.mean: expected > 0, got -5',
        'stations[1].servers: required field is missing',
        expect.stringMatching(/^sources\[0\]\.to: expected the id of a station/),
        'stations[0].next: expected routing probabilities summing to at most 1, got 1.2',
      ]),
    );
    expect(r.stderr).not.toMatch(/\bat \w+ \(/); // no stack trace
  });

  it('explains a missing file, broken JSON and bad flags without a stack trace (exit 2)', () => {
    for (const args of [['simulate', 'no-such-file.json'], ['simulate', 'package-lock.json', '--replications', '0'], ['simulate', 'README.md'], ['simulate']]) {
      const r = runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.length).toBeGreaterThan(0);
      expect(r.stderr).not.toMatch(/\bat \w+ \(/);
    }
  });

  it('has --help for the tool and the command', () => {
    expect(runCli(['--help']).stdout).toMatch(/simulate/);
    const r = runCli(['simulate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--replications N/);
  });
});
