/**
 * Derives what the models take from a floor plan (issue 5, item 5): visitor walking times
 * between named places and staff walks from office to counter, from the plan's walking
 * networks; office zones, desks, booths, rooms and focus seats from its zones.
 *
 * Department ids of the scenario are mapped to the plan's with `floorplan.departments`
 * (identity by default), since plans and scenarios are often drawn up by different people.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../engine/inputError.js';
import {
  buildWalkingNetwork,
  checkSpaceDemand,
  compareOfficeAreaStandards,
  DEFAULT_SPACE_STANDARDS,
  planGrossAreaM2,
  loadFloorPlan,
  polygonAreaM2,
  shortestRoute,
  ShortestPathTree,
  zoneCapacity,
  type FloorPlan,
  type PlanZone,
  type WalkingNetwork,
} from '../floorplans/index.js';
import { MAX_INPUT_BYTES } from './inputLimits.js';
import type { PlanInputs, VisitorWalkingInput, WorkplacePlanInput } from './planInputs.js';

export interface PlanLinkOptions {
  /** Scenario department id → plan department id. */
  departments?: Record<string, string>;
}

/** Reads, validates and links the plan at `file`. */
export async function loadPlanInputs(file: string, options: PlanLinkOptions = {}): Promise<PlanInputs> {
  let text: string;
  try {
    const buf = await readFile(file);
    if (buf.byteLength > MAX_INPUT_BYTES) throw new Error(`file is ${buf.byteLength} bytes, the limit is ${MAX_INPUT_BYTES}`);
    text = buf.toString('utf8');
  } catch (err) {
    throw new InputError([{ path: 'floorplan.file', message: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError([{ path: 'floorplan.file', message: `${file} is not valid JSON: ${(err as Error).message}` }]);
  }
  return linkPlan(loadFloorPlan(json), options);
}

/** Plan inputs of an already validated plan. */
export function linkPlan(plan: FloorPlan, options: PlanLinkOptions = {}): PlanInputs {
  const toPlanDept = (d: string) => options.departments?.[d] ?? d;
  return {
    planName: plan.nameJa ?? plan.name ?? 'floor plan',
    walking: visitorWalking(plan, toPlanDept),
    workplace: workplaceSpaces(plan),
    grossAreaM2: planGrossAreaM2(plan),
    checkOfficeStandards(staff) {
      const c = compareOfficeAreaStandards(plan, staff);
      return {
        staff: c.somu.staff,
        planGrossM2: c.planGrossM2,
        somuM2: c.somu.totalM2,
        mlitM2: c.mlit.totalM2,
        planToSomu: c.planToSomu,
        planToMlit: c.planToMlit,
        planM2PerStaff: c.planM2PerStaff,
      };
    },
    checkArea(demand) {
      const byPlanDept = (m?: Record<string, number>) => {
        if (m === undefined) return undefined;
        const out: Record<string, number> = {};
        for (const [dept, n] of Object.entries(m)) out[toPlanDept(dept)] = (out[toPlanDept(dept)] ?? 0) + Math.ceil(n);
        return out;
      };
      const whole = (n?: number) => (n === undefined ? undefined : Math.ceil(n));
      const rows = checkSpaceDemand(plan, {
        waitingSeatsP95: whole(demand.waitingSeatsP95),
        counterPositionsByDepartment: byPlanDept(demand.counterPositionsByDepartment),
        desksByZone: demand.desksByZone,
        desksByDepartment: byPlanDept(demand.desksByDepartment),
        booths1p: whole(demand.booths1p),
        boothsGroup: whole(demand.boothsGroup),
        meetingRoomsBySize: demand.meetingRoomsBySize,
        consultationRooms: whole(demand.consultationRooms),
        consultationBooths: whole(demand.consultationBooths),
        focusSeats: whole(demand.focusSeats),
      });
      return rows.map(({ item, scope, demandUnits, planUnits, needM2, planM2, surplusM2, status }) => ({ item, scope, demandUnits, planUnits, needM2, planM2, surplusM2, status }));
    },
  };
}

/** The zone standing for a named place: the largest zone of that kind (and department). */
function placeZone(plan: FloorPlan, place: string): PlanZone | undefined {
  const [kind, department] = place.startsWith('counter:') ? ['counter', place.slice('counter:'.length)] : [place === 'exit' ? 'entrance' : place, undefined];
  const candidates = plan.zones.filter((z) => z.kind === kind && (department === undefined || z.department === department));
  if (candidates.length === 0 && place === 'waiting') return placeZone(plan, 'lobby');
  return candidates.sort((a, b) => polygonAreaM2(b.polygon) - polygonAreaM2(a.polygon))[0];
}

function visitorWalking(plan: FloorPlan, toPlanDept: (d: string) => string): VisitorWalkingInput {
  const visitors = buildWalkingNetwork(plan, { audience: 'visitor' });
  const staff = buildWalkingNetwork(plan, { audience: 'staff' });
  const cache = new Map<string, number | undefined>();
  const time = (net: WalkingNetwork, tree: ShortestPathTree, from: PlanZone | undefined, to: PlanZone | undefined) =>
    from && to ? (from.id === to.id ? 0 : shortestRoute(net, from.id, to.id, tree)?.timeMin) : undefined;
  const visitorTree = new ShortestPathTree(visitors);
  const staffTree = new ShortestPathTree(staff);
  const mapPlace = (p: string) => (p.startsWith('counter:') ? `counter:${toPlanDept(p.slice('counter:'.length))}` : p);
  return {
    visitorMin(from, to) {
      const key = `v|${from}|${to}`;
      if (!cache.has(key)) cache.set(key, time(visitors, visitorTree, placeZone(plan, mapPlace(from)), placeZone(plan, mapPlace(to))));
      return cache.get(key);
    },
    staffToCounterMin(departmentId) {
      const key = `s|${departmentId}`;
      if (!cache.has(key)) {
        const dept = toPlanDept(departmentId);
        const offices = plan.zones.filter((z) => z.kind === 'office' && z.department === dept);
        const counter = placeZone(plan, `counter:${dept}`);
        const times = offices.map((o) => time(staff, staffTree, o, counter)).filter((t): t is number => t !== undefined);
        cache.set(key, times.length > 0 ? Math.min(...times) : undefined);
      }
      return cache.get(key);
    },
  };
}

function workplaceSpaces(plan: FloorPlan): WorkplacePlanInput {
  const zones: WorkplacePlanInput['zones'] = [];
  const spaces: WorkplacePlanInput['spaces'] = [];
  for (const z of plan.zones) {
    const cap = zoneCapacity(z, DEFAULT_SPACE_STANDARDS);
    const areaM2 = polygonAreaM2(z.polygon);
    switch (z.kind) {
      case 'office':
        zones.push({ id: z.id, departmentIds: z.department ? [z.department] : [], desks: cap.desks ?? 0, areaM2 });
        break;
      case 'booth-1p':
        for (let i = 0; i < (cap.booths ?? 0); i++) spaces.push({ id: `${z.id}#${i + 1}`, kind: 'booth1', capacityPersons: 1, areaM2: areaM2 / (cap.booths ?? 1) });
        break;
      case 'booth-group': {
        const n = cap.booths ?? 0;
        const persons = n > 0 ? Math.max(2, Math.floor((cap.capacityPersons ?? 4 * n) / n)) : 0;
        for (let i = 0; i < n; i++) spaces.push({ id: `${z.id}#${i + 1}`, kind: 'boothGroup', capacityPersons: persons, areaM2: areaM2 / n });
        break;
      }
      case 'meeting-room':
        spaces.push({ id: z.id, kind: 'meetingRoom', capacityPersons: cap.seats ?? cap.capacityPersons ?? 0, areaM2 });
        break;
      case 'focus':
        for (let i = 0; i < (cap.seats ?? 0); i++) spaces.push({ id: `${z.id}#${i + 1}`, kind: 'focusSeat', capacityPersons: 1, areaM2: areaM2 / (cap.seats ?? 1) });
        break;
      case 'lounge':
        spaces.push({ id: z.id, kind: 'lounge', capacityPersons: cap.seats ?? 0, areaM2 });
        break;
      default:
        break;
    }
  }
  return { zones, spaces };
}
