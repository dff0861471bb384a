/**
 * Counter workload of a visitor part, per department: expected counter minutes a day that the
 * procedure mix asks of each department (would-be visits × share × Σ over the procedure's steps
 * there of p × mean service minutes). Diversion, reservations and 書かない窓口 are left out: the
 * scaling rules compare wards on the same levers, so they cancel in every ratio.
 */
import { distributionMean, type DistributionSpec } from '../../../engine/core/distribution.js';
import type { VisitorPart } from '../../visitors/visitorSchema.js';

type Procedure = VisitorPart['procedures'][number];

/** Counter minutes per would-be visit of `p` at each department it uses. */
export function minutesPerVisitByDepartment(p: Procedure): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of p.steps)
    out.set(
      s.department,
      (out.get(s.department) ?? 0) + (s.p ?? 1) * distributionMean(s.serviceMin as DistributionSpec),
    );
  return out;
}

/** Counter minutes a day per department, with each procedure's visits weighted by `weightOf` (1 = as the part says). */
export function departmentWorkloadMin(
  part: VisitorPart,
  weightOf: (procedureId: string) => number = () => 1,
): Map<string, number> {
  const out = new Map<string, number>(part.departments.map((d) => [d.id, 0]));
  for (const p of part.procedures) {
    const visits = part.demand.visitorsPerDay * p.share * weightOf(p.id);
    for (const [dept, min] of minutesPerVisitByDepartment(p)) out.set(dept, (out.get(dept) ?? 0) + visits * min);
  }
  return out;
}
