/**
 * From a validated workplace part (and, when the scenario links a floor plan, the plan's zones,
 * desks and spaces) to the model input of engine/models/workplace: every default filled in,
 * clock times in minutes, departments placed in their zones. A plan overrides the scenario's
 * counts; each change is reported as a note so a reader sees where a number came from.
 */
import { InputError, showValue, type InputIssue } from '../../engine/inputError.js';
import type { DistributionSpec } from '../../engine/core/distribution.js';
import {
  ROLES,
  TOUCHDOWN,
  WEEKDAYS,
  type RoleKey,
  type WorkplaceActivity,
  type WorkplaceModel,
  type WorkplaceRole,
  type WorkplaceSpace,
  type WorkplaceZone,
} from '../../engine/models/workplace/workplaceModel.js';
import type { WorkplacePlanInput } from '../planInputs.js';
import { clockMin } from './checkWorkplacePart.js';
import type { WorkplaceActivityPart, WorkplacePart, WorkplaceRolePart } from './workplaceSchema.js';

/** Defaults (docs/workplace.md lists them with their sources). */
export const WORKPLACE_DEFAULTS = {
  days: 245,
  firstWeekday: 'mon',
  coreHours: { from: '8:45', to: '17:15' },
} as const;

const zero: DistributionSpec = { dist: 'deterministic', value: 0 };
const one: DistributionSpec = { dist: 'deterministic', value: 1 };

/** A change a linked plan made, in both languages (Japanese by names, never ids). */
export interface PlanNote {
  en: string;
  ja: string;
}

export interface BuiltWorkplace {
  model: WorkplaceModel;
  /** What a linked plan changed (empty without a plan). */
  planNotes: PlanNote[];
}

const SPACE_KIND_JA: Record<string, string> = {
  booth1: '1人用ブース',
  boothGroup: 'グループブース',
  focusSeat: '集中席',
  meetingRoom: '会議室',
  lounge: 'ラウンジ',
};

/** Japanese names of the ids notes mention: departments, and zones or spaces (scenario's, then the plan's). */
interface JapaneseNames {
  department(id: string): string;
  place(id: string): string;
}

function japaneseNames(part: WorkplacePart, plan: WorkplacePlanInput | undefined): JapaneseNames {
  const departments = new Map(part.departments.map((d) => [d.id, d.nameJa ?? d.name ?? d.id]));
  const places = new Map<string, string>();
  for (const z of part.zones) places.set(z.id, z.nameJa ?? z.name ?? z.id);
  for (const s of part.spaces ?? []) places.set(s.id, s.nameJa ?? s.name ?? s.id);
  for (const z of plan?.zones ?? []) if (z.nameJa) places.set(z.id, z.nameJa);
  for (const s of plan?.spaces ?? []) if (s.nameJa) places.set(s.id, s.nameJa);
  return {
    department: (id) => departments.get(id) ?? id,
    place: (id) =>
      id === TOUCHDOWN ? 'タッチダウン席' : (places.get(id) ?? places.get(id.replace(/-scenario$/, '')) ?? id),
  };
}

/**
 * @param departmentsToPlan scenario department id → the plan's (the scenario's `floorplan.departments`).
 */
export function buildWorkplaceModel(
  part: WorkplacePart,
  plan?: WorkplacePlanInput,
  departmentsToPlan: Record<string, string> = {},
): BuiltWorkplace {
  const roles: Partial<Record<RoleKey, WorkplaceRole>> = {};
  for (const key of ROLES) {
    const r = part.roles[key];
    if (r) roles[key] = buildRole(r);
  }
  const multipliers = part.telework?.weekdayMultipliers;
  let zones: (WorkplaceZone & { departments: string[] })[] = part.zones.map((z) => ({
    id: z.id,
    desks: z.desks,
    overflowTo: [...(z.overflowTo ?? [])],
    departments: [...z.departments],
  }));
  let spaces: WorkplaceSpace[] = (part.spaces ?? []).map((s) => ({
    id: s.id,
    kind: s.kind,
    count: s.count,
    capacityPersons: s.capacityPersons,
    noShowShare: s.noShow?.share ?? 0,
    noShowReleaseMin: s.noShow?.releaseAfterMin ?? null,
  }));
  const planNotes: PlanNote[] = [];
  let touchdownDesks = part.touchdownDesks ?? 0;
  if (plan) {
    const ja = japaneseNames(part, plan);
    ({ zones, touchdownDesks } = applyPlanZones(
      zones,
      touchdownDesks,
      plan,
      part.departments.map((d) => d.id),
      departmentsToPlan,
      planNotes,
      ja,
    ));
    spaces = applyPlanSpaces(spaces, plan, planNotes, ja);
  }
  const zoneOf = new Map<string, string>();
  for (const z of zones) for (const d of z.departments) zoneOf.set(d, z.id);
  const model: WorkplaceModel = {
    days: part.days ?? WORKPLACE_DEFAULTS.days,
    firstWeekday: WEEKDAYS.indexOf(part.firstWeekday ?? WORKPLACE_DEFAULTS.firstWeekday),
    coreFromMin: clockMin(part.coreHours?.from ?? WORKPLACE_DEFAULTS.coreHours.from) as number,
    coreToMin: clockMin(part.coreHours?.to ?? WORKPLACE_DEFAULTS.coreHours.to) as number,
    teleworkWeekdayMultipliers: WEEKDAYS.map((d) => multipliers?.[d] ?? 1),
    roles,
    departments: part.departments.map((d) => ({
      id: d.id,
      zone: zoneOf.get(d.id) as string,
      headcount: {
        counter: d.headcount.counter ?? 0,
        backOffice: d.headcount.backOffice ?? 0,
        manager: d.headcount.manager ?? 0,
        field: d.headcount.field ?? 0,
      },
    })),
    zones: zones.map((z) => ({ id: z.id, desks: z.desks, overflowTo: z.overflowTo })),
    touchdownDesks,
    spaces,
  };
  // Set only when given, so a scenario without them keeps its model hash and its numbers.
  const cap = part.telework?.capPersonsPerDay;
  if (cap !== undefined) model.teleworkCapPersonsPerDay = cap;
  const sat = part.satelliteOffice;
  if (sat !== undefined) model.satelliteOffice = { seatsPerDay: sat.seatsPerDay, share: sat.share };
  const paper = part.paper;
  if (paper !== undefined) {
    model.paper = {
      filingMPerStaff: paper.filingMPerStaff,
      paperlessShare: paper.paperlessShare ?? 0,
      storageM2PerFilingM: paper.storageM2PerFilingM,
    };
  }
  return { model, planNotes };
}

function buildRole(r: WorkplaceRolePart): WorkplaceRole {
  return {
    arriveMin: clockMin(r.arrive) as number,
    arriveSpreadMin: r.arriveSpreadMin ?? zero,
    stayMin: r.stayMin,
    absenceShare: r.absenceShare ?? 0,
    teleworkEligibleShare: r.telework?.eligibleShare ?? 0,
    teleworkDaysPerWeek: r.telework?.daysPerWeek ?? 0,
    fieldDayShare: r.field?.dayShare ?? 0,
    fieldOfficeMin: r.field?.officeMin ?? zero,
    usesDesk: r.usesDesk ?? true,
    activities: (r.activities ?? []).map(buildActivity),
  };
}

function buildActivity(a: WorkplaceActivityPart): WorkplaceActivity {
  return {
    kind: a.kind,
    ratePerHour: a.ratePerHour,
    durationMin: a.durationMin,
    groupSize: a.groupSize ?? one,
    spaces: [...(a.spaces ?? [])],
    spaceShare: a.spaceShare ?? 1,
    fallback: a.fallback ?? 'desk',
  };
}

type BuildZone = WorkplaceZone & { departments: string[] };

/**
 * A plan's office zones replace the scenario's zones for the departments they hold (matched by
 * department, through the scenario's `floorplan.departments` mapping; identity by default):
 * - plan zones that share a department merge into one zone (a department sits in one zone);
 * - each new zone keeps the overflow rules of the scenario zones its departments came from
 *   (targets mapped to the new zones), after the zones of departments that shared its scenario zone;
 * - plan office zones without a department are shared desks: they become the touchdown desks;
 * - departments the plan does not place keep their scenario zone and desks;
 * - plan zones whose departments the scenario does not have are left out.
 * Every such decision is reported as a note.
 */
function applyPlanZones(
  zones: BuildZone[],
  touchdownDesks: number,
  plan: WorkplacePlanInput,
  departments: string[],
  toPlan: Record<string, string>,
  notes: PlanNote[],
  names: JapaneseNames,
): { zones: BuildZone[]; touchdownDesks: number } {
  const ja = names.place;
  const depts = (ids: readonly string[]) => ids.map(names.department).join('、');
  const places = (ids: readonly string[]) => ids.map(ja).join('、');
  const issues: InputIssue[] = [];
  plan.zones.forEach((pz, i) => {
    if (!Number.isInteger(pz.desks) || pz.desks < 0)
      issues.push({
        path: `plan.workplace.zones[${i}].desks`,
        message: `expected an integer ≥ 0, got ${showValue(pz.desks)}`,
      });
  });
  if (issues.length > 0) throw new InputError(issues, 'WSM_PLAN_INVALID');
  if (plan.zones.length === 0) {
    notes.push({
      en: "the plan has no office zones: the scenario's zones and desks kept",
      ja: '平面図に執務室ゾーンがないため、シナリオのゾーンと座席数をそのまま使用',
    });
    return { zones, touchdownDesks };
  }
  const fromPlan = new Map<string, string[]>();
  for (const d of departments) {
    const key = toPlan[d] ?? d;
    fromPlan.set(key, [...(fromPlan.get(key) ?? []), d]);
  }

  // Plan zones → scenario departments; merge zones that share one.
  type Merged = { id: string; members: string[]; desks: number; departments: string[] };
  const merged: Merged[] = [];
  let shared = 0;
  for (const pz of plan.zones) {
    if (pz.departmentIds.length === 0) {
      shared += pz.desks;
      notes.push({
        en: `plan zone ${pz.id} belongs to no department: its ${pz.desks} desks are touchdown desks`,
        ja: `${ja(pz.id)} はどの部署にも属さないため、その ${pz.desks} 席はタッチダウン席`,
      });
      continue;
    }
    const depts = pz.departmentIds.flatMap((pd) => fromPlan.get(pd) ?? []);
    const unknown = pz.departmentIds.filter((pd) => !fromPlan.has(pd));
    if (depts.length === 0) {
      notes.push({
        en: `plan zone ${pz.id} (${unknown.join(', ')}): no such department in the scenario, its ${pz.desks} desks are not used`,
        ja: `${ja(pz.id)}: 部署がシナリオにないため、その ${pz.desks} 席は使用しない`,
      });
      continue;
    }
    if (unknown.length > 0)
      notes.push({
        en: `plan zone ${pz.id}: department ${unknown.join(', ')} is not in the scenario`,
        ja: `${ja(pz.id)}: 平面図の部署の一部がシナリオにない`,
      });
    const touching = merged.filter((m) => m.departments.some((d) => depts.includes(d)));
    const into: Merged = touching[0] ?? { id: pz.id, members: [], desks: 0, departments: [] };
    if (touching.length === 0) merged.push(into);
    for (const other of touching.slice(1)) {
      into.members.push(...other.members);
      into.desks += other.desks;
      into.departments.push(...other.departments.filter((d) => !into.departments.includes(d)));
      merged.splice(merged.indexOf(other), 1);
    }
    into.members.push(pz.id);
    into.desks += pz.desks;
    into.departments.push(...depts.filter((d) => !into.departments.includes(d)));
  }
  for (const m of merged) {
    if (m.members.length > 1) {
      notes.push({
        en: `plan zones ${m.members.join(' + ')} hold the same department(s): one zone ${m.id} with ${m.desks} desks`,
        ja: `${m.members.map(ja).join(' ＋ ')} は同じ部署のため、1ゾーン（${ja(m.id)}、${m.desks} 席）として扱う`,
      });
    }
  }

  // Departments the plan does not place keep their scenario zone.
  const placed = new Set(merged.flatMap((m) => m.departments));
  const kept: BuildZone[] = [];
  for (const z of zones) {
    const rest = z.departments.filter((d) => !placed.has(d));
    if (rest.length === 0) continue;
    const id = merged.some((m) => m.id === z.id) ? `${z.id}-scenario` : z.id;
    kept.push({ ...z, id, departments: rest });
    notes.push({
      en: `department ${rest.join(', ')} not in the plan: zone ${id} keeps the scenario's ${z.desks} desks`,
      ja: `${depts(rest)} は平面図にないため、シナリオの ${ja(z.id)}（${z.desks} 席）のまま`,
    });
  }

  // New zones of each scenario zone (kept first), to carry the overflow rules over.
  const newZonesOf = new Map<string, string[]>();
  for (const z of zones) {
    const ids = [
      ...kept.filter((k) => k.departments.some((d) => z.departments.includes(d))).map((k) => k.id),
      ...merged.filter((m) => m.departments.some((d) => z.departments.includes(d))).map((m) => m.id),
    ];
    newZonesOf.set(z.id, ids);
  }
  const overflowOf = (own: string, sourceZones: BuildZone[]): string[] => {
    const out: string[] = [];
    const push = (t: string) => t !== own && !out.includes(t) && out.push(t);
    for (const z of sourceZones) (newZonesOf.get(z.id) ?? []).forEach(push);
    for (const z of sourceZones)
      for (const t of z.overflowTo) (t === TOUCHDOWN ? [TOUCHDOWN] : (newZonesOf.get(t) ?? [])).forEach(push);
    return out;
  };
  const from = (depts: string[]) => zones.filter((z) => z.departments.some((d) => depts.includes(d)));
  const out: BuildZone[] = [
    ...merged.map((m) => ({
      id: m.id,
      desks: m.desks,
      departments: m.departments,
      overflowTo: overflowOf(m.id, from(m.departments)),
    })),
    ...kept.map((k) => ({ ...k, overflowTo: overflowOf(k.id, from(k.departments)) })),
  ];
  for (const z of out) {
    notes.push({
      en: `zone ${z.id}: ${z.departments.join(', ')}; ${z.desks} desks; overflow to ${z.overflowTo.join(', ') || 'nowhere'}`,
      ja: `${ja(z.id)}: ${depts(z.departments)}、${z.desks} 席、満席時は ${z.overflowTo.length > 0 ? places(z.overflowTo) : 'なし'}`,
    });
  }
  if (shared > 0 && shared !== touchdownDesks)
    notes.push({
      en: `touchdown desks ${touchdownDesks} → ${shared} (plan)`,
      ja: `タッチダウン席 ${touchdownDesks} → ${shared}（平面図）`,
    });
  if (shared === 0 && touchdownDesks > 0) {
    notes.push({
      en: `the plan has no shared office zone: the scenario's ${touchdownDesks} touchdown desks kept`,
      ja: `平面図に共用執務ゾーンがないため、シナリオのタッチダウン席 ${touchdownDesks} 席を使用`,
    });
  }
  return { zones: out, touchdownDesks: shared > 0 ? shared : touchdownDesks };
}

/**
 * Plan spaces (one per booth, seat or room) set the counts of scenario spaces of the same kind:
 * each goes to the space with the same capacity, else to the largest one it can stand in for
 * (capacity ≤ its own). The plan is the building: a kind the plan does not draw has none (the
 * simulation and the area check then count the same units).
 */
function applyPlanSpaces(
  spaces: WorkplaceSpace[],
  plan: WorkplacePlanInput,
  notes: PlanNote[],
  names: JapaneseNames,
): WorkplaceSpace[] {
  const ja = names.place;
  const out = spaces.map((s) => ({ ...s }));
  const drawnKinds = new Set(plan.spaces.map((s) => s.kind));
  const counts = new Map<string, number>();
  for (const ps of plan.spaces) {
    const sameKind = out.filter((s) => s.kind === ps.kind);
    const exact = sameKind.find((s) => s.capacityPersons === ps.capacityPersons);
    const fits = sameKind
      .filter((s) => s.capacityPersons <= ps.capacityPersons)
      .sort((a, b) => b.capacityPersons - a.capacityPersons)[0];
    const target = exact ?? fits;
    if (target === undefined) {
      notes.push({
        en: `plan space ${ps.id} (${ps.kind}, ${ps.capacityPersons} persons) matches no scenario space of that kind: not used`,
        ja: `${ja(ps.id)}（${SPACE_KIND_JA[ps.kind] ?? ps.kind}、${ps.capacityPersons} 人）に当たるスペースがシナリオにないため使用しない`,
      });
      continue;
    }
    if (target.capacityPersons !== ps.capacityPersons) {
      notes.push({
        en: `plan space ${ps.id} (${ps.capacityPersons} persons) counted as ${target.id} (${target.capacityPersons})`,
        ja: `${ja(ps.id)}（${ps.capacityPersons} 人）を ${ja(target.id)}（${target.capacityPersons} 人）として数える`,
      });
    }
    counts.set(target.id, (counts.get(target.id) ?? 0) + 1);
  }
  for (const s of out) {
    const n = counts.get(s.id) ?? 0;
    if (!drawnKinds.has(s.kind) && s.count > 0) {
      notes.push({
        en: `space ${s.id}: the plan draws no ${s.kind}: ${s.count} → 0 (plan)`,
        ja: `${ja(s.id)}: 平面図に${SPACE_KIND_JA[s.kind] ?? s.kind}がないため ${s.count} → 0`,
      });
      s.count = 0;
      continue;
    }
    if (n !== s.count)
      notes.push({ en: `space ${s.id}: ${s.count} → ${n} (plan)`, ja: `${ja(s.id)}: ${s.count} → ${n}（平面図）` });
    s.count = n;
  }
  return out;
}
