/**
 * The building programme of one option (docs/city-study.md#programme): m² by function, each row
 * either a simulated demand (counter positions busy in the busiest interval, waiting seats at the
 * day's 95th percentile, desks and spaces sized at α / β, each with its 95 % CI) times a space
 * standard, or a named standard (lobby; storage, other rooms and circulation by the 総務省 standard), or
 * today's m² as given (保健センター, 区民センター). The ward office total is the sum of its rows;
 * half-widths add up, a bound that holds whatever the correlation between rows. The verdict
 * 増・減・維持 holds the total's 95 % bounds against today's m² ± a band.
 */
import type { Estimate, ProgrammeBlock, ProgrammeRow, ScenarioRunPart } from '../../engine/results/index.js';
import { mlitOfficeAreaStandard } from '../../floorplans/mlitOfficeAreaStandard.js';
import { somuOfficeAreaStandard } from '../../floorplans/somuOfficeAreaStandard.js';
import { DEFAULT_SPACE_STANDARDS as S } from '../../floorplans/spaceStandards.js';
import type { StaffByRankInput } from '../planInputs.js';
import { unitsFromCurve } from './curveUnits.js';
import {
  CIRCULATION_SHARE,
  CONSULTATION_DEPARTMENTS,
  OTHER_ROOMS_M2_PER_STAFF,
  RULES,
  STORAGE_SHARE_OF_OFFICE,
  type RuleId,
} from './programmeRules.js';

export type CentreRule = 'given' | 'perResident';
export type DeskRule = 'onePerPerson' | 'simulated';

export interface ProgrammeInput {
  run: ScenarioRunPart;
  deskRule: DeskRule;
  today: {
    wardOfficeM2: number;
    complexM2: number;
    partsAddUp: boolean;
    healthCentreM2: number;
    wardCentreM2: number;
    otherM2: number | null;
  };
  population: number;
  centres: {
    healthCentre: CentreRule;
    wardCentre: CentreRule;
    healthCentrePerResidentM2: number;
    wardCentrePerResidentM2: number;
  };
  bandShare: number;
  staffByRank?: StaffByRankInput;
}

type Item = ProgrammeRow['item'];
const ci = (e: Estimate) => e.ci95 ?? 0;
const est = (mean: number, half: number | null): Estimate => ({ mean, ci95: half });

function row(
  item: Item,
  scope: string,
  name: string,
  nameJa: string,
  units: Estimate | null,
  m2PerUnit: number | null,
  rule: RuleId,
  area?: Estimate,
): ProgrammeRow {
  const planned = units === null || units.mean === null ? null : Math.max(0, Math.ceil(units.mean - 1e-9));
  const areaM2 = area ?? est((planned ?? 0) * (m2PerUnit ?? 0), units === null ? null : ci(units) * (m2PerUnit ?? 0));
  return {
    item,
    scope,
    name,
    nameJa,
    units,
    unitsPlanned: planned,
    m2PerUnit,
    areaM2,
    rule,
    basis: RULES[rule].basis,
    source: RULES[rule].source,
  };
}

/** Counter lines: positions busy in the busiest interval (mean over days, with its CI). */
function counterRows(run: ScenarioRunPart): ProgrammeRow[] {
  const v = run.visitors;
  if (v === undefined) return [];
  return (
    v.queues
      // A line nobody joined (a department whose work a one-stop desk took) needs no positions.
      .filter((q) => (q.kind === 'counter' || q.kind === 'seats') && q.counters !== null && (q.joins.mean ?? 0) > 0)
      .map((q) => {
        const counters = q.counters as number;
        let best: Estimate = { mean: 0, ci95: 0 };
        for (const i of q.byInterval)
          if ((i.counterUtilization.mean ?? -1) > (best.mean ?? 0)) best = i.counterUtilization;
        const busy = est(Math.min(counters, (best.mean ?? 0) * counters), ci(best) * counters);
        const consultation = CONSULTATION_DEPARTMENTS.includes(q.id);
        return consultation
          ? row('consultation', q.id, q.name, q.nameJa, busy, S.m2PerConsultationRoom, 'consultation-busiest-interval')
          : row('counters', q.id, q.name, q.nameJa, busy, S.m2PerCounterPosition, 'counters-busiest-interval');
      })
  );
}

function officeRows(run: ScenarioRunPart, deskRule: DeskRule): ProgrammeRow[] {
  const w = run.workplace;
  if (w === undefined) return [];
  const { alpha, beta } = w.needed;
  const rows = w.zones.map((z) =>
    deskRule === 'onePerPerson'
      ? row('desks', z.id, z.name, z.nameJa, est(z.staff, 0), S.m2PerDesk, 'desks-one-per-person')
      : row(
          'desks',
          z.id,
          z.name,
          z.nameJa,
          unitsFromCurve(
            z.shortageCurve.map((p) => ({ units: p.desks, mean: p.mean, ci95: p.ci95 })),
            alpha,
            z.desksNeeded,
          ),
          S.m2PerDesk,
          'desks-shortage-alpha',
        ),
  );
  if (deskRule === 'simulated' && w.touchdown.desks > 0)
    rows.push(
      row(
        'touchdown',
        'all',
        'touchdown desks',
        'タッチダウン席',
        est(w.touchdown.desks, 0),
        S.m2PerDesk,
        'touchdown-desks',
      ),
    );
  for (const s of w.spaces) {
    const curve = s.blockingCurve.map((p) => ({ units: p.units, mean: p.mean, ci95: p.ci95 }));
    const needed = s.unitsNeeded ?? curve.length - 1;
    const units = unitsFromCurve(curve, beta, needed);
    if (s.kind === 'booth1')
      rows.push(row('booths1p', s.id, s.name, s.nameJa, units, S.m2PerBooth1p, 'booths-blocking-beta'));
    else if (s.kind === 'boothGroup')
      rows.push(row('boothsGroup', s.id, s.name, s.nameJa, units, S.m2PerBoothGroup, 'booths-blocking-beta'));
    else if (s.kind === 'meetingRoom')
      rows.push(
        row(
          'meetingRooms',
          s.id,
          s.name,
          s.nameJa,
          units,
          s.capacityPersons * S.m2PerMeetingSeat,
          'rooms-blocking-beta',
        ),
      );
    else if (s.kind === 'focusSeat')
      rows.push(row('focus', s.id, s.name, s.nameJa, units, S.m2PerFocusSeat, 'focus-blocking-beta'));
  }
  return rows;
}

/**
 * Storage: from the documents kept on paper when the scenario states them (workplace.paper:
 * filing metres kept × m² per filing metre, paperStorage.ts), else the 総務省 13 % of the desks'
 * area — the default, so a scenario without paper keeps its programme.
 */
function storageRow(run: ScenarioRunPart, thirteenPct: Estimate): ProgrammeRow {
  const paper = run.workplace?.paper;
  if (paper === undefined)
    return row('storage', 'all', 'storage and archives', '書庫・倉庫', null, null, 'storage-13pct', thirteenPct);
  return row(
    'storage',
    'all',
    'storage and archives',
    '書庫・倉庫',
    est(paper.filingMKept, 0),
    paper.storageM2PerFilingM,
    'storage-filing-metres',
    est(paper.storageM2, 0),
  );
}

const sumOf = (rows: readonly ProgrammeRow[]): Estimate => ({
  mean: rows.reduce((a, r) => a + (r.areaM2.mean ?? 0), 0),
  ci95: rows.reduce((a, r) => a + ci(r.areaM2), 0),
});
const scaled = (e: Estimate, k: number): Estimate => ({ mean: (e.mean ?? 0) * k, ci95: ci(e) * k });

export function buildProgramme(p: ProgrammeInput): ProgrammeBlock {
  const rows: ProgrammeRow[] = [...counterRows(p.run)];
  const seats = p.run.kpis.waitingSeatsP95;
  if (seats !== undefined && seats.mean !== null) {
    const waiting = row('waiting', 'all', 'waiting seats', '待合席', seats, S.m2PerWaitingSeat, 'waiting-seats-p95');
    rows.push(waiting);
    rows.push(
      row(
        'lobby',
        'all',
        'lobby',
        'ロビー',
        null,
        null,
        'lobby-seating-share',
        scaled(waiting.areaM2, (1 - S.lobbySeatingShare) / S.lobbySeatingShare),
      ),
    );
  }
  const office = officeRows(p.run, p.deskRule);
  rows.push(...office);
  const desks = office.filter((r) => r.item === 'desks' || r.item === 'touchdown');
  rows.push(storageRow(p.run, scaled(sumOf(desks), STORAGE_SHARE_OF_OFFICE)));
  const staff = p.run.workplace?.staff.total ?? 0;
  // The standard's 7 m² per staff covers meeting rooms too: the simulated rooms take their part
  // (their CI stays theirs).
  const rooms = sumOf(office.filter((r) => r.item === 'meetingRooms'));
  const otherM2 = Math.max(0, staff * OTHER_ROOMS_M2_PER_STAFF - (rooms.mean ?? 0));
  rows.push(
    row(
      'otherRooms',
      'all',
      'phone room, toilets, washrooms and other rooms',
      '電話交換室・便所・洗面所・その他諸室',
      null,
      null,
      'other-rooms-somu',
      est(otherM2, 0),
    ),
  );
  rows.push(
    row(
      'circulation',
      'all',
      'entrance halls, corridors and stairs',
      '玄関・広間・廊下・階段等',
      null,
      null,
      'circulation-somu',
      scaled(sumOf(rows), CIRCULATION_SHARE),
    ),
  );
  const wardOfficeM2 = sumOf(rows);

  const centre = (rule: CentreRule, given: number, perResident: number) =>
    rule === 'given'
      ? { areaM2: given, rule: 'given-seed-001', source: RULES['given-seed-001'].source }
      : {
          areaM2: Math.round(perResident * p.population),
          rule: 'per-resident-median',
          source: RULES['per-resident-median'].source,
        };
  const healthCentre = centre(p.centres.healthCentre, p.today.healthCentreM2, p.centres.healthCentrePerResidentM2);
  const wardCentre = centre(p.centres.wardCentre, p.today.wardCentreM2, p.centres.wardCentrePerResidentM2);
  const other = { areaM2: p.today.otherM2 ?? 0, rule: 'given-seed-001', source: RULES['given-seed-001'].source };
  const complexM2 = est(
    (wardOfficeM2.mean ?? 0) + healthCentre.areaM2 + wardCentre.areaM2 + other.areaM2,
    ci(wardOfficeM2),
  );

  const today = p.today.wardOfficeM2;
  const share = est((wardOfficeM2.mean ?? 0) / today - 1, ci(wardOfficeM2) / today);
  const lower = (share.mean ?? 0) - ci(share);
  const upper = (share.mean ?? 0) + ci(share);
  const verdict = lower > p.bandShare ? 'increase' : upper < -p.bandShare ? 'decrease' : 'keep';
  // How clear the verdict is: for 増/減 the nearest bound's distance past the band; for 維持 the mean's distance
  // inside it (negative: the mean lies outside the band, but its CI does not clear it).
  const mid = share.mean ?? 0;
  const marginShare =
    verdict === 'increase'
      ? lower - p.bandShare
      : verdict === 'decrease'
        ? -p.bandShare - upper
        : Math.min(p.bandShare - mid, mid + p.bandShare);

  const ranks = p.staffByRank ?? { general: staff };
  const citizenFacing = rows
    .filter((r) => ['counters', 'consultation', 'waiting', 'lobby'].includes(r.item))
    .reduce((a, r) => a + (r.areaM2.mean ?? 0), 0);
  return {
    rows,
    wardOfficeM2,
    healthCentre,
    wardCentre,
    other,
    complexM2,
    today: { wardOfficeM2: today, complexM2: p.today.complexM2, partsAddUp: p.today.partsAddUp },
    change: {
      share,
      complexShare: est((complexM2.mean ?? 0) / p.today.complexM2 - 1, ci(complexM2) / p.today.complexM2),
      bandShare: p.bandShare,
      verdict,
      marginShare,
    },
    standards: {
      staff,
      somuM2: somuOfficeAreaStandard(ranks).totalM2,
      mlitM2: mlitOfficeAreaStandard(ranks).totalM2,
      citizenFacingM2: citizenFacing,
      programmeM2PerStaff: staff > 0 ? (wardOfficeM2.mean ?? 0) / staff : 0,
    },
  };
}
