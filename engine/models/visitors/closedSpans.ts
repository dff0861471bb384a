/**
 * The closed spans of each department with a closed-span rule: the pieces of opening hours in
 * which its own roster is 0 (for the run's `closedSpans` block and the text output). Multi-skilled
 * staff may still serve such a line (the model then treats it as open); this lists the roster.
 */
import { rosterCurve } from './staffRoster.js';
import type { ClosedRule, VisitorInput } from './visitorInput.js';

export interface ClosedSpans extends ClosedRule {
  department: string;
  spans: { fromMin: number; toMin: number }[];
}

export function closedSpansOf(input: VisitorInput): ClosedSpans[] {
  const out: ClosedSpans[] = [];
  for (const d of input.departments) {
    if (d.closed === undefined) continue;
    const curve = rosterCurve(d.staff, input.openMin, input.closeMin);
    const spans: { fromMin: number; toMin: number }[] = [];
    curve.atMin.forEach((at, i) => {
      if (curve.value[i] > 0 || at >= input.closeMin) return;
      spans.push({ fromMin: at, toMin: i + 1 < curve.atMin.length ? curve.atMin[i + 1] : input.closeMin });
    });
    out.push({ department: d.id, ...d.closed, spans });
  }
  return out;
}
