/**
 * The browser UI in a real browser (Debian's Chromium through playwright-core) against the real
 * API server (buildApp + listen on a free port, a fresh data folder): the library, a refused and
 * an accepted upload by drag and drop, the editor (a lever changed, an error at its field, a
 * floor plan linked), a run with progress, the charts with tooltips on hover and keyboard, the
 * heatmap's time slider, CSV and report downloads, the language switch — with no console error.
 * Screenshots go to tests/e2e/artifacts/ (not committed).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/listen.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../viz/report/renderPdf.js';
import { buildUi } from '../../scripts/buildUi.js';

const ARTIFACTS = join(import.meta.dirname, 'artifacts');
const DATA = mkdtempSync(join(tmpdir(), 'wardsim-ui-'));

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const built = await buildUi();
  expect(built.firstLoadBytes).toBeLessThan(1_000_000);
  server = await startServer({ dataDir: DATA, port: 0, host: '127.0.0.1' });
  const path = chromiumPath();
  if (path === null) throw new Error('the UI tests need Chromium (apt-get install chromium)');
  browser = await chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
  // A Japanese browser: the UI must come up in Japanese without being asked.
  context = await browser.newContext({
    locale: 'ja-JP',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => !r.url().includes('/events') && errors.push(`request failed: ${r.url()}`));
  page.on(
    'request',
    (r) =>
      !r.url().startsWith(server.url) && !r.url().startsWith('data:') && errors.push(`outside request: ${r.url()}`),
  );
}, 120_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  rmSync(DATA, { recursive: true, force: true });
});

/** The attribute of every element matching `selector` (in the page, without DOM types here). */
const attrs = (selector: string, name: string) =>
  page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

describe('the browser UI against the API server', () => {
  it('opens in Japanese (the browser prefers it) and lists the library', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForSelector('#scenario-list [data-id="sapporo-kita-peak"]');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    expect(await page.textContent('#nav-library')).toBe('ライブラリ');
    const card = page.locator('[data-id="sapporo-kita-peak"]');
    expect(await card.locator('h3').textContent()).toContain('札幌市北区役所');
    expect(await page.locator('#plan-list .plan-card').count()).toBeGreaterThanOrEqual(3);
    await shot('01-library');
  });

  it('refuses a dropped scenario with the error at the key it names, and adds a good one', async () => {
    const drop = async (name: string, doc: unknown) => {
      const dt = await page.evaluateHandle(
        ([n, text]) => {
          const g = globalThis as unknown as {
            DataTransfer: new () => { items: { add(f: unknown): void } };
            File: new (parts: string[], name: string, o: { type: string }) => unknown;
          };
          const d = new g.DataTransfer();
          d.items.add(new g.File([text], n, { type: 'application/json' }));
          return d;
        },
        [name, JSON.stringify(doc)] as const,
      );
      await page.dispatchEvent('#dropzone', 'drop', { dataTransfer: dt });
    };
    const bad = {
      extends: 'library:sapporo-kita-peak',
      name: 'bad upload',
      visitors: { demand: { visitorsPerDay: -5 } },
    };
    await drop('bad.json', bad);
    await page.waitForSelector('.outline .has-error');
    const paths = await attrs('.outline .has-error', 'data-path');
    expect(paths).toContain('visitors.demand.visitorsPerDay');
    expect(await page.locator('.upload-status .error').textContent()).toContain('bad.json');
    await shot('02-upload-refused');
    await drop('good.json', {
      extends: 'library:sapporo-kita-peak',
      id: 'ui-test-upload',
      name: 'UI test upload',
      nameJa: 'UIテストの追加シナリオ',
    });
    await page.waitForSelector('#scenario-list [data-id="ui-test-upload"]');
    expect(await page.locator('[data-id="ui-test-upload"] h3').textContent()).toBe('UIテストの追加シナリオ');
  });

  it('edits the 北区 peak scenario: a lever, an error at its field, a floor plan', async () => {
    await page.click('[data-id="sapporo-kita-peak"] button.primary');
    await page.waitForSelector('.editor-form');
    await page.waitForSelector('#editor-status[data-state="valid"]');
    const visitors = page.locator('[data-path="visitors.demand.visitorsPerDay"] input');
    expect(await visitors.inputValue()).toBe('1400');
    // Out of range: refused at the field before the server sees it.
    await visitors.fill('-5');
    await page.waitForSelector('[data-path="visitors.demand.visitorsPerDay"] .field-error:not([hidden])');
    expect(await visitors.getAttribute('aria-invalid')).toBe('true');
    await visitors.fill('1500');
    // The server's rule (the hourly shares sum to 1) shown at the field that breaks it.
    const first = page.locator('[data-path="visitors.demand.hourlyProfile[0].share"] input');
    await first.fill('5');
    await page.waitForSelector('#editor-status[data-state="invalid"]');
    expect(
      await page.locator('[data-path="visitors.demand.hourlyProfile[0].share"] .field-error').textContent(),
    ).toMatch(/sum/);
    await shot('03-editor-error');
    await first.fill('2');
    await page.waitForSelector('#editor-status[data-state="valid"]');
    // 書かない窓口 on, and the current building's plan with the counters mapped to its departments.
    await page.check('[data-path="visitors.levers.kakanaiMadoguchi"] input');
    await page.selectOption('#plan-select', 'library:floorplans/kita-current');
    await page.waitForSelector('.plan-mapping select[data-department="mynumber"]');
    await page.selectOption('.plan-mapping select[data-department="mynumber"]', 'koseki-jumin');
    await page.waitForSelector('#editor-status[data-state="valid"]');
    expect(await page.textContent('#editor-status')).toMatch(/変更 \d+ 件/);
    await shot('04-editor');
  });

  it('runs the edited scenario with 3 replications, shows progress, then the charts', async () => {
    await page.click('.editor-form .actions button:has-text("この設定で実行")');
    await page.waitForSelector('.run-form');
    expect(await page.locator('.run-form .badge.unsaved').count()).toBe(1);
    await page.fill('#run-replications', '3');
    await page.uncheck('#run-part-workplace');
    await page.click('#run-submit');
    // The panel appears at once; a short run may finish (and move on to the charts) within a second.
    await page.waitForSelector('#run-progress', { state: 'attached' });
    const seen = await page
      .locator('#run-progress-text')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    if (seen !== null) expect(seen).toMatch(/待機中|実行中|完了/);
    await shot('05-run');
    await page.waitForSelector('.result-head', { timeout: 120_000 });
    const runId = decodeURIComponent(page.url().split('#results/')[1]);
    expect(await page.textContent('#result-title')).toContain('変更案');
    for (const id of ['chart-fan', 'chart-occupancy', 'chart-service', 'chart-plan'])
      expect(await page.locator(`svg#${id}`).count(), id).toBe(1);
    expect(await page.locator('svg#chart-fan [data-tip]').count()).toBeGreaterThan(10);
    expect(await page.locator('svg#chart-service rect[data-tip]').count()).toBeGreaterThan(20);
    expect(await page.locator('svg#chart-plan path.zone').count()).toBeGreaterThan(20);
    expect(await page.locator('svg#chart-plan .route-line').count()).toBeGreaterThan(3);
    // Every chart has its table alternative.
    expect(await page.locator('figure.chart details.chart-table table').count()).toBe(
      await page.locator('figure.chart').count(),
    );
    await shot('06-results');
    // Back on the run page, the run's panel says it is done.
    await page.click('#nav-run');
    await page.waitForSelector(`.progress-panel[data-run="${runId}"][data-status="done"]`);
    expect(await page.textContent('#run-progress-text')).toContain('100 % 完了');
    expect(await page.locator('#run-progress').evaluate((e) => (e as unknown as { value: number }).value)).toBe(1);
    await page.click(`#runs-table tr[data-run="${runId}"] button`);
    await page.waitForSelector('svg#chart-plan');
  });

  it('shows a tooltip with value ± CI on hover and on keyboard focus', async () => {
    await page.hover('svg#chart-occupancy [data-tip*="±"] >> nth=10');
    await page.waitForSelector('#chart-tip:not([hidden])');
    expect(await page.textContent('#chart-tip')).toMatch(/ — .*±/);
    await shot('07-tooltip');
    await page.mouse.move(0, 0);
    await page.focus('svg#chart-service');
    await page.keyboard.press('ArrowRight');
    const tips = await attrs('svg#chart-service [data-tip]', 'data-tip');
    await page.waitForSelector('#chart-tip:not([hidden])');
    expect(await page.textContent('#chart-tip')).toBe(tips[0]);
    expect(await page.textContent('#chart-live')).toBe(tips[0]);
    await page.keyboard.press('ArrowRight');
    expect(await page.textContent('#chart-tip')).toBe(tips[1]);
    await page.keyboard.press('Escape');
    expect(await page.locator('#chart-tip').isHidden()).toBe(true);
  });

  it('moves the time slider and the heatmap changes; zones without a series stay grey', async () => {
    const fills = () => attrs('svg#chart-plan path.zone', 'fill');
    const before = await fills();
    const interval = await page.getAttribute('svg#chart-plan', 'data-interval');
    await page.locator('#chart-plan-time').fill('0');
    await expect.poll(() => page.getAttribute('svg#chart-plan', 'data-interval')).not.toBe(interval);
    const after = await fills();
    expect(after).not.toEqual(before);
    expect(await page.textContent('#chart-plan-time-text')).toContain('08:45');
    expect(after.filter((f) => f?.startsWith('url(#')).length).toBeGreaterThan(5);
    // The waiting zone's tooltip names the time, the people waiting and their share of the seats.
    expect(await page.getAttribute('svg#chart-plan path.zone[data-id="waiting-koseki-1F"]', 'data-tip')).toMatch(
      /08:45 — .*人.*%/,
    );
    await shot('08-heatmap-0845');
  });

  it('downloads a table as CSV and the study report as HTML and PDF', async () => {
    await page.click('figure[data-chart="chart-fan"] details.chart-table summary');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.click('figure[data-chart="chart-fan"] button.csv'),
    ]);
    const csvText = readFileSync((await csv.path()) as string, 'utf8');
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    expect(csvText).toContain('来庁時刻');
    const [html] = await Promise.all([page.waitForEvent('download'), page.click('a.report-html[data-lang="ja"]')]);
    const report = readFileSync((await html.path()) as string, 'utf8');
    expect(report).toContain('<html lang="ja"');
    expect(report).toContain('検討報告書');
    const pdfHref = (await page.getAttribute('a.report-pdf[data-lang="en"]', 'href')) as string;
    const pdf = await page.request.get(`${server.url}${pdfHref}`, { timeout: 120_000 });
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');
  });

  it('switches to English and back, charts and all', async () => {
    await page.selectOption('#lang-select', 'en');
    await page.waitForSelector('svg#chart-fan');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('#nav-library')).toBe('Library');
    expect(await page.textContent('svg#chart-fan .chart-title')).toBe('Wait by hour of arrival');
    await shot('09-results-en');
    await page.selectOption('#lang-select', 'ja');
    await page.waitForSelector('svg#chart-fan');
    expect(await page.textContent('svg#chart-fan .chart-title')).toBe('来庁時刻別の待ち時間');
  });

  it('saves the edits as a new scenario that extends the library one, then replaces it in place', async () => {
    await page.click('#nav-editor');
    await page.waitForSelector('#editor-status[data-state="valid"]');
    await page.click('.editor-form .actions button.primary');
    await page.waitForURL(/#editor\/sapporo-kita-ward-office/);
    const id = decodeURIComponent(page.url().split('#editor/')[1]);
    interface StoredDoc {
      extends?: string;
      workplace?: unknown;
      floorplan: { file: string };
      visitors: { demand?: unknown; levers?: unknown; departments?: { counters: number }[] };
    }
    const stored = async () =>
      (await (await fetch(`${server.url}/api/scenarios/${id}`)).json()) as { document: StoredDoc };
    let doc = (await stored()).document;
    expect(doc.extends).toBe('library:sapporo-kita-peak');
    expect(doc.visitors.demand).toEqual({ visitorsPerDay: 1500 });
    expect(doc.visitors.levers).toEqual({ kakanaiMadoguchi: true });
    expect(doc.floorplan.file).toBe('library:floorplans/kita-current');
    expect(doc).not.toHaveProperty('workplace');
    // A user scenario is saved in place (PUT), still extending the library one.
    await page.waitForSelector('.editor-form');
    await page.fill('[data-path="visitors.departments[1].counters"] input', '16');
    await page.waitForSelector('#editor-status[data-state="valid"]');
    await page.click('.editor-form .actions button:has-text("変更を保存")');
    await expect.poll(async () => (await stored()).document.visitors.departments?.[1]?.counters).toBe(16);
    // The editor shows the stored scenario again, with nothing left to save.
    await page.waitForSelector('#editor-status[data-state="valid"]:has-text("変更なし")');
    doc = (await stored()).document;
    expect(doc.extends).toBe('library:sapporo-kita-peak');
    expect(doc.visitors.demand).toEqual({ visitorsPerDay: 1500 });
  });

  it('compares runs side by side, then on the same simulated days with paired differences', async () => {
    // Runs of two stored scenarios, each started from its library card.
    const ids: string[] = [];
    for (const id of ['sapporo-kita-peak-option-a', 'sapporo-kita-peak-current-plan']) {
      await page.goto(`${server.url}/#library`);
      await page.click(`[data-id="${id}"] button:not(.primary)`);
      await page.waitForSelector('.run-form');
      await page.fill('#run-replications', '3');
      await page.uncheck('#run-part-workplace');
      await page.click('#run-submit');
      await page.waitForSelector('.result-head', { timeout: 120_000 });
      ids.push(decodeURIComponent(page.url().split('#results/')[1]));
    }
    await page.click('#nav-compare');
    await page.waitForSelector('.pick-list input[type="checkbox"]');
    for (const id of ids) await page.check(`#pick-${id}`);
    await page.waitForSelector('#side-by-side');
    expect(await page.locator('#side-by-side thead th').count()).toBe(3);
    await page.click('#compare-paired');
    await page.waitForSelector('svg#chart-forest', { timeout: 120_000 });
    expect(await page.locator('svg#chart-forest [data-tip]').count()).toBeGreaterThan(5);
    expect(await page.locator('#metrics-0 tbody tr').count()).toBeGreaterThan(5);
    // Each option's own charts, picked from the list.
    await page.selectOption('#option-picker', '1');
    await page.waitForSelector('svg#chart-o1-fan');
    await shot('10-compare');
  });

  it('sweeps a grid and shows one KPI as a heatmap, with a KPI picker', async () => {
    await page.goto(`${server.url}/#library`);
    await page.click('[data-id="sapporo-kita-peak"] button:not(.primary)');
    await page.waitForSelector('.run-form');
    await page.check('#run-kind-sweep');
    await page.fill('#sweep-path-0', 'visitors.levers.callback.share');
    await page.fill('#sweep-values-0', '0, 0.4');
    await page.fill('#sweep-path-1', 'visitors.departments[1].counters');
    await page.fill('#sweep-values-1', '14, 16');
    await page.fill('#run-replications', '2');
    await page.uncheck('#run-part-workplace');
    await page.click('#run-submit');
    await page.waitForSelector('svg#chart-sweep', { timeout: 120_000 });
    expect(await page.locator('svg#chart-sweep rect.cell').count()).toBe(4);
    const before = await attrs('svg#chart-sweep rect.cell', 'data-tip');
    await page.selectOption('#sweep-kpi', 'serviceLevel');
    await expect.poll(() => attrs('svg#chart-sweep rect.cell', 'data-tip')).not.toEqual(before);
    expect(await page.textContent('svg#chart-sweep')).toContain('サービスレベル');
    await shot('11-sweep');
  });

  it('cancels a long run', async () => {
    await page.click('#nav-run');
    await page.waitForSelector('.run-form');
    await page.check('#run-kind-run');
    await page.fill('#run-replications', '2000');
    await page.check('#run-fresh');
    await page.click('#run-submit');
    await page.waitForSelector('.progress-panel[data-status="running"]', { timeout: 60_000 });
    await page.click('#run-cancel');
    await page.waitForSelector('.progress-panel[data-status="cancelled"]', { timeout: 60_000 });
    expect(await page.textContent('.progress-note')).toContain('中止');
    await shot('12-cancelled');
  });

  it('wrote no console error and made no request outside the server', () => {
    expect(errors).toEqual([]);
  });
});
