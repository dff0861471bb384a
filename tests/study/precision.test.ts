import { describe, expect, it } from 'vitest';
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { wardsim, wardsimJson } from '../cliHarness.js';

describe('run --precision', () => {
  it('adds replications until the watched KPIs are within 2 % of their means, stops by the rule and says so', async () => {
    const { code, json } = await wardsimJson<ScenarioRunResult>([
      'run',
      'scenarios/library/sapporo-kita-peak.json',
      '--part',
      'visitors',
      '--precision',
      '0.02',
    ]);
    expect(code).toBe(0);
    expect(json.stoppedBy).toBe('precision');
    expect(json.stoppingRule).toMatchObject({
      type: 'precision',
      relativeHalfWidth: 0.02,
      minReplications: 10,
      maxReplications: 1000,
    });
    if (json.stoppingRule.type !== 'precision') throw new Error('not a precision rule');
    for (const id of json.stoppingRule.kpis) {
      const k = json.kpis[id];
      expect(k.ci95 as number, id).toBeLessThanOrEqual(0.02 * Math.abs(k.mean as number));
    }
    expect(json.replicationKpis.waitMeanMin).toHaveLength(json.replications);
    const text = await wardsim([
      'run',
      'scenarios/library/sapporo-kita-peak.json',
      '--part',
      'visitors',
      '--precision',
      '0.02',
    ]);
    expect(text.stdout).toMatch(/stopped by the precision rule/);
    expect(text.stdout).toMatch(/precision rule: every watched KPI .* within ±2\.0% of its mean/);
  });

  it('says when the maximum came first', async () => {
    const { json } = await wardsimJson<ScenarioRunResult>([
      'run',
      'scenarios/library/sapporo-kita-peak.json',
      '--part',
      'visitors',
      '--precision',
      '0.001',
      '--replications',
      '12',
    ]);
    expect(json.stoppedBy).toBe('maxReplications');
    expect(json.replications).toBe(12);
  });
});
