/**
 * The draws that decide one person-day: absent or not, the telework uniform, field day or not,
 * arrival and departure. Shared by the workplace simulation and the one-pass telework sweep so
 * both see exactly the same people on the same days (common random numbers).
 *
 * NOTE: every draw is made for every person-day, in this order, whatever the outcome, so that a
 * variant changing telework, absence or desks leaves every other draw where it was.
 */
import { Distribution } from '../../core/distribution.js';
import type { RandomStream, RandomStreams } from '../../core/randomStream.js';
import type { CompiledRole, CompiledWorkplace } from './compileWorkplace.js';

export const ABSENT = 0;
/** Not in at all: a field day with no office time. */
export const FIELD_ALL_DAY = 1;
/** In the office from arriveMin to departMin (unless teleworking). */
export const OFFICE = 2;

interface RoleDistributions {
  arriveSpread: Distribution;
  stay: Distribution;
  fieldOffice: Distribution;
}

export class AttendanceDraws {
  /** Results of the last draw(). */
  outcome = ABSENT;
  fieldDay = false;
  uRemote = 0;
  arriveMin = 0;
  departMin = 0;
  private readonly absence: RandomStream;
  private readonly telework: RandomStream;
  private readonly fieldDays: RandomStream;
  private readonly roles: (RoleDistributions | null)[];

  constructor(
    private readonly c: CompiledWorkplace,
    streams: RandomStreams,
  ) {
    this.absence = streams.get('attendance:absence');
    this.telework = streams.get('attendance:telework');
    this.fieldDays = streams.get('attendance:field');
    this.roles = c.roles.map((r) =>
      r === null
        ? null
        : {
            arriveSpread: new Distribution(r.arriveSpreadMin, streams.get('hours:arrive')),
            stay: new Distribution(r.stayMin, streams.get('hours:stay')),
            fieldOffice: new Distribution(r.fieldOfficeMin, streams.get('field:officeMin')),
          },
    );
  }

  /** Draws person p's day starting at `dayStartMin`; everything ends by `dayEndMin`. Telework is left to the caller (uRemote). */
  draw(p: number, dayStartMin: number, dayEndMin: number): void {
    const r = this.c.personRole[p];
    const role = this.c.roles[r] as CompiledRole;
    const d = this.roles[r] as RoleDistributions;
    const uAbsent = this.absence.next();
    this.uRemote = this.telework.next();
    const uField = this.fieldDays.next();
    const spread = d.arriveSpread.sample();
    const stay = d.stay.sample();
    const office = d.fieldOffice.sample();
    const field = uField < role.fieldDayShare;
    const arrive = Math.min(dayStartMin + role.arriveMin + spread, dayEndMin);
    this.arriveMin = arrive;
    this.departMin = Math.min(arrive + (field && office < stay ? office : stay), dayEndMin);
    this.fieldDay = field;
    this.outcome = uAbsent < role.absenceShare ? ABSENT : field && this.departMin <= arrive ? FIELD_ALL_DAY : OFFICE;
  }
}
