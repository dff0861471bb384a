/** Renders rows as an aligned plain-text table (first column left-aligned, the rest right). */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? pad(c, widths[i], 'end') : pad(c, widths[i], 'start'))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Width on a terminal: CJK characters take two columns (so Japanese labels line up). */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'start' ? fill + text : text + fill;
}

/** `mean ± ci95` with a sensible number of digits (— when undefined). */
export function meanCi(s: { mean: number | null; ci95: number | null } | undefined, digits = 2): string {
  if (!s || s.mean === null) return '—';
  const m = s.mean.toFixed(digits);
  return s.ci95 === null ? m : `${m} ± ${s.ci95.toFixed(digits)}`;
}
