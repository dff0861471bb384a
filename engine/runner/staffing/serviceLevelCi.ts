/**
 * Confidence interval of the service level the staffing optimiser reports per group and interval.
 * That service level is pooled over the R simulated days — Σ served in time ÷ Σ joined — a ratio
 * of two sums, so its standard error comes from the residuals dᵣ = withinᵣ − SL·joinsᵣ of the
 * days (the delta method for a ratio estimator): se = sd(d) / (√R · mean joins). Days are
 * independent replications, so this is the usual t interval with R − 1 degrees of freedom.
 */
import { ciHalfWidth } from '../summarize.js';

/** Rows as simulatePlanRows lays them out: per replication r, group k, metric m, interval i. */
export function serviceLevelCi95(chunks: readonly Float64Array[], groups: number, bins: number): (number | null)[][] {
  const joins: number[][][] = Array.from({ length: groups }, () => Array.from({ length: bins }, () => []));
  const within: number[][][] = Array.from({ length: groups }, () => Array.from({ length: bins }, () => []));
  for (const rows of chunks) {
    const reps = rows.length / (groups * 4 * bins);
    for (let r = 0; r < reps; r++) {
      for (let k = 0; k < groups; k++) {
        const at = (r * groups + k) * 4 * bins;
        for (let i = 0; i < bins; i++) {
          joins[k][i].push(rows[at + i]);
          within[k][i].push(rows[at + bins + i]);
        }
      }
    }
  }
  return joins.map((byInterval, k) =>
    byInterval.map((js, i) => {
      const n = js.length;
      const totalJoins = js.reduce((a, b) => a + b, 0);
      if (n < 2 || totalJoins === 0) return null;
      const sl = within[k][i].reduce((a, b) => a + b, 0) / totalJoins;
      const d = js.map((j, r) => within[k][i][r] - sl * j);
      const sd = Math.sqrt(d.reduce((a, x) => a + x * x, 0) / (n - 1));
      return ciHalfWidth(sd, n) / (totalJoins / n);
    }),
  );
}
