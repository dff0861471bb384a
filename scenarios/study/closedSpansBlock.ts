/**
 * The run's `closedSpans` block: each department with a closed-span rule, its closed spans and
 * rule, and the visitors redirected or turned away per day. Absent without such rules, so the
 * results of scenarios without them keep their shape.
 */
import { closedSpansOf } from '../../engine/models/visitors/closedSpans.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { Estimate, VisitorRunBlock } from '../../engine/results/index.js';
import type { VisitorLabels } from '../compile/visitorLabels.js';
import { clockText } from '../visitors/toVisitorInput.js';

type ClosedBlock = Pick<VisitorRunBlock, 'closedSpans'>;

export function closedSpansBlock(
  input: VisitorInput,
  labels: VisitorLabels,
  closed: Record<string, unknown>,
  est: (node: unknown) => Estimate,
): ClosedBlock {
  const rules = closedSpansOf(input);
  if (rules.length === 0) return {};
  const nameOf = new Map(labels.queues.map((q) => [q.id, q]));
  return {
    closedSpans: {
      redirected: est(closed.redirected),
      left: est(closed.left),
      departments: rules.map((r) => {
        const label = nameOf.get(r.department);
        return {
          id: r.department,
          name: label?.name ?? r.department,
          nameJa: label?.nameJa ?? r.department,
          whenClosed: r.whenClosed,
          redirectTo: r.redirectTo,
          spans: r.spans.map((s) => ({ from: clockText(s.fromMin), to: clockText(s.toMin) })),
        };
      }),
    },
  };
}
