/**
 * The report's CSS, inline (the file opens with no network). Japanese fonts first: IPAexGothic and
 * IPAGothic (TrueType, so a PDF embeds them by name), Noto Sans CJK, then the platforms' own.
 * Each section starts a printed page; tables do not break inside a row.
 */
export const REPORT_FONTS =
  '"IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif';

export const REPORT_CSS = `
:root { color-scheme: light; }
body { font-family: ${REPORT_FONTS}; color: #1a1a1a; margin: 0 auto; max-width: 980px; padding: 24px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; border-bottom: 2px solid #1a1a1a; padding-bottom: 4px; margin-top: 32px; }
h3 { font-size: 16px; margin-top: 24px; }
.cover p { margin: 2px 0; color: #444; }
nav ol { columns: 2; }
table.data { border-collapse: collapse; margin: 12px 0 20px; width: 100%; font-size: 12.5px; }
table.data caption { text-align: left; font-weight: bold; padding: 4px 0; font-size: 14px; }
table.data th, table.data td { border: 1px solid #bbb; padding: 3px 6px; vertical-align: top; }
table.data thead th { background: #eef1f5; }
table.data td { text-align: right; font-variant-numeric: tabular-nums; }
table.data tbody th { text-align: left; font-weight: normal; }
table.data td.text { text-align: left; }
table.assumptions td { text-align: left; word-break: break-word; }
table.stamp td { text-align: left; }
td.command { font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
.status-good { color: #0b5394; font-weight: bold; }
.status-bad { color: #b00020; font-weight: bold; }
.status-unsure { color: #7a5c00; }
.verdict-better { color: #0b5394; font-weight: bold; }
.verdict-worse { color: #b00020; font-weight: bold; }
.intro, .note { color: #333; }
.note { font-size: 12.5px; }
figure.chart { margin: 16px 0 24px; break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
details summary { cursor: pointer; color: #0b5394; font-size: 12.5px; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  section.report-section { break-before: page; }
  details { display: block; }
  details > summary { display: none; }
  details:not([open]) > table { display: none; }
  tr, figure { break-inside: avoid; }
}
`;
