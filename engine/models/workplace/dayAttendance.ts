/**
 * Where each person works on one day, decided for everyone before anyone's hours: absent,
 * teleworking, at the satellite office, or coming to the main office (where the hours then
 * decide between an office day and a field day). Two limits need the whole day at once:
 *
 * - the telework cap (devices, VPN licences: seed 002, 北海道): when more eligible staff want to
 *   telework than the cap allows, the cap's worth with the lowest `attendance:teleworkCap`
 *   priority telework and the rest are turned back — a uniformly random choice among the
 *   would-be teleworkers — and come to the main office like anyone else;
 * - the satellite office's seats: eligible staff on a main-office day without field work (turned
 *   back teleworkers included) want the satellite office with probability `share` (the
 *   `attendance:satellite` uniform); when more want it than it has seats, the seats go to those
 *   with the lowest uniform (again a uniformly random choice) and the rest come in.
 *
 * NOTE: the draws are made in person order exactly as the one-pass loop made them, each source on
 * its own stream, so a model without a cap or satellite office gives bit-identical numbers.
 */
import type { AttendanceDraws } from './attendanceDraws.js';
import type { CompiledWorkplace } from './compileWorkplace.js';
import { grantLowest } from './grantLowest.js';

export const PLACE_ABSENT = 0;
export const PLACE_REMOTE = 1;
export const PLACE_SATELLITE = 2;
/** Comes to the main office (or spends the day in the field: the hours decide). */
export const PLACE_MAIN = 3;

export class DayAttendance {
  /** Per person, for the day last decided. */
  readonly place: Uint8Array;
  readonly fieldDay: Uint8Array;
  /** Counts of the day last decided. */
  teleworkWanted = 0;
  teleworkRefused = 0;
  satelliteWanted = 0;
  satelliteUsed = 0;
  private readonly candidates: Int32Array;
  private readonly priority: Float64Array;
  private readonly scratch: Float64Array;
  private readonly granted: Uint8Array;
  private readonly uSatellite: Float64Array;

  constructor(
    private readonly c: CompiledWorkplace,
    private readonly draws: AttendanceDraws,
  ) {
    const n = c.persons;
    this.place = new Uint8Array(n);
    this.fieldDay = new Uint8Array(n);
    this.candidates = new Int32Array(n);
    this.priority = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.granted = new Uint8Array(n);
    this.uSatellite = new Float64Array(n);
  }

  /** Decides weekday w for every person (the draws' day must be set). */
  decide(w: number): void {
    const c = this.c;
    const a = this.draws;
    const remoteThreshold = c.personRemoteThreshold;
    const base = w * c.persons;
    let wanted = 0;
    for (let p = 0; p < c.persons; p++) {
      a.decide(p);
      this.fieldDay[p] = a.fieldDay ? 1 : 0;
      this.uSatellite[p] = a.uSatellite;
      if (a.absent) {
        this.place[p] = PLACE_ABSENT;
        continue;
      }
      if (a.uRemote < remoteThreshold[base + p]) {
        this.place[p] = PLACE_REMOTE;
        this.candidates[wanted] = p;
        this.priority[wanted] = a.uCap;
        wanted++;
      } else this.place[p] = PLACE_MAIN;
    }
    this.teleworkWanted = wanted;
    this.teleworkRefused = 0;
    if (c.teleworkCap >= 0 && wanted > c.teleworkCap) {
      grantLowest(this.priority, wanted, c.teleworkCap, this.scratch, this.granted);
      for (let i = 0; i < wanted; i++) {
        if (this.granted[i] === 1) continue;
        this.place[this.candidates[i]] = PLACE_MAIN;
        this.teleworkRefused++;
      }
    }
    this.decideSatellite();
  }

  private decideSatellite(): void {
    const c = this.c;
    this.satelliteWanted = 0;
    this.satelliteUsed = 0;
    if (c.satelliteSeats < 0) return;
    let n = 0;
    for (let p = 0; p < c.persons; p++) {
      if (this.place[p] !== PLACE_MAIN || c.personEligible[p] !== 1 || this.fieldDay[p] === 1) continue;
      if (!(this.uSatellite[p] < c.satelliteShare)) continue;
      this.candidates[n] = p;
      this.priority[n] = this.uSatellite[p];
      n++;
    }
    this.satelliteWanted = n;
    this.satelliteUsed = grantLowest(this.priority, n, c.satelliteSeats, this.scratch, this.granted);
    for (let i = 0; i < n; i++) if (this.granted[i] === 1) this.place[this.candidates[i]] = PLACE_SATELLITE;
  }
}
