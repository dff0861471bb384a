/**
 * The run's `triage` block: per day, visitors sent to a wrong counter first, information-only
 * visitors who asked at a counter or were answered by the concierge, and incomplete visits found
 * at the counter or caught by the concierge; with return visits, the `returns` block. Absent
 * when the scenario uses neither triage nor incomplete visits, so other results keep their shape.
 */
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { Estimate, VisitorRunBlock } from '../../engine/results/index.js';

export function triageBlock(
  input: VisitorInput,
  t: Record<string, unknown>,
  r: Record<string, unknown>,
  est: (node: unknown) => Estimate,
): Pick<VisitorRunBlock, 'triage' | 'returns'> {
  if (input.triage === undefined && input.incompleteVisits === undefined) return {};
  const returns =
    input.incompleteVisits?.returns === undefined
      ? {}
      : {
          returns: {
            arrived: est(r.arrived),
            pendingAtEnd: est(r.pendingAtEnd),
            madeOverHorizon: est(r.madeOverHorizon),
            returnedOverHorizon: est(r.returnedOverHorizon),
          },
        };
  return {
    ...returns,
    triage: {
      wrongCounter: est(t.wrongCounter),
      infoAtCounter: est(t.infoAtCounter),
      answeredByConcierge: est(t.answeredByConcierge),
      incompleteAtCounter: est(t.incompleteAtCounter),
      incompleteAtConcierge: est(t.incompleteAtConcierge),
    },
  };
}
