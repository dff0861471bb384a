/**
 * The report's decisions page shows the telework cap and satellite office (granted vs refused,
 * satellite use, the change at the main office) and paper storage for the options that state
 * them, in Japanese and English, and leaves both tables out for an option without them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioRunResult } from '../../../engine/results/index.js';
import { loadScenario, runScenario } from '../../../scenarios/study/index.js';
import { renderReport } from '../../../viz/report/renderReport.js';

const ctx = (lang: 'ja' | 'en') => ({ lang, command: 'test', generatedAt: '2026-01-01T00:00:00Z', commit: null });
const runOf = async (file: string) =>
  runScenario(await loadScenario(`scenarios/library/${file}`), { seed: 1, replications: 2, workers: 0 });

let cap: ScenarioRunResult;
let paper: ScenarioRunResult;
let plain: ScenarioRunResult;
beforeAll(async () => {
  [cap, paper, plain] = [
    await runOf('sapporo-kita-office-telework-cap.json'),
    await runOf('sapporo-kita-office-paperless.json'),
    await runOf('sapporo-kita-office.json'),
  ];
}, 120_000);

const tableOf = (run: ScenarioRunResult, lang: 'ja' | 'en', id: string) =>
  renderReport({ main: run, staffing: [], sizing: null }, ctx(lang)).tables.find((t) => t.id === id);

describe('report: telework cap, satellite office and paper', () => {
  it('has a telework-cap table with the cap, granted, refused and satellite use', () => {
    const t = tableOf(cap, 'ja', 'decisions-telework-cap');
    expect(t?.caption).toBe('テレワーク上限とサテライトオフィス（1日あたり、全曜日）');
    expect(t?.rows).toHaveLength(1);
    const cells = (t?.rows[0] ?? []).map((c) => (typeof c === 'string' ? c : c.text));
    expect(cells[1]).toBe('25');
    expect(cells[6]).toBe('6');
    expect(tableOf(cap, 'en', 'decisions-telework-cap')?.header).toContain('refused');
  });

  it('has a paper table with the storage m² of the arithmetic', () => {
    const t = tableOf(paper, 'en', 'decisions-paper');
    const cells = (t?.rows[0] ?? []).map((c) => (typeof c === 'string' ? c : c.text));
    expect(cells.slice(1)).toEqual(['300', '8.4', '2,520', '−50%', '1,260', '0.25', '315']);
  });

  it('shows neither for an office without them', () => {
    const html = renderReport({ main: plain, staffing: [], sizing: null }, ctx('en')).html;
    expect(html).not.toContain('decisions-telework-cap');
    expect(html).not.toContain('decisions-paper');
  });
});
