import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFloorPlan } from '../../floorplans/index.js';
import { renderFloorPlanSvg } from '../../viz/floorPlanSvg.js';

const plan = loadFloorPlan(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'floorplans', 'library', 'kita-option-b.geojson'), 'utf8'),
  ),
);
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

describe('SVG drawing', () => {
  it('draws one path per zone and per stair/lift storey, with labels, doors and security lines', () => {
    const svg = renderFloorPlanSvg(plan);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const storeys = plan.verticals.reduce((s, v) => s + v.levels.length, 0);
    expect(count(svg, /<path class="zone /g)).toBe(plan.zones.length + storeys);
    for (const z of plan.zones) {
      expect(svg).toContain(`data-id="${z.id}"`);
      expect(svg).toContain(`>${z.properties.nameJa ?? z.properties.name ?? z.id}</text>`);
    }
    expect(count(svg, /<path class="door /g)).toBe(plan.doors.length);
    expect(count(svg, /<path class="security-line"/g)).toBe(plan.securityLines.length);
    expect(svg).toMatch(/class="zone kind-lobby"[^>]*d="M[\d.]+,[\d.]+L/);
  });

  it('draws only the requested level', () => {
    const svg = renderFloorPlanSvg(plan, { level: 2 });
    expect(count(svg, /<g class="level"/g)).toBe(1);
    expect(count(svg, /<path class="zone /g)).toBe(
      plan.zones.filter((z) => z.level === 2).length + plan.verticals.length,
    );
    expect(svg).not.toContain('data-id="lobby-1F"');
  });

  it('escapes labels', () => {
    const odd = {
      ...plan,
      zones: plan.zones.map((z, i) => (i === 0 ? { ...z, properties: { ...z.properties, nameJa: 'A & <B>' } } : z)),
    };
    expect(renderFloorPlanSvg(odd)).toContain('A &amp; &lt;B&gt;');
  });
});
