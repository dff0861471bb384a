/** `wardsim floorplan check` as text: problems, or the zones, level areas, demand and standards tables. */
import type { FloorPlanCheckResult } from '../../scenarios/study/index.js';
import { formatIssues } from '../../engine/inputError.js';
import { messages, type Lang } from '../i18n/index.js';
import { textTable } from './textTable.js';

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export function renderFloorPlanCheck(r: FloorPlanCheckResult, file: string, lang: Lang): string {
  const t = messages(lang).floorplan;
  if (!r.ok)
    return `${r.issues.map((i) => `${formatIssues([i])} [${i.code}]`).join('\n')}\n${t.problems(file, r.issues.length)}`;
  const capacity = (z: FloorPlanCheckResult['zones'][number]) =>
    (['seats', 'desks', 'counterPositions', 'booths', 'capacityPersons'] as const)
      .filter((k) => z.capacity[k] !== undefined)
      .map((k) => `${t.capacity[k]} ${z.capacity[k]}${z.capacity.derived.includes(k) ? '*' : ''}`)
      .join(', ');
  const zoneRows = [...r.zones]
    .sort((a, b) => a.level - b.level)
    .map((z) => [
      `${z.level}F`,
      lang === 'ja' ? (z.name ?? z.id) : z.id,
      t.zoneKind[z.kind] ?? z.kind,
      z.department ?? '',
      fmt(z.areaM2),
      capacity(z),
    ]);
  const out = [t.ok(r.name ?? file, r.crs, r.levels.join(', ')), '', textTable(t.zoneHeader, zoneRows), ''];
  for (const l of r.levelAreas)
    out.push(t.level(l.level, fmt(l.zonesM2), fmt(l.publicM2), fmt(l.staffM2), fmt(l.verticalM2)));
  out.push(t.gross(fmt(r.grossAreaM2)), t.derived);
  if (r.spaceCheck) {
    const a = messages(lang).area;
    out.push(
      '',
      textTable(
        t.demandHeader,
        r.spaceCheck.map((x) => [
          a.item[x.item] ?? x.item,
          x.scope,
          String(x.demandUnits),
          String(x.planUnits),
          fmt(x.needM2),
          fmt(x.planM2),
          fmt(x.surplusM2),
          a.status[x.status] ?? x.status,
        ]),
      ),
    );
  }
  if (r.officeStandards) {
    const o = r.officeStandards;
    out.push(
      '',
      t.standards(o.somu.staff, o.somu.convertedStaff),
      t.somu(fmt(o.somu.totalM2), fmt(100 * o.planToSomu)),
      t.mlit(fmt(o.mlit.totalM2), fmt(100 * o.planToMlit)),
      t.perStaff(fmt(o.planM2PerStaff)),
    );
  }
  return out.join('\n');
}
