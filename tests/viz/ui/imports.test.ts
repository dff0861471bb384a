/**
 * The browser UI imports only what runs in a browser: its own modules, the chart factories, the
 * report's pure adapters, the messages, d3, and the result types and KPI table of the engine —
 * never the API, the store, scenario loading (node:fs) or the CLI. The bundle stays small and
 * cannot reach server code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ALLOWED = [
  /^\.\/[\w]+\.js$/,
  /^\.\.\/charts\/index\.js$/,
  /^\.\.\/report\/(chartData|reportTable)\.js$/,
  /^\.\.\/i18n\/(index|ui\.en|ui\.ja|errorTitles\.ja)\.js$/,
  /^\.\.\/\.\.\/engine\/results\/(index|kpis)\.js$/,
];

describe('the UI’s imports', () => {
  it('stay within browser code', () => {
    const files = readdirSync('viz/ui').filter((f) => f.endsWith('.ts'));
    const bad = files.flatMap((f) => {
      const text = readFileSync(`viz/ui/${f}`, 'utf8');
      return [...text.matchAll(/^import (type )?[^;]*? from '([^']+)';/gms)]
        .filter((m) => !ALLOWED.some((re) => re.test(m[2])))
        .map((m) => `${f}: ${m[2]}`);
    });
    expect(bad).toEqual([]);
  });

  it('take only types from the results index (its schemas would enter the bundle)', () => {
    for (const f of readdirSync('viz/ui').filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(`viz/ui/${f}`, 'utf8');
      for (const m of text.matchAll(/^import (type )?[^;]*? from '\.\.\/\.\.\/engine\/results\/index\.js';/gms)) {
        expect(m[1], f).toBe('type ');
      }
    }
  });
});
