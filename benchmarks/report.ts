/**
 * The full 北区 three-option report (current building, options A and B) at 200 replications:
 * the study, the staffing plans of the three options and the HTML, timed end to end (target
 * ≤ 60 s on this machine), and the size of the HTML (target ≤ 2 MB). The PDF is timed apart.
 * Usage: node dist/benchmarks/report.js [replications=200]
 */
import { pathToFileURL } from 'node:url';
import { loadComparison, reportStudy } from '../scenarios/study/index.js';
import { chromiumPath, renderPdf } from '../viz/report/renderPdf.js';
import { renderReport } from '../viz/report/renderReport.js';
import { writeBenchResult } from './benchReport.js';

export async function reportBench(replications: number): Promise<Record<string, number | string | boolean>> {
  const t0 = performance.now();
  const scenarios = await loadComparison(['sapporo-kita-peak-current-plan']);
  const bundle = await reportStudy(scenarios, { replications });
  const tStudy = performance.now();
  const { html, tables } = renderReport(bundle, {
    lang: 'ja',
    command: 'benchmark',
    generatedAt: new Date().toISOString(),
    commit: null,
  });
  const tHtml = performance.now();
  const pdfMs =
    chromiumPath() === null
      ? NaN
      : await (async () => {
          const t = performance.now();
          await renderPdf(html);
          return performance.now() - t;
        })();
  const htmlBytes = Buffer.byteLength(html);
  const totalMs = tHtml - t0;
  return {
    replications,
    studyMs: Math.round(tStudy - t0),
    renderMs: Math.round(tHtml - tStudy),
    totalMs: Math.round(totalMs),
    meetsTimeTarget: totalMs <= 60_000,
    htmlMB: Number((htmlBytes / 2 ** 20).toFixed(2)),
    meetsSizeTarget: htmlBytes <= 2 * 2 ** 20,
    tables: tables.length,
    pdfMs: Math.round(pdfMs),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await reportBench(Number(process.argv[2] ?? 200));
  writeBenchResult('report', result);
  console.log(JSON.stringify(result)); // one line: runAll reads the last line
}
