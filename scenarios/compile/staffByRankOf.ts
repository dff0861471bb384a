import type { StaffByRankInput } from '../planInputs.js';
import type { Scenario } from '../scenarioSchema.js';

/**
 * Staff by rank for the office-area cross-check: the scenario's own `staffByRank` when given;
 * otherwise derived from the workplace headcount [A]: managers counted as 課長級 (section chiefs)
 * and everyone else as 一般職員 — a coarse stand-in, since the standards weight ranks
 * (総務省: 課長級 5, 一般 1; sources §1.1). Undefined without either.
 */
export function staffByRankOf(scenario: Scenario): { staff: StaffByRankInput; derived: boolean } | undefined {
  if (scenario.staffByRank) return { staff: scenario.staffByRank, derived: false };
  const departments = (scenario.workplace as { departments?: { headcount?: Record<string, number> }[] } | undefined)
    ?.departments;
  if (!Array.isArray(departments)) return undefined;
  let managers = 0;
  let others = 0;
  for (const d of departments) {
    for (const [role, n] of Object.entries(d.headcount ?? {})) {
      if (role === 'manager') managers += n;
      else others += n;
    }
  }
  return managers + others > 0 ? { staff: { sectionChief: managers, general: others }, derived: true } : undefined;
}
