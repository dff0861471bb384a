/**
 * Relational checks of the workplace part that a JSON Schema cannot express: ids that must
 * exist and be unique, every department in exactly one zone, overflow targets, profiles for
 * every role that has staff, space preferences, distribution relations, limits. Tolerant of
 * malformed input (runs beside schema validation), so every problem is reported in one pass,
 * each with its path, e.g. `workplace.zones[2].departments[0]`.
 */
import type { InputIssue } from '../../engine/inputError.js';
import { showValue } from '../../engine/inputError.js';
import { checkDistribution } from '../../engine/schema/checkDistribution.js';
import { ROLES, TOUCHDOWN } from '../../engine/models/workplace/workplaceModel.js';
import { WORKPLACE_LIMITS } from './workplaceSchema.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** "a, b, c" (first few) for messages that say what was expected. */
const some = (ids: Iterable<string>) => {
  const all = [...ids];
  return all.length === 0 ? 'none defined' : all.length <= 8 ? all.join(', ') : `${all.slice(0, 8).join(', ')}, …`;
};

export function checkWorkplacePart(part: unknown, path: string, issues: InputIssue[]): void {
  if (!isObj(part)) return;
  const departments = list(part.departments);
  const zones = list(part.zones);
  const spaces = list(part.spaces);
  const roles = isObj(part.roles) ? part.roles : {};

  const deptIds = uniqueIds(departments, `${path}.departments`, 'department', issues);
  const zoneIds = uniqueIds(zones, `${path}.zones`, 'zone', issues);
  const spaceIds = uniqueIds(spaces, `${path}.spaces`, 'space', issues);
  if (zoneIds.has(TOUCHDOWN)) {
    const i = zones.findIndex((z) => isObj(z) && z.id === TOUCHDOWN);
    issues.push({
      path: `${path}.zones[${i}].id`,
      message: `"${TOUCHDOWN}" is reserved for the shared touchdown desks; expected another id`,
    });
  }

  // Every department sits in exactly one zone.
  const zoneOfDept = new Map<string, string>();
  zones.forEach((z, zi) => {
    if (!isObj(z)) return;
    list(z.departments).forEach((d, di) => {
      const at = `${path}.zones[${zi}].departments[${di}]`;
      const id = str(d);
      if (id === undefined) return;
      if (!deptIds.has(id)) {
        issues.push({ path: at, message: `expected the id of a department (${some(deptIds)}), got ${showValue(id)}` });
        return;
      }
      const other = zoneOfDept.get(id);
      if (other !== undefined)
        issues.push({
          path: at,
          message: `department ${showValue(id)} is already in zone ${showValue(other)}; expected each department in one zone`,
        });
      else zoneOfDept.set(id, String(z.id));
    });
    list(z.overflowTo).forEach((t, ti) => {
      const target = str(t);
      if (target === undefined) return;
      const at = `${path}.zones[${zi}].overflowTo[${ti}]`;
      if (target === z.id)
        issues.push({ path: at, message: 'expected another zone or "touchdown", got the zone itself' });
      else if (target !== TOUCHDOWN && !zoneIds.has(target)) {
        issues.push({
          path: at,
          message: `expected the id of a zone (${some(zoneIds)}) or "${TOUCHDOWN}", got ${showValue(target)}`,
        });
      }
    });
  });

  // Departments: a zone each, a profile for each role with staff, limits.
  let staff = 0;
  departments.forEach((d, di) => {
    if (!isObj(d)) return;
    if (typeof d.id === 'string' && deptIds.has(d.id) && !zoneOfDept.has(d.id)) {
      issues.push({
        path: `${path}.departments[${di}]`,
        message: `expected department ${showValue(d.id)} in some zone's departments, got none`,
      });
    }
    const headcount = isObj(d.headcount) ? d.headcount : {};
    for (const role of ROLES) {
      const n = headcount[role];
      if (typeof n !== 'number' || n <= 0) continue;
      staff += n;
      if (!isObj(roles[role])) {
        issues.push({
          path: `${path}.departments[${di}].headcount.${role}`,
          message: `expected a profile at ${path}.roles.${role} for these ${n} staff, got none`,
        });
      }
    }
  });
  if (staff > WORKPLACE_LIMITS.maxStaff)
    issues.push({
      path: `${path}.departments`,
      message: `expected at most ${WORKPLACE_LIMITS.maxStaff} staff in all, got ${staff}`,
    });

  for (const role of ROLES) {
    if (isObj(roles[role])) checkRole(roles[role] as Obj, `${path}.roles.${role}`, spaceIds, spaces, issues);
  }

  spaces.forEach((s, si) => {
    if (isObj(s) && s.kind === 'booth1' && typeof s.capacityPersons === 'number' && s.capacityPersons !== 1) {
      issues.push({
        path: `${path}.spaces[${si}].capacityPersons`,
        message: `expected 1 for a 1-person booth (kind booth1), got ${s.capacityPersons}`,
      });
    }
  });

  if (isObj(part.coreHours)) {
    const from = clockMin(part.coreHours.from);
    const to = clockMin(part.coreHours.to);
    if (from !== undefined && to !== undefined && !(from < to)) {
      issues.push({
        path: `${path}.coreHours.to`,
        message: `expected a time after ${String(part.coreHours.from)}, got ${showValue(part.coreHours.to)}`,
      });
    }
  }
}

function checkRole(role: Obj, at: string, spaceIds: Set<string>, spaces: unknown[], issues: InputIssue[]): void {
  for (const key of ['arriveSpreadMin', 'stayMin'])
    if (role[key] !== undefined) checkDistribution(role[key], `${at}.${key}`, issues);
  if (isObj(role.field) && role.field.officeMin !== undefined)
    checkDistribution(role.field.officeMin, `${at}.field.officeMin`, issues);
  const seen = new Map<string, number>();
  list(role.activities).forEach((a, ai) => {
    if (!isObj(a)) return;
    const here = `${at}.activities[${ai}]`;
    const kind = str(a.kind);
    if (kind !== undefined) {
      if (seen.has(kind))
        issues.push({
          path: `${here}.kind`,
          message: `expected each kind once per role, got ${showValue(kind)} again (also activities[${seen.get(kind)}])`,
        });
      else seen.set(kind, ai);
    }
    checkDistribution(a.durationMin, `${here}.durationMin`, issues);
    if (a.groupSize !== undefined) {
      checkDistribution(a.groupSize, `${here}.groupSize`, issues);
      checkGroupSize(a.groupSize, `${here}.groupSize`, issues);
    }
    const ids = list(a.spaces);
    const listed = new Set<string>();
    ids.forEach((s, si) => {
      const id = str(s);
      if (id === undefined) return;
      if (!spaceIds.has(id))
        issues.push({
          path: `${here}.spaces[${si}]`,
          message: `expected the id of a space (${some(spaceIds)}), got ${showValue(id)}`,
        });
      else if (listed.has(id))
        issues.push({
          path: `${here}.spaces[${si}]`,
          message: `expected each space once in a preference list, got ${showValue(id)} again`,
        });
      listed.add(id);
    });
    // A group larger than every listed space would never find one: almost surely a typo.
    const largest = Math.max(
      0,
      ...ids
        .map((id) => spaces.find((s) => isObj(s) && s.id === id))
        .map((s) => (isObj(s) && typeof s.capacityPersons === 'number' ? s.capacityPersons : 0)),
    );
    const smallestGroup = minGroup(a.groupSize);
    if (
      ids.length > 0 &&
      ids.every((id) => typeof id === 'string' && spaceIds.has(id)) &&
      smallestGroup !== undefined &&
      smallestGroup > largest
    ) {
      issues.push({
        path: `${here}.spaces`,
        message: `expected a space that holds ${smallestGroup} persons (the smallest group), got spaces holding at most ${largest}`,
      });
    }
  });
}

/** Group sizes are persons: at least 1 (values are rounded). */
function checkGroupSize(g: unknown, at: string, issues: InputIssue[]): void {
  if (!isObj(g)) return;
  if (g.dist === 'deterministic' && typeof g.value === 'number' && g.value < 0.5)
    issues.push({ path: `${at}.value`, message: `expected at least 1 person, got ${g.value}` });
  if (g.dist === 'empirical') {
    list(g.values).forEach((v, i) => {
      if (typeof v === 'number' && v < 0.5)
        issues.push({ path: `${at}.values[${i}]`, message: `expected at least 1 person, got ${v}` });
    });
  }
}

function minGroup(g: unknown): number | undefined {
  if (g === undefined) return 1;
  if (!isObj(g)) return undefined;
  if (g.dist === 'deterministic' && typeof g.value === 'number') return Math.max(1, Math.round(g.value));
  if (g.dist === 'empirical' && Array.isArray(g.values) && g.values.every((v) => typeof v === 'number')) {
    const w = Array.isArray(g.weights) ? g.weights : undefined;
    const vals = (g.values as number[]).filter((_, i) => !w || (typeof w[i] === 'number' && (w[i] as number) > 0));
    return vals.length > 0 ? Math.max(1, Math.round(Math.min(...vals))) : undefined;
  }
  return 1;
}

function uniqueIds(items: unknown[], at: string, what: string, issues: InputIssue[]): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, i) => {
    if (!isObj(item) || typeof item.id !== 'string') return;
    if (ids.has(item.id))
      issues.push({ path: `${at}[${i}].id`, message: `expected a unique ${what} id, got ${showValue(item.id)} again` });
    ids.add(item.id);
  });
  return ids;
}

/** Minutes after midnight of "H:MM", or undefined when malformed. */
export function clockMin(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^([01]?[0-9]|2[0-3]):([0-5][0-9])$/.exec(v);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}
