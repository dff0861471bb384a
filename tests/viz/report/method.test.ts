import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ComparisonResult,
  ReportBundle,
  ReportContext,
  ScenarioRunResult,
} from '../../../engine/results/index.js';
import {
  erlangA,
  erlangB,
  erlangC,
  erlangCServiceLevel,
  jackson,
  md1,
  mmc,
  pollaczekKhinchine,
} from '../../../engine/theory/index.js';
import { loadScenario, runScenario } from '../../../scenarios/study/index.js';
import { methodEn } from '../../../viz/i18n/method.en.js';
import { methodJa } from '../../../viz/i18n/method.ja.js';
import type { ReportCell, ReportTable } from '../../../viz/report/reportTable.js';
import { methodSection } from '../../../viz/report/sections/method.js';

const LANGS = ['en', 'ja'] as const;
const ctxOf = (lang: 'en' | 'ja'): ReportContext => ({
  lang,
  command: 'wardsim report sapporo-kita-peak',
  generatedAt: new Date(0).toISOString(),
  commit: null,
});

/** Every key path of a message table (functions and strings are leaves; arrays keep their length). */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return [`${prefix}[${node.length}]`];
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
  }
  return [`${prefix}:${typeof node}`];
}

/** Every string leaf of a table (array items included). */
function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(strings);
  return [];
}

const cell = (c: ReportCell | string): ReportCell => (typeof c === 'string' ? { text: c } : c);
const tableOf = (tables: ReportTable[], id: string): ReportTable => {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

let run: ScenarioRunResult;
let bundle: ReportBundle;

beforeAll(async () => {
  const scenario = await loadScenario('sapporo-kita-peak');
  run = await runScenario(scenario, { replications: 2, workers: 0, parts: ['visitors'] });
  bundle = { main: run, staffing: [], sizing: null };
});

describe('the method section', () => {
  it.each(LANGS)('renders in %s: the section, its heading and every part', (lang) => {
    const { html } = methodSection(bundle, ctxOf(lang));
    const m = lang === 'ja' ? methodJa : methodEn;
    expect(html.html.startsWith('<section id="method" class="report-section"><h2>')).toBe(true);
    expect(html.html).toContain(`<h2>${m.title}</h2>`);
    for (const id of ['method-concept', 'method-validation', 'method-limits', 'method-stress']) {
      expect(html.html).toContain(`id="${id}"`);
    }
    expect(html.html).toContain('href="#assumptions"');
    expect(html.html).toContain('href="#stamp"');
    // Only the visitor part ran: its model is described, the workplace is named as not run.
    expect(html.html).toContain('data-part="visitors"');
    expect(html.html).not.toContain('data-part="workplace"');
    expect(html.html).toContain('data-limits="visitors"');
    expect(html.html).not.toContain('data-limits="workplace"');
    expect(html.html).not.toMatch(/undefined|NaN|\[object /);
  });

  it('has the same keys in English and Japanese, and no English words in Japanese prose', () => {
    expect(keyPaths(methodJa).sort()).toEqual(keyPaths(methodEn).sort());
    // The rule of tests/viz/i18n/messages.test.ts, so the tables can be merged into the main ones.
    const stripped = (t: string) => t.replace(/docs\/\S+|staffByRank|scenario|wardsim size/g, '');
    for (const t of strings(methodJa)) expect(stripped(t), t).not.toMatch(/\b[a-z]{4,}\b/);
  });

  it.each(LANGS)('lists every STRESS-DES section and item in %s, each filled', (lang) => {
    const { html, tables } = methodSection(bundle, ctxOf(lang));
    const m = lang === 'ja' ? methodJa : methodEn;
    const stress = tableOf(tables, 'method-stress');
    const sections = new Set(stress.rows.map((r) => r[1]));
    for (const label of Object.values(m.stress.sections)) {
      expect(sections.has(label), label).toBe(true);
      expect(html.html).toContain(label);
    }
    expect(stress.rows.map((r) => cell(r[0]).text)).toEqual([
      ...['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '2.5.5'],
      ...['3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '6.1'],
    ]);
    for (const r of stress.rows) expect(cell(r[4]).text.length, cell(r[0]).text).toBeGreaterThan(0);
    const fill = (no: string) => cell(stress.rows.find((r) => cell(r[0]).text === no)?.[4] ?? '').text;
    expect(fill('4.2')).toContain(String(run.replications));
    expect(fill('6.1')).toContain(run.inputHash);
    expect(fill('6.1')).toContain('wardsim report sapporo-kita-peak');
    expect(fill('5.1')).toContain(run.engineVersion);
    expect(fill('1.2')).toContain(lang === 'ja' ? '平均待ち時間（分）' : 'mean wait (min)');
  });

  it('shows the exact values of the theory functions, with the parameters of the validation tests', () => {
    const { html, tables } = methodSection(bundle, ctxOf('en'));
    const mm1 = mmc({ arrivalPerMin: 0.8, serviceMeanMin: 1, servers: 1 });
    const mm8 = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
    expect(mm1.meanWaitMin).toBeCloseTo(4, 12);
    expect(mm8.meanWaitMin).toBeCloseTo(0.877, 3);
    const ea = erlangA({ arrivalPerMin: 5.5, serviceMeanMin: 1, servers: 5, patienceMeanMin: 2 });
    const net = jackson({
      externalArrivalPerMin: [1.2, 0, 0],
      routing: [
        [0, 0.6, 0.3],
        [0.2, 0, 0],
        [0, 0, 0],
      ],
      serviceMeanMin: [0.8, 0.7, 1.8],
      servers: [2, 1, 1],
    });
    const expected: Record<string, number> = {
      'mm1/wait': mm1.meanWaitMin,
      'mm1/pWait': mm1.pWait,
      'mm8/wait': mm8.meanWaitMin,
      'mm8/pWait': mm8.pWait,
      'mm8/inSystem': mm8.meanInSystem,
      'mm10/pBlocked': erlangB(10, 8),
      'md1/wait': md1({ arrivalPerMin: 0.8, serviceMeanMin: 1 }).meanWaitMin,
      'mg1/wait': pollaczekKhinchine({ arrivalPerMin: 0.75, serviceMeanMin: 1, serviceCv: 0.8 }).meanWaitMin,
      'erlangA/pAbandon': ea.pAbandon,
      'erlangA/waitServed': ea.meanWaitServedMin,
      'jackson/wait/b': net.stations[1].meanWaitMin,
      'jackson/sojourn': net.meanSojournMin,
      'schedule/served': 80,
      'visitorDay/wait': erlangC(5, 4) * 0.25,
      'visitorDay/serviceLevel': erlangCServiceLevel(5, 4, 0.125, 0.25),
      'boothErlangB/pBlocked': erlangB(10, 8),
    };
    const found = new Map<string, ReportCell>();
    for (const id of ['method-validation', 'method-validation-models']) {
      for (const r of tableOf(tables, id).rows) {
        const c = cell(r[3]);
        const a = c.attrs ?? {};
        const key = [a['data-case'], a['data-figure'], a['data-station']].filter((x) => x !== undefined && x !== null);
        found.set(key.join('/'), c);
      }
    }
    for (const [key, value] of Object.entries(expected)) {
      const c = found.get(key);
      expect(c?.value, key).toBe(value);
      // The text shows four significant digits.
      expect(Math.abs(Number(c?.text.replace(/,/g, '')) - value), key).toBeLessThanOrEqual(5e-4 * Math.abs(value));
    }
    expect(found.get('mm8/wait')?.text).toBe('0.8769');
    expect(html.html).toContain(`data-value="${mm8.meanWaitMin}"`);
    // Every network case of docs/validation.md is in the table.
    const cases = new Set(tableOf(tables, 'method-validation').rows.map((r) => cell(r[3]).attrs?.['data-case']));
    for (const c of ['mm1', 'mm8', 'mm10', 'md1', 'mg1', 'erlangA', 'jackson', 'tandem', 'schedule']) {
      expect(cases.has(c), c).toBe(true);
    }
  });

  it.each(LANGS)('escapes names from the bundle (%s)', (lang) => {
    const evil = '<script>alert(1)</script>';
    const scenario = { ...run.scenario, name: evil, nameJa: evil, description: evil };
    const main: ScenarioRunResult = { ...run, scenario };
    const { html } = methodSection({ ...bundle, main }, { ...ctxOf(lang), command: `wardsim report ${evil}` });
    expect(html.html).not.toContain('<script>');
    expect(html.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it.each(LANGS)('returns every table it shows, with ids starting method- (%s)', (lang) => {
    const { html, tables } = methodSection(bundle, ctxOf(lang));
    const shown = [...html.html.matchAll(/<table id="table-([^"]+)"/g)].map((x) => x[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(tables.map((t) => t.id).sort()).toEqual([...shown].sort());
    expect(new Set(shown).size).toBe(shown.length);
    for (const t of tables) {
      expect(t.id.startsWith('method-'), t.id).toBe(true);
      for (const r of t.rows) expect(r.length, t.id).toBe(t.header.length);
    }
  });

  it('describes a comparison: its aims, and what each variant changes in the register', () => {
    const { kind: _kind, formatVersion, engineVersion, inputHash, seed, replications, ...afterCount } = run;
    const { stoppingRule, stoppedBy, wallMs, workers, ...basePart } = afterCount;
    const variantPart = {
      ...basePart,
      scenario: { ...basePart.scenario, name: 'with more counters', nameJa: '窓口増' },
      assumptions: basePart.assumptions.map((a, i) => (i === 0 ? { ...a, value: '1500' } : a)),
    };
    const main: ComparisonResult = {
      kind: 'comparison',
      ...{ formatVersion, engineVersion, inputHash, seed, replications, stoppingRule, stoppedBy, wallMs, workers },
      base: { ...basePart.scenario, serviceTarget: null },
      variants: [{ ...variantPart.scenario, serviceTarget: null, metrics: {} }],
      runs: [basePart, variantPart],
    };
    const { tables } = methodSection({ main, staffing: [], sizing: null }, ctxOf('en'));
    const stress = tableOf(tables, 'method-stress');
    const fill = (no: string) => cell(stress.rows.find((r) => cell(r[0]).text === no)?.[4] ?? '').text;
    expect(fill('1.3')).toContain('“with more counters”');
    expect(fill('2.3')).toContain(`1 input differs from the base (${run.assumptions[0].path})`);
    expect(fill('4.3')).toContain('paired');
  });
});
