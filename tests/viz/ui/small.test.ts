/** The small pure helpers: ETA, CSV, language choice, routes, run requests, KPI text. */
import { describe, expect, it } from 'vitest';
import { uiEn } from '../../../viz/i18n/ui.en.js';
import { tableCsv, csvName } from '../../../viz/ui/csv.js';
import { etaMs, etaText, percentText } from '../../../viz/ui/eta.js';
import { kpiComparisonTable, kpiIdsOf, kpiText } from '../../../viz/ui/kpiTable.js';
import { preferredLang } from '../../../viz/ui/lang.js';
import { parseRoute, routeHash } from '../../../viz/ui/route.js';
import { parseValues, runRequestOf, seedOf, type RunForm } from '../../../viz/ui/runRequest.js';

describe('the time left of a run', () => {
  it('is unknown until progress moves, then the rate since the first progress', () => {
    expect(etaMs([])).toBeNull();
    expect(
      etaMs([
        { atMs: 0, progress: 0 },
        { atMs: 5000, progress: 0.1 },
      ]),
    ).toBeNull();
    expect(
      etaMs([
        { atMs: 1000, progress: 0.1 },
        { atMs: 3000, progress: 0.3 },
      ]),
    ).toBeCloseTo(7000);
    expect(
      etaMs([
        { atMs: 1000, progress: 0.5 },
        { atMs: 3000, progress: 0.5 },
      ]),
    ).toBeNull();
    expect(etaText(7000, uiEn.run)).toBe('7 s');
    expect(etaText(600_000, uiEn.run)).toBe('10 min');
    expect(percentText(0.426)).toBe('42 %');
    expect(percentText(1.2)).toBe('100 %');
  });
});

describe('CSV downloads', () => {
  it('quote, end lines with CRLF and start with a byte-order mark', () => {
    const csv = tableCsv({ caption: 'c', header: ['区分', 'value'], rows: [['a,b', 'say "hi"']] });
    expect(csv).toBe('\uFEFF区分,value\r\n"a,b","say ""hi"""\r\n');
    expect(csvName('chart-o1-fan', 'ja')).toBe('chart-o1-fan.ja.csv');
  });
});

describe('the language', () => {
  it('is the stored choice, else the first Japanese or English browser language, else English', () => {
    expect(preferredLang(['ja-JP', 'en'], null)).toBe('ja');
    expect(preferredLang(['en-US', 'ja'], null)).toBe('en');
    expect(preferredLang(['fr-FR', 'ja'], null)).toBe('ja');
    expect(preferredLang(['fr-FR'], null)).toBe('en');
    expect(preferredLang(['ja-JP'], 'en')).toBe('en');
  });
});

describe('routes', () => {
  it('round-trip through the hash and fall back to the library', () => {
    expect(parseRoute('#results/run-1%2Fx')).toEqual({ view: 'results', id: 'run-1/x' });
    expect(routeHash({ view: 'results', id: 'run-1/x' })).toBe('#results/run-1%2Fx');
    expect(parseRoute('')).toEqual({ view: 'library' });
    expect(parseRoute('#nonsense')).toEqual({ view: 'library' });
  });
});

describe('the run form as a request', () => {
  const form: RunForm = {
    kind: 'run',
    replications: 3,
    seed: '7',
    parts: ['visitors'],
    compareWith: [],
    sweep: [{ path: 'visitors.levers.callback.share', values: '0, 0.4' }],
    target: 0.8,
    withinMin: 30,
    alpha: 0.05,
    beta: 0.1,
    teleworkSweep: true,
    fresh: false,
  };
  it('names the stored scenario, or sends the edited document', () => {
    expect(runRequestOf(form, { originalId: 'kita' })).toEqual({
      kind: 'run',
      replications: 3,
      scenarioId: 'kita',
      seed: 7,
      parts: ['visitors'],
    });
    const doc = { extends: 'library:kita', name: 'x' };
    expect(runRequestOf(form, { scenario: doc, originalId: 'kita' })).toEqual({
      kind: 'run',
      replications: 3,
      scenario: doc,
      seed: 7,
      parts: ['visitors'],
    });
  });
  it('carries each kind’s options only for that kind; an edited scenario is compared with its original', () => {
    expect(runRequestOf({ ...form, kind: 'sweep' }, { originalId: 'k' }).set).toEqual({
      'visitors.levers.callback.share': [0, 0.4],
    });
    expect(runRequestOf({ ...form, kind: 'staff' }, { originalId: 'k' })).toMatchObject({ target: 0.8, withinMin: 30 });
    expect(runRequestOf({ ...form, kind: 'staff' }, { originalId: 'k' })).not.toHaveProperty('parts');
    expect(runRequestOf({ ...form, kind: 'size' }, { originalId: 'k' })).toMatchObject({
      alpha: 0.05,
      beta: 0.1,
      teleworkSweep: true,
    });
    expect(runRequestOf({ ...form, kind: 'compare' }, { scenario: {}, originalId: 'k' }).compareWith).toEqual(['k']);
    expect(runRequestOf({ ...form, kind: 'compare' }, { originalId: 'k' })).not.toHaveProperty('compareWith');
  });
  it('reads sweep values and seeds', () => {
    expect(parseValues('0, 0.2,true, null, "silo", pooled')).toEqual([0, 0.2, true, null, 'silo', 'pooled']);
    expect(seedOf(' 42 ')).toBe(42);
    expect(seedOf('abc')).toBe('abc');
    expect(seedOf('')).toBeUndefined();
  });
});

describe('KPI text', () => {
  it('shows shares as percentages and each unit with its digits', () => {
    expect(kpiText('serviceLevel', { mean: 0.5853, ci95: 0.086 })).toBe('58.5 ± 8.6 %');
    expect(kpiText('waitMeanMin', { mean: 34.83, ci95: null })).toBe('34.8');
    expect(kpiText('waitingSeatsP95', { mean: 189.7, ci95: 47.7 })).toBe('190 ± 48');
    expect(kpiText('waitMeanMin', { mean: null, ci95: null })).toBe('—');
    expect(kpiIdsOf([{ serviceLevel: 1, zzz: 1 }, { waitMeanMin: 1 }])).toEqual(['waitMeanMin', 'serviceLevel', 'zzz']);
    const t = kpiComparisonTable(
      'c',
      'KPI',
      [
        { label: 'A', kpis: { waitMeanMin: { mean: 1, ci95: 0.1 } } },
        { label: 'B', kpis: {} },
      ],
      (id) => id.toUpperCase(),
    );
    expect(t).toEqual({ caption: 'c', header: ['KPI', 'A', 'B'], rows: [['WAITMEANMIN', '1.0 ± 0.1', '—']] });
  });
});
