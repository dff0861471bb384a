/**
 * The 北区 sample plans hold a credible number of desks: one per person under fixed seating
 * (current building, option A), 0.85 per person under group address (option B) — the plans used to
 * derive 1.5–1.9 desks per person from the roomy offices' area — with the staff of the office part.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFloorPlan, zoneAreaTable } from '../../floorplans/index.js';
import { KITA_GROUP_ADDRESS_RATIO, KITA_STAFF } from '../../floorplans/library/generate/kitaDesks.js';
import type { WorkplacePart } from '../../scenarios/workplace/workplaceSchema.js';

const office = JSON.parse(readFileSync('scenarios/library/parts/kita-office.json', 'utf8')) as WorkplacePart;
const staffOf = (h: Record<string, number | undefined>) => Object.values(h).reduce<number>((a, b) => a + (b ?? 0), 0);

describe('desks in the 北区 sample plans', () => {
  it('count the staff of scenarios/library/parts/kita-office.json', () => {
    expect(KITA_STAFF).toEqual(Object.fromEntries(office.departments.map((d) => [d.id, staffOf(d.headcount)])));
  });

  it.each([
    ['kita-current.geojson', 1],
    ['kita-option-a.geojson', 1],
    ['kita-option-b.geojson', KITA_GROUP_ADDRESS_RATIO],
  ])('%s gives each department %s desks per person, stated on its office zones', (file, ratio) => {
    const zones = zoneAreaTable(loadFloorPlan(JSON.parse(readFileSync(`floorplans/library/${file}`, 'utf8'))));
    for (const [dept, staff] of Object.entries(KITA_STAFF)) {
      const offices = zones.filter((z) => z.kind === 'office' && z.department === dept);
      expect(
        offices.every((z) => !z.capacity.derived.includes('desks')),
        `${file} ${dept}`,
      ).toBe(true);
      expect(
        offices.reduce((a, z) => a + (z.capacity.desks ?? 0), 0),
        `${file} ${dept}`,
      ).toBe(Math.round(ratio * staff));
    }
  });
});
