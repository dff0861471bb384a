/**
 * Whether the first-choice requests of a space depend on how many units it has. The blocking
 * curve replayed from one run (shadowLossSystems.ts) holds the requests fixed, which is exact
 * only when a request's outcome does not change what its requester does next.
 *
 * A request accepted in the space keeps the requester busy for its duration. The requester is
 * busy for the same time when blocked only with fallback `desk`; with `drop` they go back to
 * idle at once and start their next activity sooner (Engset's finite-source effect), and a
 * booking nobody turns up to (no-show) leaves them idle while the unit is held. So the curve
 * must be simulated count by count when any activity that may use the space drops blocked
 * requests, or any space such an activity may use has no-shows.
 */
import type { WorkplaceModel } from '../../models/workplace/workplaceModel.js';

export function requestsDependOnUnits(model: WorkplaceModel, spaceIndex: number): boolean {
  const id = model.spaces[spaceIndex].id;
  const noShow = new Map(model.spaces.map((s) => [s.id, s.noShowShare > 0]));
  for (const role of Object.values(model.roles)) {
    for (const act of role?.activities ?? []) {
      if (!act.spaces.includes(id) || act.spaceShare === 0) continue;
      if (act.fallback === 'drop' || act.spaces.some((s) => noShow.get(s) === true)) return true;
    }
  }
  return false;
}
