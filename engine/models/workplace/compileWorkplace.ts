/**
 * Turns a WorkplaceJob into flat, index-based tables (struct of arrays) once per job: persons,
 * desk pools (zones, then the touchdown pool), overflow lists, spaces and the activity mix of
 * each role. Nothing here depends on the replication, so workers reuse it across replications.
 */
import type { DistributionSpec } from '../../core/distribution.js';
import { ACTIVITY_KINDS, ROLES, TOUCHDOWN, type WorkplaceJob, type WorkplaceRole } from './workplaceModel.js';

export interface CompiledActivity {
  kind: number;
  spaceShare: number;
  drop: boolean;
  /** Space indices in order of preference. */
  prefs: Int32Array;
  durationMin: DistributionSpec;
  groupSize: DistributionSpec;
}

export interface CompiledRole {
  arriveMin: number;
  arriveSpreadMin: DistributionSpec;
  stayMin: DistributionSpec;
  fieldOfficeMin: DistributionSpec;
  absenceShare: number;
  /** Probability an eligible person is remote on weekday w. */
  remoteByWeekday: Float64Array;
  fieldDayShare: number;
  usesDesk: boolean;
  /** Σ activity rates, per minute (0: no activities). */
  ratePerMin: number;
  /** Cumulative shares of the activities (last = 1). */
  activityCumulative: Float64Array;
  activities: CompiledActivity[];
}

export interface CompiledWorkplace {
  days: number;
  firstWeekday: number;
  coreFromMin: number;
  coreToMin: number;
  /** Remote-share multipliers mon…fri. */
  teleworkMultipliers: Float64Array;
  persons: number;
  personZone: Int32Array;
  personRole: Uint8Array;
  personEligible: Uint8Array;
  /**
   * The role's figures each person-day and event reads, per person (one typed-array load instead
   * of the role object behind personRole): Σ activity rates per minute, desk use (1/0), absence
   * and field-day shares, and the telework threshold of weekday w at [w × persons + p] — the
   * role's remote share when eligible, else −1 (no uniform is below it).
   */
  personRatePerMin: Float64Array;
  personUsesDesk: Uint8Array;
  personAbsenceShare: Float64Array;
  personFieldDayShare: Float64Array;
  personRemoteThreshold: Float64Array;
  zones: number;
  zoneIds: string[];
  /** Desk-using staff of each zone, and of the whole office. */
  zoneStaff: Int32Array;
  officeStaff: number;
  /** Desks of pool P: zones 0…zones−1, then the touchdown pool at index `zones`. */
  poolDesks: Int32Array;
  /** Overflow targets (desk pools) of zone z: overflowList[overflowStart[z] … overflowStart[z+1]). */
  overflowStart: Int32Array;
  overflowList: Int32Array;
  /** Zones whose unseated staff may take a freed desk of pool P, own zone first. */
  claimStart: Int32Array;
  claimList: Int32Array;
  spaceIds: string[];
  spaceCount: Int32Array;
  spaceCapacity: Int32Array;
  spaceNoShow: Float64Array;
  /** Hold of an unused booking in minutes; −1 = the whole booking. */
  spaceRelease: Float64Array;
  roles: (CompiledRole | null)[];
  desksOnly: boolean;
  sizingMaxUnits: number;
  /** Telework cap in persons per day; −1 = no cap. */
  teleworkCap: number;
  /** Satellite office seats per day (−1 = no satellite office) and the share of office days wanting it. */
  satelliteSeats: number;
  satelliteShare: number;
}

const compiled = new WeakMap<WorkplaceJob, CompiledWorkplace>();

/** Compiles (and caches per job object) the static tables of a job. */
export function compileWorkplace(job: WorkplaceJob): CompiledWorkplace {
  let c = compiled.get(job);
  if (c === undefined) {
    c = build(job);
    compiled.set(job, c);
  }
  return c;
}

function build(job: WorkplaceJob): CompiledWorkplace {
  const m = job.model;
  const zoneIndex = new Map(m.zones.map((z, i) => [z.id, i]));
  const spaceIndex = new Map(m.spaces.map((s, i) => [s.id, i]));
  const nZones = m.zones.length;
  const touchdown = nZones;
  const desksOnly = job.desksOnly === true;

  const roles = ROLES.map((key) => {
    const r = m.roles[key];
    return r ? compileRole(r, m.teleworkWeekdayMultipliers, job.remoteShare, spaceIndex, desksOnly) : null;
  });

  // Persons: departments in order, roles in order; the first round(n × eligibleShare) of each
  // (department, role) group are telework-eligible (deterministic, so variants compare cleanly).
  const zoneOf: number[] = [];
  const roleOf: number[] = [];
  const eligible: number[] = [];
  for (const d of m.departments) {
    const z = zoneIndex.get(d.zone);
    if (z === undefined)
      throw new Error(`department ${d.id}: unknown zone ${d.zone} (build the model with buildWorkplaceModel)`);
    ROLES.forEach((key, r) => {
      const n = d.headcount[key] ?? 0;
      if (n > 0 && m.roles[key] === undefined)
        throw new Error(`department ${d.id}: ${n} ${key} staff but no ${key} role profile`);
      const e = Math.round(n * (m.roles[key]?.teleworkEligibleShare ?? 0));
      for (let i = 0; i < n; i++) {
        zoneOf.push(z);
        roleOf.push(r);
        eligible.push(i < e ? 1 : 0);
      }
    });
  }
  const persons = zoneOf.length;
  const personRole = Uint8Array.from(roleOf);
  const personEligible = Uint8Array.from(eligible);
  const roleAt = (p: number) => roles[personRole[p]] as CompiledRole;
  const personRemoteThreshold = new Float64Array(5 * persons);
  for (let w = 0; w < 5; w++)
    for (let p = 0; p < persons; p++)
      personRemoteThreshold[w * persons + p] = personEligible[p] === 1 ? roleAt(p).remoteByWeekday[w] : -1;

  const zoneStaff = new Int32Array(nZones);
  zoneOf.forEach((z, i) => {
    if (roles[roleOf[i]]?.usesDesk) zoneStaff[z]++;
  });

  const poolDesks = new Int32Array(nZones + 1);
  m.zones.forEach((z, i) => (poolDesks[i] = z.desks));
  poolDesks[touchdown] = m.touchdownDesks;

  const overflow = m.zones.map((z) =>
    z.overflowTo.map((t) => {
      const target = t === TOUCHDOWN ? touchdown : zoneIndex.get(t);
      if (target === undefined) throw new Error(`zone ${z.id}: unknown overflow target ${t}`);
      return target;
    }),
  );
  const claims: number[][] = Array.from({ length: nZones + 1 }, (_, p) => (p < nZones ? [p] : []));
  overflow.forEach((targets, z) => targets.forEach((p) => p !== z && !claims[p].includes(z) && claims[p].push(z)));
  const [overflowStart, overflowList] = flatten(overflow);
  const [claimStart, claimList] = flatten(claims);

  return {
    days: m.days,
    firstWeekday: m.firstWeekday,
    coreFromMin: m.coreFromMin,
    coreToMin: m.coreToMin,
    teleworkMultipliers: Float64Array.from(m.teleworkWeekdayMultipliers),
    persons,
    personZone: Int32Array.from(zoneOf),
    personRole,
    personEligible,
    personRatePerMin: Float64Array.from(roleOf, (_, p) => roleAt(p).ratePerMin),
    personUsesDesk: Uint8Array.from(roleOf, (_, p) => (roleAt(p).usesDesk ? 1 : 0)),
    personAbsenceShare: Float64Array.from(roleOf, (_, p) => roleAt(p).absenceShare),
    personFieldDayShare: Float64Array.from(roleOf, (_, p) => roleAt(p).fieldDayShare),
    personRemoteThreshold,
    zones: nZones,
    zoneIds: m.zones.map((z) => z.id),
    zoneStaff,
    officeStaff: zoneStaff.reduce((a, b) => a + b, 0),
    poolDesks,
    overflowStart,
    overflowList,
    claimStart,
    claimList,
    spaceIds: m.spaces.map((s) => s.id),
    spaceCount: Int32Array.from(m.spaces, (s) => s.count),
    spaceCapacity: Int32Array.from(m.spaces, (s) => s.capacityPersons),
    spaceNoShow: Float64Array.from(m.spaces, (s) => s.noShowShare),
    spaceRelease: Float64Array.from(m.spaces, (s) => (s.noShowReleaseMin === null ? -1 : s.noShowReleaseMin)),
    roles,
    desksOnly,
    sizingMaxUnits: job.sizingMaxUnits ?? 0,
    teleworkCap: m.teleworkCapPersonsPerDay ?? -1,
    satelliteSeats: m.satelliteOffice?.seatsPerDay ?? -1,
    satelliteShare: m.satelliteOffice?.share ?? 0,
  };
}

function compileRole(
  r: WorkplaceRole,
  multipliers: number[],
  remoteShare: number | undefined,
  spaceIndex: Map<string, number>,
  desksOnly: boolean,
): CompiledRole {
  // Mean remote share of an eligible person = days per week / 5, shaped by weekday (research §5).
  const base = remoteShare ?? r.teleworkDaysPerWeek / 5;
  const remoteByWeekday = Float64Array.from(multipliers, (k) => Math.min(1, Math.max(0, base * k)));
  const activities = desksOnly ? [] : r.activities.filter((a) => a.ratePerHour > 0);
  const total = activities.reduce((s, a) => s + a.ratePerHour, 0);
  const cumulative = new Float64Array(activities.length);
  activities.reduce((acc, a, i) => (cumulative[i] = acc + a.ratePerHour / total), 0);
  if (cumulative.length > 0) cumulative[cumulative.length - 1] = 1;
  return {
    arriveMin: r.arriveMin,
    arriveSpreadMin: r.arriveSpreadMin,
    stayMin: r.stayMin,
    fieldOfficeMin: r.fieldOfficeMin,
    absenceShare: r.absenceShare,
    remoteByWeekday,
    fieldDayShare: r.fieldDayShare,
    usesDesk: r.usesDesk,
    ratePerMin: total / 60,
    activityCumulative: cumulative,
    activities: activities.map((a) => ({
      kind: ACTIVITY_KINDS.indexOf(a.kind),
      spaceShare: a.spaceShare,
      drop: a.fallback === 'drop',
      prefs: Int32Array.from(a.spaces, (id) => {
        const k = spaceIndex.get(id);
        if (k === undefined) throw new Error(`activity ${a.kind}: unknown space ${id}`);
        return k;
      }),
      durationMin: a.durationMin,
      groupSize: a.groupSize,
    })),
  };
}

function flatten(lists: number[][]): [Int32Array, Int32Array] {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (start[i + 1] = start[i] + l.length));
  return [start, Int32Array.from(lists.flat())];
}
