/**
 * The study report in a real browser (Debian's Chromium through playwright-core): no console
 * errors, no requests, every chart present, the figures on the page equal the result JSON's;
 * the PDF embeds a Japanese font; input text stays text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportOptions, type ReportBundle, type ReportContext } from '../../engine/results/index.js';
import { loadScenario, reportStudy } from '../../scenarios/study/index.js';
import { renderPdf, CHROMIUM_ARGS, chromiumPath } from '../../viz/report/renderPdf.js';
import { renderReport } from '../../viz/report/renderReport.js';
import { meanCi } from '../../viz/text/format.js';
import { kpiDigits } from '../../viz/text/kpiFormat.js';
import { wardsim } from '../cliHarness.js';

const TMP = mkdtempSync(join(tmpdir(), 'wardsim-report-'));
const ctx = (lang: 'ja' | 'en'): ReportContext => ({
  lang,
  command: 'wardsim report test',
  generatedAt: '2026-12-01T00:00:00.000Z',
  commit: null,
});

let bundle: ReportBundle;
let browser: Browser;

beforeAll(async () => {
  const scenarios = [
    await loadScenario('sapporo-kita-peak-current-plan'),
    await loadScenario('sapporo-kita-peak-option-b'),
  ];
  bundle = await reportStudy(scenarios, { replications: 4, staffReplications: 3, teleworkSweep: true, workers: 2 });
  const path = chromiumPath();
  if (path === null) throw new Error('the report tests need Chromium (apt-get install chromium); .ci/run installs it');
  browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

/** Opens `html` from a file, collecting console errors and every request the page makes. */
async function open(html: string, name: string) {
  const file = join(TMP, name);
  writeFileSync(file, html);
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => r.url() !== pathToFileURL(file).href && requests.push(r.url()));
  page.on('dialog', (d) => (errors.push(`dialog: ${d.message()}`), void d.dismiss()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe('the study report in headless Chromium', () => {
  it.each(['ja', 'en'] as const)(
    '%s: opens with no console error and no request, every chart is there, and the KPI figures are the result’s',
    async (lang) => {
      const { html } = renderReport(bundle, ctx(lang));
      expect(html).not.toMatch(/<script|<link|src="http|href="http|url\(http/i);
      const { page, errors, requests } = await open(html, `report-${lang}.html`);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);

      const options = reportOptions(bundle);
      const ids = ['chart-comparison', 'chart-telework'];
      options.forEach((o, i) => {
        if (o.planDrawing) ids.push(`chart-plan-${i}`);
      });
      // Visitor charts of the first option (option B's visitors equal option A's, not the base's).
      ids.push(
        'chart-fan-0',
        'chart-occupancy-0',
        'chart-staffing-0',
        'chart-service-0',
        'chart-fan-1',
        'chart-desks-0-0',
        'chart-blocking-0-0',
      );
      for (const id of ids) expect(await page.locator(`svg#${id}`).count(), id).toBe(1);

      const cells = await page.locator('#table-decisions-kpis [data-kpi]').evaluateAll((els) =>
        els.map((e) => ({
          kpi: e.getAttribute('data-kpi') ?? '',
          option: Number(e.getAttribute('data-option')),
          value: e.getAttribute('data-value'),
          text: e.textContent ?? '',
        })),
      );
      expect(cells.length).toBeGreaterThan(20);
      for (const c of cells) {
        const e = options[c.option].kpis[c.kpi];
        expect(c.value === null ? null : Number(c.value), `${c.kpi}@${c.option}`).toBe(e.mean);
        expect(c.text, `${c.kpi}@${c.option}`).toBe(meanCi(e, kpiDigits(c.kpi)));
      }
      const stampHash = await page.locator('[data-stamp="inputHash"]').textContent();
      expect(stampHash).toBe(bundle.main.inputHash);
      await page.close();
    },
  );

  it('keeps a scenario named <script>alert(1)</script> as text', async () => {
    const evil = structuredClone(bundle);
    for (const o of reportOptions(evil)) o.scenario.name = '<script>alert(1)</script>';
    if (evil.main.kind === 'comparison') evil.main.base.name = '<script>alert(1)</script>';
    const { html } = renderReport(evil, ctx('en'));
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const { page, errors } = await open(html, 'report-evil.html');
    expect(errors).toEqual([]);
    expect(await page.locator('h1').textContent()).toContain('<script>alert(1)</script>');
    await page.close();
  });

  it('prints a PDF that embeds a Japanese font and carries Japanese text, with page numbers', async () => {
    const { html } = renderReport(bundle, ctx('ja'));
    const pdfFile = join(TMP, 'report-ja.pdf');
    writeFileSync(pdfFile, await renderPdf(html));
    const fonts = execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' });
    expect(fonts).toMatch(/^\S*(IPAexGothic|IPAGothic|NotoSansCJK)\S*\s+.*\byes\b/m);
    const text = execFileSync('pdftotext', ['-l', '2', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('検討報告書');
    expect(text).toMatch(/1 \/ \d+/);
    execFileSync('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdfFile, join(TMP, 'page')]);
    expect(readdirSync(TMP).some((f) => /^page-0*1\.png$/.test(f))).toBe(true);
  });

  it('wardsim report --from renders saved results, writes every table as CSV with a BOM, and refuses a file that is not a result', async () => {
    const main = join(TMP, 'comparison.json');
    writeFileSync(main, JSON.stringify(bundle.main));
    const staff = bundle.staffing.map((p, i) => {
      const f = join(TMP, `staff-${i}.json`);
      writeFileSync(f, JSON.stringify(p));
      return f;
    });
    const out = join(TMP, 'from.html');
    const csv = join(TMP, 'csv');
    const r = await wardsim([
      'report',
      '--from',
      main,
      ...staff.flatMap((f) => ['--from', f]),
      '--out',
      out,
      '--csv',
      csv,
      '--lang',
      'ja',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(/<svg[^>]* id="chart-staffing-0"/.test(readFileSync(out, 'utf8'))).toBe(true);
    const files = readdirSync(csv);
    expect(files).toContain('decisions-kpis.csv');
    const kpiCsv = readFileSync(join(csv, 'decisions-kpis.csv'), 'utf8');
    expect(kpiCsv.startsWith('\uFEFF')).toBe(true);
    expect(kpiCsv).toContain('平均待ち時間（分）');
    const bad = await wardsim(['report', '--from', 'package.json', '--json']);
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).errors[0].code).toBe('WSM_RESULT_INVALID');
  });
});
