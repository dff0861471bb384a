/**
 * Expected effect of the visitor segments on a procedure's contacts, for the mean service time
 * of each line (the displayed wait at the ticket and the staffing optimiser's Erlang C start):
 * factor_p = Σ share·serviceFactor + (1 − Σ share), extra_p = Σ share·E[extra minutes].
 */
import { distributionMean } from '../../core/distribution.js';
import type { VisitorInput } from './visitorInput.js';

export function segmentMeanFactors(input: VisitorInput): { factor: Float64Array; extraMin: Float64Array } {
  const n = input.procedures.length;
  const factor = new Float64Array(n).fill(1);
  const extraMin = new Float64Array(n);
  for (const s of input.segments ?? []) {
    const extra = s.extraMinPerContact === null ? 0 : distributionMean(s.extraMinPerContact);
    for (let p = 0; p < n; p++) {
      const share = s.shareByProcedure[p];
      factor[p] += share * (s.serviceFactor - 1);
      extraMin[p] += share * extra;
    }
  }
  return { factor, extraMin };
}
