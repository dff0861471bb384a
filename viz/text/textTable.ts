/**
 * Plain-text tables for terminal summaries, shared by every text renderer. CJK characters take
 * two columns on a terminal, so Japanese labels line up.
 */

/** Rows as an aligned table: first column left-aligned, the rest right-aligned. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i], i === 0 ? 'end' : 'start'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Width on a terminal (East Asian wide characters count two). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return w;
}

function pad(text: string, width: number, side: 'start' | 'end'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return side === 'start' ? fill + text : text + fill;
}

type Ci = { mean: number | null; ci95: number | null } | undefined;

/** `mean ± ci95` with the given digits (— when undefined). */
export function meanCi(s: Ci, digits = 2): string {
  if (!s || s.mean === null || !Number.isFinite(s.mean)) return '—';
  return s.ci95 === null || !Number.isFinite(s.ci95)
    ? s.mean.toFixed(digits)
    : `${s.mean.toFixed(digits)} ± ${s.ci95.toFixed(digits)}`;
}
