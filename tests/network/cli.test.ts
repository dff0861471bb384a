import { describe, expect, it } from 'vitest';
import type { NetworkRunResult } from '../../engine/results/index.js';
import { mmc } from '../../engine/theory/index.js';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';

describe('wardsim simulate', () => {
  it('prints the network-run document for the M/M/8 example, and Erlang C’s mean wait lies within its CI', async () => {
    const {
      code,
      json: out,
      stderr,
    } = await wardsimJson<NetworkRunResult>(['simulate', 'examples/mm8.json', '--replications', '10', '--seed', '1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(resultProblems(out)).toEqual([]);
    expect(out).toMatchObject({
      kind: 'network-run',
      replications: 10,
      seed: 1,
      stoppingRule: { type: 'fixed', replications: 10 },
    });
    expect(out.events).toBeGreaterThan(1_000_000);
    expect(out.wallMs).toBeGreaterThan(0);
    const s = out.stations.find((x) => x.id === 'counters');
    if (s === undefined) throw new Error('no counters station');
    for (const key of [
      'waitMin',
      'pWait',
      'utilization',
      'queueLength',
      'sojournMin',
      'pAbandon',
      'pBlocked',
      'served',
    ] as const) {
      expect(Object.keys(s[key]).sort(), key).toEqual(['ci95', 'mean']);
    }
    const theory = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
    expect(Math.abs((s.waitMin.mean as number) - theory.meanWaitMin)).toBeLessThanOrEqual(s.waitMin.ci95 as number);
    expect(Math.abs((s.pWait.mean as number) - theory.pWait)).toBeLessThanOrEqual(s.pWait.ci95 as number);
    expect(out.replicationKpis['counters.waitMin']).toHaveLength(10);
  });

  it('gives the same JSON numbers for 1 and 2 workers', async () => {
    const strip = (o: Record<string, unknown>) => ({ ...o, wallMs: 0, workers: 0 });
    const a = await wardsimJson(['simulate', 'examples/mm8.json', '--replications', '4', '--workers', '1']);
    const b = await wardsimJson(['simulate', 'examples/mm8.json', '--replications', '4', '--workers', '2']);
    expect(strip(b.json)).toEqual(strip(a.json));
  });

  it('stops by the precision rule and says so', async () => {
    const { json } = await wardsimJson<NetworkRunResult>([
      'simulate',
      'examples/mm8.json',
      '--precision',
      '0.05',
      '--replications',
      '50',
    ]);
    expect(json.stoppedBy).toBe('precision');
    expect(json.stoppingRule).toMatchObject({ type: 'precision', relativeHalfWidth: 0.05, kpis: ['counters.waitMin'] });
    const w = json.stations[0].waitMin;
    expect(w.ci95 as number).toBeLessThanOrEqual(0.05 * (w.mean as number));
  });

  it('prints a readable table by default', async () => {
    const r = await wardsim(['simulate', 'examples/mm8.json', '--replications', '3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/counters\s+0\.\d\d ± 0\.\d\d/);
    expect(r.stdout).toMatch(/95% confidence half-width/);
  });

  it('prints one line per problem of a malformed model, with its path and code, and exits with 2', async () => {
    const r = await wardsim(['simulate', 'tests/fixtures/models/malformed.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toEqual(
      expect.arrayContaining([
        'stations[0].serviceMin.mean: expected > 0, got -5 [WSM_MODEL_INVALID]',
        'stations[1].servers: required field is missing [WSM_MODEL_INVALID]',
        expect.stringMatching(/^sources\[0\]\.to: expected the id of a station.*\[WSM_MODEL_INVALID\]$/),
        'stations[0].next: expected routing probabilities summing to at most 1, got 1.2 [WSM_MODEL_INVALID]',
      ]),
    );
  });

  it('explains a missing file, broken JSON and bad flags with a code (exit 2)', async () => {
    for (const [args, code] of [
      [['simulate', 'no-such-file.json'], 'WSM_FILE_UNREADABLE'],
      [['simulate', 'package-lock.json', '--replications', '0'], 'WSM_FLAG_INVALID'],
      [['simulate', 'README.md'], 'WSM_JSON_INVALID'],
      [['simulate'], 'WSM_USAGE'],
    ] as const) {
      const r = await wardsimJson<{ errors: { code: string }[] }>([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.json.errors[0].code, args.join(' ')).toBe(code);
    }
  });

  it('has --help for the tool and the command', async () => {
    expect((await wardsim(['--help'])).stdout).toMatch(/simulate/);
    const r = await wardsim(['simulate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--replications N/);
  });
});
