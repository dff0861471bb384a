/**
 * Desks of the 北区 sample plans, stated on each office zone instead of derived from its area (at
 * 6 m² a desk the roomy 1972 offices held 1.5–1.9 desks per person, which no ward office has):
 * fixed seating one desk per person of the department, group address 0.85 per person (docs/sources.md
 * §6.6), spread over a department's office zones by their area (largest remainder).
 */
import type { PlanBuilder } from '../../planBuilder.js';
import type { XY } from '../../floorPlan.js';
import { ringSignedAreaM2 } from '../../polygonAreaM2.js';

/** Staff of each department in scenarios/library/parts/kita-office.json (sources §6.6; a test keeps them equal). */
export const KITA_STAFF: Readonly<Record<string, number>> = {
  'koseki-jumin': 68,
  'hoken-nenkin': 55,
  'hoken-fukushi': 46,
  kosodate: 27,
  'seikatsu-hogo': 57,
  somu: 47,
};

/** Desks per person under group address (sources §6.6 [A]). */
export const KITA_GROUP_ADDRESS_RATIO = 0.85;

export function setKitaDesks(b: PlanBuilder): void {
  const offices = b.features.filter((f) => f.properties.kind === 'office' && f.properties.department !== undefined);
  for (const [dept, staff] of Object.entries(KITA_STAFF)) {
    const zones = offices.filter((f) => f.properties.department === dept);
    if (zones.length === 0) continue;
    const shared = zones.every((f) => f.properties.seating === 'group-address');
    const total = shared ? Math.round(KITA_GROUP_ADDRESS_RATIO * staff) : staff;
    const areas = zones.map((f) => Math.abs(ringSignedAreaM2((f.geometry.coordinates as XY[][])[0])));
    const sum = areas.reduce((a, x) => a + x, 0);
    const exact = areas.map((a) => (total * a) / sum);
    const desks = exact.map(Math.floor);
    const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, c) => c.r - a.r || a.i - c.i);
    for (const { i } of order.slice(0, total - desks.reduce((a, x) => a + x, 0))) desks[i] += 1;
    zones.forEach((f, i) => (f.properties.desks = desks[i]));
  }
}
