/**
 * The draws that decide one person-day: absent or not, the telework uniform, field day or not,
 * arrival and departure. Shared by the workplace simulation and the one-pass telework sweep so
 * both see exactly the same people on the same days (common random numbers).
 *
 * NOTE: every draw is made for every person-day, in this order, whatever the outcome, so that a
 * variant changing telework, absence or desks leaves every other draw where it was. The hours of
 * a person-day that does not come in are skipped (Distribution.skip): the streams advance as if
 * they had been drawn, but the quantiles are not computed.
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
  /** Results of the last decide(): absent today, the telework uniform, a field day. */
  absent = false;
  uRemote = 0;
  fieldDay = false;
  /** Priority under the telework cap (lowest first) and the satellite-office uniform (0 when not configured). */
  uCap = 0;
  uSatellite = 0;
  /** Results of the last hours(): OFFICE or FIELD_ALL_DAY, arrival and departure. */
  outcome = ABSENT;
  arriveMin = 0;
  departMin = 0;
  /** The day the draws are for (setDay): everything ends by dayEndMin. */
  private dayStartMin = 0;
  private dayEndMin = 0;
  private readonly absence: RandomStream;
  private readonly telework: RandomStream;
  private readonly fieldDays: RandomStream;
  /** Only when the model has a telework cap / a satellite office: existing streams are untouched. */
  private readonly capPriority: RandomStream | null;
  private readonly satellite: RandomStream | null;
  private readonly roles: (RoleDistributions | null)[];

  constructor(
    private readonly c: CompiledWorkplace,
    streams: RandomStreams,
  ) {
    this.absence = streams.get('attendance:absence');
    this.telework = streams.get('attendance:telework');
    this.fieldDays = streams.get('attendance:field');
    this.capPriority = c.teleworkCap >= 0 ? streams.get('attendance:teleworkCap') : null;
    this.satellite = c.satelliteSeats >= 0 ? streams.get('attendance:satellite') : null;
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

  /** The day of the next draws: it starts at `dayStartMin` and everything ends by `dayEndMin`. */
  setDay(dayStartMin: number, dayEndMin: number): void {
    this.dayStartMin = dayStartMin;
    this.dayEndMin = dayEndMin;
  }

  /** Person p's day, first part: absent or not, the telework uniform (left to the caller), field day or not. */
  decide(p: number): void {
    this.absent = this.absence.next() < this.c.personAbsenceShare[p];
    this.uRemote = this.telework.next();
    this.fieldDay = this.fieldDays.next() < this.c.personFieldDayShare[p];
    // Drawn for every person-day, whatever the outcome, so that who is turned back does not shift
    // the draws of anyone else (and the sweep sees the same priorities at every level).
    if (this.capPriority !== null) this.uCap = this.capPriority.next();
    if (this.satellite !== null) this.uSatellite = this.satellite.next();
  }

  /**
   * Second part, for a person-day that may come in: arrival, departure and the outcome. `fieldDay`
   * is this person's decide() result (a day is decided for everyone before anyone's hours).
   */
  hours(p: number, fieldDay: boolean): void {
    const r = this.c.personRole[p];
    const role = this.c.roles[r] as CompiledRole;
    const d = this.roles[r] as RoleDistributions;
    d.arriveSpread.draw();
    d.stay.draw();
    const field = fieldDay;
    // NOTE: the office time matters on a field day only; otherwise its stream just advances.
    if (field) d.fieldOffice.draw();
    else d.fieldOffice.skip();
    const spread = d.arriveSpread.last;
    const stay = d.stay.last;
    const office = d.fieldOffice.last;
    const arrive = Math.min(this.dayStartMin + role.arriveMin + spread, this.dayEndMin);
    this.arriveMin = arrive;
    this.departMin = Math.min(arrive + (field && office < stay ? office : stay), this.dayEndMin);
    this.outcome = field && this.departMin <= arrive ? FIELD_ALL_DAY : OFFICE;
  }

  /**
   * Second part for a person-day that does not come in (absent, remote): every hours stream
   * advances exactly as hours() would advance it, without computing the hours (the normal and
   * lognormal quantiles are the costly part of a workplace year).
   */
  skipHours(p: number): void {
    const d = this.roles[this.c.personRole[p]] as RoleDistributions;
    d.arriveSpread.skip();
    d.stay.skip();
    d.fieldOffice.skip();
  }
}
