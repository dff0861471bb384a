/**
 * A ward's workplace part scaled from the 北区 office (docs/city-study.md#scaling): each
 * department's headcount by role follows the counter workload of its counters (総務・地域振興,
 * which has none to speak of, follows the population); booths, focus seats and rooms follow the
 * staff. Two work styles: `today` — fixed seating (one desk per person), no booths, web meetings
 * and calls at the desk, telework as 北区's baseline — and `abw` — group address at 0.85 desks per
 * person, touchdown desks, booths and focus seats, telework two days a week (sources §6.6
 * "advanced"). Every scaled number carries a `[D]` note in the part's citation.
 */
import type { WorkplacePart } from '../../workplace/workplaceSchema.js';
import type { WardFact } from './wardFacts.js';

export type WorkStyle = 'today' | 'abw';

/** The visitor departments whose counters each office department staffs (workload drivers). */
export const OFFICE_COUNTERS: Readonly<Record<string, readonly string[]>> = {
  'koseki-jumin': ['koseki-shomei', 'koseki-ido', 'mynumber'],
  'hoken-nenkin': ['hoken-nenkin'],
  'hoken-fukushi': ['hoken-fukushi'],
  kosodate: ['kosodate'],
  'seikatsu-hogo': ['seikatsu-hogo'],
};

/** Desks per assigned person under group address (sources §6.6 [A]). */
export const GROUP_ADDRESS_DESK_RATIO = 0.85;
/** Telework days a week of eligible staff in the ABW option (sources §6.6 "advanced" [A]). */
export const ABW_TELEWORK_DAYS = 2;
/** Space kinds a 1970s office does not have (web meetings and calls are taken at the desk). */
const ABW_ONLY_KINDS: readonly string[] = ['booth1', 'boothGroup', 'focusSeat', 'lounge'];

const RULES = 'docs/city-study.md#scaling';
const round4 = (x: number) => Number(x.toFixed(4));
const staffOf = (h: Record<string, number | undefined>) => Object.values(h).reduce<number>((a, b) => a + (b ?? 0), 0);
/** Zone names without the 北区 plan's floor prefix ("1F 戸籍住民エリア" → "戸籍住民エリア"): ward plans lay floors out anew. */
const noFloor = (s: string | undefined) => s?.replace(/^\dF\s+/, '');

/** Headcount ratio per office department: its counters' workload ratio, else the population ratio. */
export function officeRatios(
  workloadMin: { base: Map<string, number>; ward: Map<string, number> },
  populationRatio: number,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [dept, counters] of Object.entries(OFFICE_COUNTERS)) {
    const b = counters.reduce((a, c) => a + (workloadMin.base.get(c) ?? 0), 0);
    const w = counters.reduce((a, c) => a + (workloadMin.ward.get(c) ?? 0), 0);
    out.set(dept, b > 0 ? w / b : populationRatio);
  }
  return out;
}

export function scaleOfficePart(
  base: WorkplacePart,
  ratioOf: (department: string) => number,
  ward: WardFact,
  style: WorkStyle,
): WorkplacePart {
  const departments = base.departments.map((d) => {
    const r = ratioOf(d.id);
    const headcount = Object.fromEntries(
      Object.entries(d.headcount).map(([role, n]) => [role, Math.round((n ?? 0) * r)]),
    );
    return { ...d, headcount };
  });
  const staffBase = base.departments.reduce((a, d) => a + staffOf(d.headcount), 0);
  const staffWard = departments.reduce((a, d) => a + staffOf(d.headcount), 0);
  const staffRatio = staffWard / staffBase;
  const zoneStaff = (deptIds: readonly string[]) =>
    departments.filter((d) => deptIds.includes(d.id)).reduce((a, d) => a + staffOf(d.headcount), 0);

  const keptSpaces = (base.spaces ?? []).filter((s) => style === 'abw' || !ABW_ONLY_KINDS.includes(s.kind));
  const spaceIds = new Set(keptSpaces.map((s) => s.id));
  const spaces = keptSpaces.map((s) => ({ ...s, count: Math.max(1, Math.round(s.count * staffRatio)) }));
  const zones = base.zones.map((z) => {
    const staff = zoneStaff(z.departments);
    const desks = style === 'abw' ? Math.round(GROUP_ADDRESS_DESK_RATIO * staff) : staff;
    const overflowTo = (z.overflowTo ?? []).filter((t) => style === 'abw' || t !== 'touchdown');
    return { ...z, name: noFloor(z.name), nameJa: noFloor(z.nameJa), desks, overflowTo };
  });
  const roles = Object.fromEntries(
    Object.entries(base.roles).map(([key, role]) => {
      if (role === undefined) return [key, role];
      const activities = (role.activities ?? []).map((a) => ({
        ...a,
        spaces: (a.spaces ?? []).filter((id) => spaceIds.has(id)),
      }));
      const telework =
        role.telework && style === 'abw' ? { ...role.telework, daysPerWeek: ABW_TELEWORK_DAYS } : role.telework;
      return [key, { ...role, ...(telework ? { telework } : {}), activities }];
    }),
  ) as WorkplacePart['roles'];

  const styleLine =
    style === 'abw'
      ? `work style [A]: group address at ${GROUP_ADDRESS_DESK_RATIO} desks per assigned person (sources §6.6), ` +
        `${base.touchdownDesks ?? 0} touchdown desks, telework ${ABW_TELEWORK_DAYS} days a week for eligible staff ` +
        `(sources §6.6 "advanced"), booths and focus seats: ${RULES}`
      : `work style [A]: today's fixed seating, one desk per person; no booths or focus seats (web meetings and ` +
        `calls at the desk); telework as 北区's baseline: ${RULES}`;
  return {
    ...base,
    description:
      `${ward.name} ward office (札幌市${ward.nameJa}役所), the staff side ` +
      `(${style === 'abw' ? 'ABW office' : 'as today'}): 北区's office scaled to the ward (${RULES}).`,
    citation: [
      `staff [D] ${staffWard} = each department's 北区 headcount by role × its counters' workload ratio (総務・地域振興: ` +
        `population ratio), rounded: ${RULES}`,
      `ratios [D]: ${[...departments.map((d) => `${d.id} ${round4(ratioOf(d.id))}`)].join(', ')}`,
      `desks and spaces [D]: ` +
        `${style === 'abw' ? `desks ${GROUP_ADDRESS_DESK_RATIO} per assigned person` : 'desks one per person'}; ` +
        `booths, focus seats and rooms × the staff ratio ${round4(staffRatio)}, at least 1: ${RULES}`,
      styleLine,
      ...(base.citation ?? []).map((c) => `北区: ${c}`),
    ],
    roles,
    departments,
    zones,
    touchdownDesks: style === 'abw' ? (base.touchdownDesks ?? 0) : 0,
    spaces,
  };
}
