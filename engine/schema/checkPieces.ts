import type { InputIssue } from '../inputError.js';

/**
 * Checks a piecewise profile (rates or server counts): each piece has fromMin < toMin, pieces
 * do not overlap, and with a period every piece lies inside [0, periodMin].
 */
export function checkPieces(pieces: unknown, periodMin: unknown, path: string, issues: InputIssue[]): void {
  if (!Array.isArray(pieces)) return;
  const spans: { from: number; to: number; index: number }[] = [];
  pieces.forEach((p: unknown, index) => {
    if (typeof p !== 'object' || p === null) return;
    const { fromMin, toMin } = p as { fromMin?: unknown; toMin?: unknown };
    if (typeof fromMin !== 'number' || typeof toMin !== 'number') return;
    if (!(fromMin < toMin))
      issues.push({ path: `${path}[${index}].toMin`, message: `expected > fromMin (${fromMin}), got ${toMin}` });
    if (typeof periodMin === 'number' && toMin > periodMin) {
      issues.push({ path: `${path}[${index}].toMin`, message: `expected ≤ periodMin (${periodMin}), got ${toMin}` });
    }
    spans.push({ from: fromMin, to: toMin, index });
  });
  spans.sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) {
      issues.push({
        path: `${path}[${spans[i].index}].fromMin`,
        message: `overlaps piece ${spans[i - 1].index} ([${spans[i - 1].from}, ${spans[i - 1].to})), got ${spans[i].from}`,
      });
    }
  }
}
