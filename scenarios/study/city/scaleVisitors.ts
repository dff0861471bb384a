/**
 * A ward's visitor part scaled from the 北区 one (docs/city-study.md#scaling, docs/sources.md#city-study):
 * each procedure's visits follow its driver — moving notifications the households (a move is
 * notified once per household), everything else the population — so the day's visits and the
 * procedure mix both change; each department's counters and staff follow its counter workload,
 * the concierge and kiosks the day's visits. Service times, profiles and levers stay as in 北区.
 * Every scaled number carries a `[D]` note naming its rule.
 */
import type { VisitorPart } from '../../visitors/visitorSchema.js';
import { departmentWorkloadMin } from './departmentWorkload.js';
import type { WardFact } from './wardFacts.js';

export type Driver = 'population' | 'households';

/** Ward ÷ 北区, per driver. */
export type WardRatios = Record<Driver, number>;

/** The driver of a procedure's visits; every procedure not named here follows the population. */
export const PROCEDURE_DRIVERS: Readonly<Record<string, Driver>> = { moving: 'households' };

export const driverOf = (procedureId: string): Driver => PROCEDURE_DRIVERS[procedureId] ?? 'population';

export function wardRatios(base: WardFact, ward: WardFact): WardRatios {
  return { population: ward.population / base.population, households: ward.households / base.households };
}

export interface ScaledVisitors {
  part: VisitorPart;
  /** The ward's visits ÷ 北区's. */
  visitsRatio: number;
  /** Counter workload ratio per department (ward ÷ 北区). */
  workloadRatio: Map<string, number>;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));
const scaledCount = (n: number, ratio: number, min = 1) => Math.max(min, Math.round(n * ratio));
const RULES = 'docs/city-study.md#scaling';

/** Shares rounded to 4 decimals that still add up to 1 (largest remainder). */
export function roundShares(raw: readonly number[]): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  const units = raw.map((x) => (x / total) * 10_000);
  const floors = units.map(Math.floor);
  let left = 10_000 - floors.reduce((a, b) => a + b, 0);
  const order = units.map((u, i) => ({ i, r: u - Math.floor(u) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((f) => f / 10_000);
}

export function scaleVisitorPart(base: VisitorPart, ratios: WardRatios, ward: WardFact): ScaledVisitors {
  const weight = (id: string) => ratios[driverOf(id)];
  const rawVisits = base.procedures.map((p) => base.demand.visitorsPerDay * p.share * weight(p.id));
  const visits = rawVisits.reduce((a, b) => a + b, 0);
  const visitorsPerDay = Math.round(visits);
  const shares = roundShares(rawVisits);
  const visitsRatio = visits / base.demand.visitorsPerDay;

  const before = departmentWorkloadMin(base);
  const after = departmentWorkloadMin(base, weight);
  const workloadRatio = new Map(
    [...before].map(([id, min]) => [id, min > 0 ? (after.get(id) ?? 0) / min : ratios.population]),
  );

  const procedures = base.procedures.map((p, i) => {
    const d = driverOf(p.id);
    return {
      ...p,
      share: shares[i],
      note: (
        `[D] visits ∝ ${d} (ratio ${round(ratios[d], 4)}): share ${shares[i]} of ${visitorsPerDay} (${RULES}); ` +
        `北区: ${p.note ?? ''}`
      ).trim(),
    };
  });
  const departments = base.departments.map((dep) => {
    const r = workloadRatio.get(dep.id) ?? ratios.population;
    const counters = scaledCount(dep.counters, r);
    const staff =
      typeof dep.staff === 'number'
        ? scaledCount(dep.staff, r)
        : dep.staff.map((piece) => ({ ...piece, staff: scaledCount(piece.staff, r, 0) }));
    const help = dep.backOffice;
    const backOffice = help
      ? { ...help, staff: typeof help.staff === 'number' ? scaledCount(help.staff, r, 0) : help.staff }
      : undefined;
    const rule =
      `[D] counters and staff = 北区 ${dep.counters} × workload ratio ${round(r, 4)}, rounded, at least 1 ` +
      `(${RULES})`;
    return {
      ...dep,
      counters,
      staff,
      ...(backOffice ? { backOffice } : {}),
      note: `${rule}; 北区: ${dep.note ?? ''}`.trim(),
    };
  });
  const c = base.concierge;
  const concierge = c && typeof c.staff === 'number' ? { ...c, staff: scaledCount(c.staff, visitsRatio) } : c;
  const reception = base.reception
    ? { ...base.reception, kiosks: scaledCount(base.reception.kiosks, visitsRatio) }
    : base.reception;

  const part: VisitorPart = {
    ...base,
    description:
      `${ward.name} ward office (札幌市${ward.nameJa}役所), moving-season top day: the 北区 top day scaled to ` +
      `the ward's population and households (${RULES}).`,
    sources: [
      `visitors per day [D] ${visitorsPerDay} = Σ over procedures of 北区's ${base.demand.visitorsPerDay} × share × ` +
        `the ward's ratio (households ${round(ratios.households, 4)} for moving notifications, population ` +
        `${round(ratios.population, 4)} for the rest): ${RULES}`,
      `ward: population ${ward.population}, households ${ward.households} on 1 January 2021 ` +
        `(docs/sources.md#ward-population [V])`,
      `counters [D]: each department's 北区 counters × its counter-workload ratio, rounded; concierge staff and kiosks ` +
        `× the visits ratio ${round(visitsRatio, 4)}: ${RULES}`,
      ...(base.sources ?? []).map((s) => `北区: ${s}`),
    ],
    demand: { ...base.demand, visitorsPerDay },
    procedures,
    departments,
    ...(concierge === undefined ? {} : { concierge }),
    ...(reception === undefined ? {} : { reception }),
  };
  return { part, visitsRatio, workloadRatio };
}
