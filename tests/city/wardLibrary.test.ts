/**
 * The ward files (scenarios/library/wards, floorplans/library/wards) are what the generators make
 * of the 北区 parts and the ward facts; every option scenario loads with its plan; every generated
 * plan has today's 区役所 area and lays out the option's own counters and desks.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFloorPlan, planGrossAreaM2, zoneAreaTable } from '../../floorplans/index.js';
import { fillBands, packBand } from '../../floorplans/library/generate/packBand.js';
import { compileScenario } from '../../scenarios/compile/compileScenario.js';
import { wardLibraryFiles } from '../../scenarios/study/city/writeWardLibrary.js';
import { validateWardFacts } from '../../scenarios/study/city/wardFacts.js';
import { PLAN_DEPARTMENTS } from '../../scenarios/study/city/wardOptionKinds.js';
import { loadScenario } from '../../scenarios/study/index.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import type { WorkplacePart } from '../../scenarios/workplace/workplaceSchema.js';

const files = wardLibraryFiles();
const facts = validateWardFacts(
  JSON.parse(readFileSync('scenarios/library/wards/sapporo-wards.json', 'utf8')),
  'facts',
);
const study = JSON.parse(readFileSync('scenarios/library/sapporo-city.json', 'utf8')) as {
  cityStudy: { wards: { id: string; options: { id: string; scenario: string }[] }[] };
};
const generatedScenarios = Object.keys(files).filter((p) =>
  /^scenarios\/library\/wards\/sapporo-[a-z]+-[a-z-]+\.json$/.test(p),
);

describe('the city study’s ward files', () => {
  it('are the generators’ output (REGEN=1 rewrites them)', () => {
    for (const [path, text] of Object.entries(files)) {
      if (process.env.REGEN === '1') {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      }
      expect(existsSync(path), path).toBe(true);
      expect(readFileSync(path, 'utf8'), path).toBe(text);
    }
  });

  it('give every ward a status quo and the five 1970s wards three options, each referenced by the study file', () => {
    const byWard = new Map(study.cityStudy.wards.map((w) => [w.id, w.options.map((o) => o.id)]));
    expect([...byWard.keys()].sort()).toEqual(facts.wards.map((w) => w.id).sort());
    for (const [id, options] of byWard)
      expect(
        options.slice(0, id === 'kita' || ['higashi', 'toyohira', 'minami', 'nishi'].includes(id) ? 3 : 1),
        id,
      ).toEqual(
        id === 'kita' || ['higashi', 'toyohira', 'minami', 'nishi'].includes(id)
          ? ['status-quo', 'dx-counters', 'dx-abw']
          : ['status-quo'],
      );
    for (const w of study.cityStudy.wards)
      for (const o of w.options) expect(existsSync(join('scenarios/library', o.scenario)), o.scenario).toBe(true);
    expect(generatedScenarios).toHaveLength(5 * 3 + 5);
  });

  it.each(generatedScenarios)(
    '%s loads and compiles with a plan of the ward’s 区役所 area holding its counters and desks',
    async (path) => {
      const resolved = await loadScenario(path);
      const compiled = compileScenario(resolved);
      const wardId = /sapporo-([a-z]+)-/.exec(path)?.[1] as string;
      const ward = facts.wards.find((w) => w.id === wardId);
      expect(compiled.plan, path).toBeDefined();
      expect(compiled.plan?.grossAreaM2).toBeCloseTo(ward?.read.wardOfficeM2 ?? 0, wardId === 'kita' ? -1 : 0);
      if (wardId === 'kita') return; // 北区 has its drawn sample plans
      const plan = loadFloorPlan(resolved.plan?.geojson);
      const zones = zoneAreaTable(plan);
      const visitors = resolved.scenario.visitors as VisitorPart;
      const positions = new Map<string, number>();
      for (const d of visitors.departments)
        positions.set(
          PLAN_DEPARTMENTS[d.id] ?? d.id,
          (positions.get(PLAN_DEPARTMENTS[d.id] ?? d.id) ?? 0) + d.counters,
        );
      for (const [dept, n] of positions) {
        expect(
          zones
            .filter((z) => z.kind === 'counter' && z.department === dept)
            .reduce((a, z) => a + (z.capacity.counterPositions ?? 0), 0),
          `${path} ${dept}`,
        ).toBe(n);
      }
      const workplace = resolved.scenario.workplace as WorkplacePart;
      const staff = workplace.departments.reduce(
        (a, d) => a + Object.values(d.headcount).reduce<number>((x, y) => x + (y ?? 0), 0),
        0,
      );
      const desks = zones.filter((z) => z.kind === 'office').reduce((a, z) => a + (z.capacity.desks ?? 0), 0);
      if (path.endsWith('-dx-abw.json')) expect(desks / staff, path).toBeCloseTo(0.85, 1);
      else expect(desks, path).toBe(staff);
      expect(planGrossAreaM2(plan)).toBeCloseTo(ward?.read.wardOfficeM2 ?? 0, 0);
    },
  );
});

describe('laying zones out along a band', () => {
  it('gives each zone the width its area asks for, a filler the rest, and shares walls exactly', () => {
    const placed = packBand(
      [
        { item: 'a', targetM2: 40, minWidthM: 2 },
        { item: 'b', targetM2: 10, minWidthM: 3 },
      ],
      0,
      20,
      4,
      'fill',
    );
    expect(placed.map((p) => [p.item, p.x0, p.x1])).toEqual([
      ['a', 0, 10],
      ['b', 10, 13],
      ['fill', 13, 20],
    ]);
  });

  it('squeezes every zone in proportion when the band is too short, and puts a sliver on the last zone', () => {
    const placed = packBand(
      [
        { item: 'a', targetM2: 40, minWidthM: 1 },
        { item: 'b', targetM2: 40, minWidthM: 1 },
      ],
      0,
      10,
      4,
      'fill',
    );
    expect(placed.map((p) => [p.item, p.x0, p.x1])).toEqual([
      ['a', 0, 5],
      ['b', 5, 10],
    ]);
    expect(packBand([{ item: 'a', targetM2: 39, minWidthM: 1 }], 0, 10.5, 4, 'fill').map((p) => p.item)).toEqual(['a']);
  });

  it('fills bands in order by area, the last band taking the rest', () => {
    const items = [30, 30, 30].map((t, i) => ({ item: i, targetM2: t, minWidthM: 1 }));
    expect(fillBands(items, [50, 50]).map((b) => b.map((x) => x.item))).toEqual([[0], [1, 2]]);
  });
});
