import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ComparisonResult } from '../../engine/results/index.js';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';

const PEAK = 'scenarios/library/sapporo-kita-peak.json';
const CURRENT = 'scenarios/library/sapporo-kita-peak-current-plan.json';
const OPTION_A = 'scenarios/library/sapporo-kita-peak-option-a.json';

describe('wardsim compare', () => {
  it('compares a scenario with itself to exactly zero: every paired difference and its CI is 0', async () => {
    const { code, json } = await wardsimJson<ComparisonResult>([
      'compare',
      PEAK,
      PEAK,
      '--replications',
      '8',
      '--workers',
      '2',
    ]);
    expect(code).toBe(0);
    expect(resultProblems(json)).toEqual([]);
    const metrics = Object.values(json.variants[0].metrics);
    expect(metrics.length).toBeGreaterThan(10);
    for (const m of metrics) {
      expect(m.diff.mean).toBe(0);
      expect(m.diff.ci95).toBe(0);
      expect(m.verdict).toBe('no-difference');
    }
  });

  it('pairs the 北区 peak day with option A on the same days: the paired half-width of the mean-wait difference is smaller than the unpaired one', async () => {
    const { code, json } = await wardsimJson<ComparisonResult>([
      'compare',
      CURRENT,
      OPTION_A,
      '--replications',
      '30',
      '--part',
      'visitors',
    ]);
    expect(code).toBe(0);
    const wait = json.variants[0].metrics.waitMeanMin;
    expect(wait.diff.n).toBe(30);
    expect(wait.diff.ci95 as number).toBeLessThan(wait.unpairedCi95 as number);
    // The difference of means equals the mean of differences on common replications.
    expect(wait.diff.mean as number).toBeCloseTo((wait.variant.mean as number) - (wait.base.mean as number), 9);
    expect(json.base.serviceTarget?.status).toMatch(/^(meets|misses|uncertain)$/);
    expect(json.runs).toHaveLength(2);
  });

  it('takes variants from the base file: each merged over the base like extends, with its own name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wardsim-variants-'));
    const file = join(dir, 'base.json');
    writeFileSync(
      file,
      JSON.stringify({
        extends: 'library:sapporo-kita-peak',
        name: 'peak day',
        variants: [{ name: 'call-back 40 %', nameJa: '呼出し40%', visitors: { levers: { callback: { share: 0.4 } } } }],
      }),
    );
    const { code, json } = await wardsimJson<ComparisonResult>([
      'compare',
      file,
      '--replications',
      '6',
      '--part',
      'visitors',
    ]);
    expect(code).toBe(0);
    expect(json.base.name).toBe('peak day');
    expect(json.variants.map((v) => v.nameJa)).toEqual(['呼出し40%']);
    // Call-back empties the waiting area on the same days: fewer seats, paired and clear.
    expect(json.variants[0].metrics.waitingSeatsP95.verdict).toBe('better');
  });

  it('leads the text with a verdict per option', async () => {
    const r = await wardsim(['compare', CURRENT, OPTION_A, '--replications', '6', '--part', 'visitors']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.findIndex((l) => l === '== Verdict ==')).toBeLessThan(
      lines.findIndex((l) => l.includes(' vs base ==')),
    );
    expect(r.stdout).toMatch(/improves: .*walking \(min\)/);
    expect(r.stdout).toMatch(/service target \(80% within 30 min\): (meets|misses|uncertain)/);
    const ja = await wardsim([
      'compare',
      CURRENT,
      OPTION_A,
      '--replications',
      '4',
      '--part',
      'visitors',
      '--lang',
      'ja',
    ]);
    expect(ja.stdout).toMatch(/== 判定 ==/);
    expect(ja.stdout).toMatch(/改善: /);
  });

  it('refuses one scenario without variants (exit 2, WSM_COMPARE_INVALID)', async () => {
    const r = await wardsimJson<{ errors: { code: string }[] }>(['compare', PEAK]);
    expect(r.code).toBe(2);
    expect(r.json.errors[0].code).toBe('WSM_COMPARE_INVALID');
  });
});
