import { describe, expect, it } from 'vitest';
import type { SweepResult } from '../../engine/results/index.js';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';

const PEAK = 'scenarios/library/sapporo-kita-peak.json';

describe('wardsim sweep', () => {
  it('runs a 3 × 2 grid as 6 rows, each with its settings, on the same replications', async () => {
    const { code, json } = await wardsimJson<SweepResult>([
      'sweep',
      PEAK,
      '--part',
      'visitors',
      '--set',
      'visitors.levers.callback.share=0,0.2,0.4',
      '--set',
      'visitors.departments[id=koseki-ido].counters=14,16',
      '--replications',
      '4',
    ]);
    expect(code).toBe(0);
    expect(resultProblems(json)).toEqual([]);
    expect(json.rows).toHaveLength(6);
    expect(json.rows.map((r) => r.settings['visitors.levers.callback.share'])).toEqual([0, 0, 0.2, 0.2, 0.4, 0.4]);
    expect(json.rows.map((r) => r.settings['visitors.departments[id=koseki-ido].counters'])).toEqual([
      14, 16, 14, 16, 14, 16,
    ]);
    expect(new Set(json.rows.map((r) => r.inputHash)).size).toBe(6);
    // Call-back moves visitors out of the waiting area: fewer seats needed at the same counters.
    const seats = (cell: number) => json.rows[cell].kpis.waitingSeatsP95.mean as number;
    expect(seats(4)).toBeLessThan(seats(0));
  });

  it('names an unknown path, and a value of the wrong type, with exit 2', async () => {
    const unknown = await wardsim(['sweep', PEAK, '--set', 'visitors.levers.callbak.share=0,1']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^--set visitors\.levers\.callbak\.share: .*no visitors\.levers\.callbak \[WSM_SWEEP_PATH_UNKNOWN\]$/m,
    );
    const missing = await wardsim(['sweep', PEAK, '--set', 'visitors.departments[id=no-such].counters=1']);
    expect(missing.stderr).toMatch(/\[WSM_SWEEP_PATH_UNKNOWN\]/);
    const wrong = await wardsimJson<{ errors: { code: string; path: string; message: string }[] }>([
      'sweep',
      PEAK,
      '--set',
      'visitors.levers.callback.share=abc',
    ]);
    expect(wrong.code).toBe(2);
    expect(wrong.json.errors[0]).toMatchObject({
      code: 'WSM_SWEEP_VALUE_INVALID',
      path: 'visitors.levers.callback.share',
    });
    expect(wrong.json.errors[0].message).toMatch(/"abc"/);
  });

  it('caps the number of cells', async () => {
    const values = Array.from({ length: 15 }, (_, i) => i / 20).join(',');
    const r = await wardsimJson<{ errors: { code: string }[] }>([
      'sweep',
      PEAK,
      '--set',
      `visitors.levers.callback.share=${values}`,
      '--set',
      `visitors.levers.reservations.share=${values}`,
    ]);
    expect(r.code).toBe(2);
    expect(r.json.errors[0].code).toBe('WSM_SWEEP_TOO_MANY_CELLS');
  });
});
