/**
 * `wardsim study` on the command line (in-process): the city table in English and Japanese (no
 * raw ids in Japanese), --json as a city-study document, the report with a page per ward, the
 * subset of --wards, and bad input refused with its code (exit 2).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CityStudyResult } from '../../engine/results/index.js';
import { resultProblems } from '../../engine/results/validateResult.js';
import { wardsim, type CliResult } from '../cliHarness.js';

const TMP = mkdtempSync(join(tmpdir(), 'wardsim-study-cli-'));
const report = join(TMP, 'minami.html');
let ja: CliResult;
let json: CliResult;

beforeAll(async () => {
  ja = await wardsim([
    'study',
    'sapporo-city',
    '--wards',
    'minami',
    '--replications',
    '2',
    '--workers',
    '0',
    '--lang',
    'ja',
    '--report',
    report,
  ]);
  json = await wardsim(
    [
      'study',
      'scenarios/library/sapporo-city.json',
      '--wards',
      'minami',
      '--replications',
      '2',
      '--workers',
      '0',
      '--json',
      '--no-report',
    ],
    { cwd: process.cwd() },
  );
}, 120_000);

describe('wardsim study', () => {
  it('prints the city table in Japanese, naming wards and options in Japanese, never by id', () => {
    expect(ja.code, ja.stderr).toBe(0);
    expect(ja.stdout).toMatch(/市全体表/);
    expect(ja.stdout).toMatch(/南区 +現状維持/);
    expect(ja.stdout).toMatch(/DX窓口＋ABW/);
    for (const id of [
      'minami',
      'status-quo',
      'dx-counters',
      'dx-abw',
      'sogo-madoguchi',
      'koseki',
      'onestop',
      'increase',
      'decrease',
      'keep',
    ])
      expect(ja.stdout, id).not.toContain(id);
    expect(ja.stdout).toMatch(/(増|減|維持)/);
  });

  it('writes the report: self-contained HTML in the language asked for, the city page and a page per ward', () => {
    const html = readFileSync(report, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="ja">/);
    expect(html).toContain('id="city"');
    expect(html).toContain('id="ward-minami"');
    expect(html).not.toMatch(/<script|<link|https?:\/\/(?!www\.w3\.org)/);
    expect((html.match(/data-chart="chart-programme-/g) ?? []).length).toBe(1);
    expect((html.match(/class="option"/g) ?? []).length).toBe(3);
  });

  it('prints one city-study document with --json, and --no-report writes no report', () => {
    expect(json.code, json.stderr).toBe(0);
    const doc = JSON.parse(json.stdout) as CityStudyResult;
    expect(resultProblems(doc)).toEqual([]);
    expect(doc.kind).toBe('city-study');
    expect(doc.wards.map((w) => w.id)).toEqual(['minami']);
    expect(existsSync(join(process.cwd(), 'sapporo-city-report.html'))).toBe(false);
  });

  it('renders a saved city study with report --from: the same pages, without running again', async () => {
    const saved = join(TMP, 'minami.json');
    writeFileSync(saved, json.stdout);
    const out = join(TMP, 'from.html');
    const r = await wardsim(['report', '--from', saved, '--lang', 'en', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('id="ward-minami"');
    expect((html.match(/class="option"/g) ?? []).length).toBe(3);
    const mixed = await wardsim(['report', '--from', saved, '--from', saved]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/city-study result alone.*\[WSM_RESULT_INVALID\]/);
  });

  it('refuses an unknown ward (WSM_FLAG_INVALID) and a file that is no study (WSM_PART_MISSING), exit 2', async () => {
    const unknown = await wardsim(['study', 'sapporo-city', '--wards', 'kita,atlantis', '--no-report']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /--wards: expected wards of the study \(chuo, kita, .*\), got "atlantis" \[WSM_FLAG_INVALID\]/,
    );
    const notStudy = await wardsim(['study', 'sapporo-kita-peak', '--no-report']);
    expect(notStudy.code).toBe(2);
    expect(notStudy.stderr).toMatch(/WSM_PART_MISSING/);
    const help = await wardsim(['study', '--help']);
    expect(help.stdout).toMatch(/^Usage: wardsim study/);
  });
});
