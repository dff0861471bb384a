// PLACEHOLDER: the floor-plan link (issue 5 item 5) is written once the floorplans module lands.
import type { PlanInputs } from './planInputs.js';
export async function loadPlanInputs(file: string): Promise<PlanInputs> {
  throw new Error(`floor plans are not linked to scenarios yet (${file})`);
}
