/**
 * A linked floor plan compiled to what the models, the area check and the drawings take from it
 * (issue 5's plan link, as plain data): visitor walking minutes between typed place keys, staff
 * walks from office to counter, office zones and bookable spaces, zone areas and capacities, the
 * gross floor area, outlines and routes for drawing. No closures and no geometry library, so it
 * can be hashed, stored, sent to a worker or a browser, and checked again without the GeoJSON.
 *
 * Department ids of the scenario are mapped to the plan's with `floorplan.departments` (identity
 * by default), since plans and scenarios are often drawn up by different people.
 */
import { contentHash } from '../../engine/runner/contentHash.js';
// The modules themselves, not the floor plans' index: that would also load DXF import and drawing.
import { buildWalkingNetwork } from '../../floorplans/buildWalkingNetwork.js';
import type { DemandZone } from '../../floorplans/checkSpaceDemand.js';
import type { FloorPlan, PlanZone } from '../../floorplans/floorPlan.js';
import { loadFloorPlan } from '../../floorplans/loadFloorPlan.js';
import { planGrossAreaM2 } from '../../floorplans/planGrossAreaM2.js';
import { polygonAreaM2 } from '../../floorplans/polygonAreaM2.js';
import { ShortestPathTree } from '../../floorplans/shortestPathTree.js';
import { shortestRoute } from '../../floorplans/shortestRoute.js';
import { DEFAULT_SPACE_STANDARDS } from '../../floorplans/spaceStandards.js';
import { zoneAreaTable } from '../../floorplans/zoneAreaTable.js';
import { zoneCapacity } from '../../floorplans/zoneCapacity.js';
import type { PlanDrawing } from '../../engine/results/index.js';
import type { WorkplacePlanInput } from '../planInputs.js';

/** A place a visitor walks between; `counter:<id>` uses the scenario's department ids. */
export type PlaceKey = 'entrance' | 'exit' | 'concierge' | 'reception' | 'waiting' | `counter:${string}`;

export interface CompiledPlan {
  /** Hash of the plan document: the plan's part of every run's inputHash. */
  planHash: string;
  name: string;
  nameJa: string;
  grossAreaM2: number;
  /** Zones with area and capacity (given or derived by the space standards), for the area check. */
  zones: (DemandZone & { level: number })[];
  walking: {
    /** Minutes from place to place where the plan has both and a public route between them. */
    visitorMin: Partial<Record<PlaceKey, Partial<Record<PlaceKey, number>>>>;
    /** Minutes a back-office member of each scenario department walks from its office to its counters. */
    staffToCounterMin: Record<string, number>;
  };
  workplace: WorkplacePlanInput;
  drawing: PlanDrawing;
}

export interface CompilePlanOptions {
  /** Scenario department ids with counters (visitor part), for the walking places. */
  visitorDepartments: readonly string[];
  /** Scenario department id → plan department id. */
  departments?: Readonly<Record<string, string>>;
}

const FIXED_PLACES: PlaceKey[] = ['entrance', 'exit', 'concierge', 'reception', 'waiting'];

/** Validates the plan (throws InputError naming each problem) and compiles it. */
export function compilePlan(geojson: unknown, options: CompilePlanOptions): CompiledPlan {
  const plan = loadFloorPlan(geojson);
  const toPlanDept = (d: string) => options.departments?.[d] ?? d;
  const rows = zoneAreaTable(plan);
  const names = new Map(
    plan.zones.map((z) => [
      z.id,
      {
        name: z.properties.name ?? z.properties.nameJa ?? z.id,
        nameJa: z.properties.nameJa ?? z.properties.name ?? z.id,
      },
    ]),
  );
  const visitorNet = buildWalkingNetwork(plan, { audience: 'visitor' });
  const staffNet = buildWalkingNetwork(plan, { audience: 'staff' });
  const places: PlaceKey[] = [...FIXED_PLACES, ...options.visitorDepartments.map((d): PlaceKey => `counter:${d}`)];

  const visitorMin: CompiledPlan['walking']['visitorMin'] = {};
  const routes: PlanDrawing['routes'] = [];
  const tree = new ShortestPathTree(visitorNet);
  for (const from of places) {
    const a = placeZone(plan, from, toPlanDept);
    if (a === undefined) continue;
    for (const to of places) {
      const b = placeZone(plan, to, toPlanDept);
      if (b === undefined || from === to) continue;
      const route =
        a.id === b.id ? { timeMin: 0, lengthM: 0, points: [] } : shortestRoute(visitorNet, a.id, b.id, tree);
      if (route === null) continue;
      (visitorMin[from] ??= {})[to] = route.timeMin;
      // Drawn: the walk in from the entrance to the waiting area and to every counter.
      if (from === 'entrance' && to !== 'exit' && route.points.length > 1) {
        routes.push({
          from,
          to,
          timeMin: route.timeMin,
          lengthM: route.lengthM,
          points: route.points.map((p) => [p.xM, p.yM, p.level] as [number, number, number]),
        });
      }
    }
  }

  const staffToCounterMin: Record<string, number> = {};
  const staffTree = new ShortestPathTree(staffNet);
  for (const dept of options.visitorDepartments) {
    const planDept = toPlanDept(dept);
    const counter = placeZone(plan, `counter:${dept}`, toPlanDept);
    if (counter === undefined) continue;
    const times = plan.zones
      .filter((z) => z.kind === 'office' && z.department === planDept)
      .map((o) => (o.id === counter.id ? 0 : shortestRoute(staffNet, o.id, counter.id, staffTree)?.timeMin))
      .filter((t): t is number => t !== undefined);
    if (times.length > 0) staffToCounterMin[dept] = Math.min(...times);
  }

  return {
    planHash: contentHash(geojson),
    name: plan.name ?? plan.nameJa ?? 'floor plan',
    nameJa: plan.nameJa ?? plan.name ?? '平面図',
    grossAreaM2: planGrossAreaM2(plan),
    zones: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      department: r.department,
      areaM2: r.areaM2,
      capacity: r.capacity,
      level: r.level,
    })),
    walking: { visitorMin, staffToCounterMin },
    workplace: workplaceSpaces(plan),
    drawing: {
      levels: plan.levels,
      zones: plan.zones.map((z) => ({
        id: z.id,
        ...(names.get(z.id) as { name: string; nameJa: string }),
        kind: z.kind,
        level: z.level,
        department: z.department ?? null,
        access: z.access,
        areaM2: polygonAreaM2(z.polygon),
        rings: [z.polygon.outer, ...z.polygon.holes].map((ring) => ring.map(([x, y]) => [x, y] as [number, number])),
      })),
      routes,
    },
  };
}

/** The zone standing for a place: the largest zone of that kind (and department). */
function placeZone(plan: FloorPlan, place: PlaceKey, toPlanDept: (d: string) => string): PlanZone | undefined {
  const counter = place.startsWith('counter:');
  const kind = counter ? 'counter' : place === 'exit' ? 'entrance' : place;
  const department = counter ? toPlanDept(place.slice('counter:'.length)) : undefined;
  const candidates = plan.zones.filter(
    (z) => z.kind === kind && (department === undefined || z.department === department),
  );
  if (candidates.length === 0 && place === 'waiting') return placeZone(plan, 'lobby' as PlaceKey, toPlanDept);
  return candidates.sort((a, b) => polygonAreaM2(b.polygon) - polygonAreaM2(a.polygon))[0];
}

/** Office zones with their desks and bookable spaces by kind, as the workplace model takes them. */
function workplaceSpaces(plan: FloorPlan): WorkplacePlanInput {
  const zones: WorkplacePlanInput['zones'] = [];
  const spaces: WorkplacePlanInput['spaces'] = [];
  for (const z of plan.zones) {
    const cap = zoneCapacity(z, DEFAULT_SPACE_STANDARDS);
    const areaM2 = polygonAreaM2(z.polygon);
    const nameJa = z.properties.nameJa ?? z.properties.name ?? z.id;
    const units = (n: number, kind: WorkplacePlanInput['spaces'][number]['kind'], persons: number) => {
      for (let i = 0; i < n; i++)
        spaces.push({
          id: `${z.id}#${i + 1}`,
          kind,
          capacityPersons: persons,
          areaM2: areaM2 / n,
          nameJa: `${nameJa} ${i + 1}`,
        });
    };
    switch (z.kind) {
      case 'office':
        zones.push({
          id: z.id,
          departmentIds: z.department ? [z.department] : [],
          desks: cap.desks ?? 0,
          areaM2,
          nameJa,
        });
        break;
      case 'booth-1p':
        units(cap.booths ?? 0, 'booth1', 1);
        break;
      case 'booth-group': {
        const n = cap.booths ?? 0;
        units(n, 'boothGroup', n > 0 ? Math.max(2, Math.floor((cap.capacityPersons ?? 4 * n) / n)) : 0);
        break;
      }
      case 'meeting-room':
        spaces.push({
          id: z.id,
          kind: 'meetingRoom',
          capacityPersons: cap.seats ?? cap.capacityPersons ?? 0,
          areaM2,
          nameJa,
        });
        break;
      case 'focus':
        units(cap.seats ?? 0, 'focusSeat', 1);
        break;
      case 'lounge':
        spaces.push({ id: z.id, kind: 'lounge', capacityPersons: cap.seats ?? 0, areaM2, nameJa });
        break;
      default:
        break;
    }
  }
  return { zones, spaces };
}
