/**
 * Each lever moves the outputs the way a planner expects. Every comparison runs both variants on
 * the same seed: the same would-be visitors with the same needs (common random numbers), so a
 * difference comes from the lever and not from luck.
 */
import { describe, expect, it } from 'vitest';
import type { VisitorReplicationResult as Day } from '../../engine/models/visitors/visitorResult.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { across, lognormal, movingPart, simulateDays, townPart } from './visitorFixtures.js';

const DAYS = 20;
const quiet = { patienceMin: null, balk: { displayedWaitOverMin: 120, p: 0 } };
const waitOf = (rs: Day[]) => across(rs, (r) => r.waitMin.mean);
const hourly = (r: Day) => r.byHour.waitMean.filter((x) => Number.isFinite(x));
const spreadOverHours = (r: Day) => {
  const x = hourly(r);
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((a, b) => a + (b - m) ** 2, 0) / x.length);
};
const town = (levers: VisitorPart['levers'] = {}, over: Partial<VisitorPart> = {}) =>
  townPart({ levers: { patience: quiet, ...levers }, ...over });

describe('levers move outputs in the direction a planner expects (paired, common random numbers)', () => {
  it('more reservations flatten the waits over the day (待たせない)', () => {
    const withShare = (share: number) =>
      simulateDays(
        movingPart({
          departments: [{ id: 'moving', counters: 24, staff: 24 }],
          procedures: [
            {
              id: 'moving',
              share: 1,
              steps: [{ department: 'moving', serviceMin: lognormal(20, 0.5) }],
              reservationShare: share,
            },
          ],
          levers: { patience: quiet, reservations: { noShow: 0 } },
        }),
        DAYS,
      );
    const [none, some, many] = [0, 0.3, 0.6].map(withShare);
    const worstHour = (rs: Day[]) => across(rs, (r) => Math.max(...hourly(r)));
    expect(worstHour(some)).toBeLessThan(worstHour(none));
    expect(worstHour(many)).toBeLessThan(worstHour(some));
    expect(across(many, spreadOverHours)).toBeLessThan(across(none, spreadOverHours));
    expect(across(many, (r) => r.visitors.booked)).toBeGreaterThan(200);
  });

  it('smartphone call-back empties the waiting area but does not shorten the wait', () => {
    const off = simulateDays(town(), DAYS);
    const on = simulateDays(town({ callback: { share: 0.6 } }), DAYS);
    expect(across(on, (r) => r.waitingArea.personsMean)).toBeLessThan(
      0.7 * across(off, (r) => r.waitingArea.personsMean),
    );
    expect(across(on, (r) => r.waitingArea.personsP95)).toBeLessThan(across(off, (r) => r.waitingArea.personsP95));
    expect(Math.abs(waitOf(on) - waitOf(off)) / waitOf(off)).toBeLessThan(0.1);
  });

  it('one-stop counters (pooled, dispatch, superman) lower the counters visited and the walking', () => {
    const silo = simulateDays(town(), DAYS);
    const visited = across(silo, (r) => r.countersVisited);
    const walked = across(silo, (r) => r.walkingMin);
    for (const type of ['pooled', 'dispatch', 'superman'] as const) {
      const oneStop = {
        departments: ['resident', 'insurance', 'child'],
        ...(type === 'superman' ? { staff: 10 } : {}),
      };
      const rs = simulateDays(town({}, { organisation: { type, oneStop } }), DAYS);
      expect(
        across(rs, (r) => r.countersVisited),
        type,
      ).toBeLessThan(visited - 0.3);
      expect(
        across(rs, (r) => r.walkingMin),
        type,
      ).toBeLessThan(walked - 0.3);
      expect(
        across(rs, (r) => r.visitors.served),
        type,
      ).toBeGreaterThan(300);
    }
  });

  it('窓口連携 (one ticket) shortens the total wait of visitors with several counters, at the cost of single-counter visitors', () => {
    const silo = simulateDays(town(), DAYS);
    const renkei = simulateDays(town({}, { organisation: { type: 'silo', renkei: true } }), DAYS);
    expect(across(renkei, (r) => r.byProcedure.moving.waitMin.mean)).toBeLessThan(
      across(silo, (r) => r.byProcedure.moving.waitMin.mean),
    );
    expect(across(renkei, (r) => r.byProcedure.insurance.waitMin.mean)).toBeGreaterThan(
      across(silo, (r) => r.byProcedure.insurance.waitMin.mean),
    );
  });

  it('online and コンビニ diversion lowers arrivals and waits (来させない)', () => {
    const base = simulateDays(town(), DAYS);
    const part = townPart({ levers: { patience: quiet } });
    part.procedures = part.procedures.map((p) => ({ ...p, diversion: 0.4 }));
    const diverted = simulateDays(part, DAYS);
    expect(across(diverted, (r) => r.visitors.arrived)).toBeLessThan(0.7 * across(base, (r) => r.visitors.arrived));
    expect(across(diverted, (r) => r.visitors.diverted)).toBeGreaterThan(across(base, (r) => r.visitors.diverted));
    expect(across(diverted, (r) => r.visitors.demand)).toBe(across(base, (r) => r.visitors.demand));
    expect(waitOf(diverted)).toBeLessThan(waitOf(base));
  });

  it('書かない窓口 shortens waits and time in the office', () => {
    const off = simulateDays(town(), DAYS);
    const on = simulateDays(town({ kakanaiMadoguchi: true }), DAYS);
    expect(waitOf(on)).toBeLessThan(waitOf(off));
    expect(across(on, (r) => r.timeInOfficeMin.mean)).toBeLessThan(across(off, (r) => r.timeInOfficeMin.mean));
  });

  it('more counter staff, back-office help and multi-skilled staff lower the waits; lunch breaks raise them', () => {
    const base = simulateDays(town(), DAYS);
    const resident = (rs: Day[]) => across(rs, (r) => r.queues.resident.waitMin);
    const more = simulateDays(
      town(
        {},
        {
          departments: [
            { id: 'resident', counters: 10, staff: 9 },
            { id: 'insurance', counters: 5, staff: 4 },
            { id: 'child', counters: 3, staff: 2 },
          ],
        },
      ),
      DAYS,
    );
    expect(resident(more)).toBeLessThan(resident(base));
    const backOffice = simulateDays(
      town(
        {},
        {
          departments: [
            { id: 'resident', counters: 10, staff: 7, backOffice: { staff: 2, callWhenWaiting: 3, travelMin: 1 } },
            { id: 'insurance', counters: 5, staff: 4 },
            { id: 'child', counters: 3, staff: 2 },
          ],
        },
      ),
      DAYS,
    );
    expect(resident(backOffice)).toBeLessThan(resident(base));
    expect(
      across(backOffice, (r) => r.staff['backoffice:resident'].busyMin.reduce((a, b) => a + b, 0)),
    ).toBeGreaterThan(0);
    const multi = simulateDays(
      town({}, { multiSkill: [{ id: 'insurance-child', serves: ['insurance', 'child'], staff: 2 }] }),
      DAYS,
    );
    expect(across(multi, (r) => r.queues.child.waitMin)).toBeLessThan(across(base, (r) => r.queues.child.waitMin));
    const lunch = simulateDays(town({}, { staffRules: { lunch: { from: '11:30', to: '14:30', breakMin: 60 } } }), DAYS);
    expect(waitOf(lunch)).toBeGreaterThan(waitOf(base));
  });

  it('patience and balking: shorter patience means more give up and shorter waits for those served', () => {
    const patient = simulateDays(town(), DAYS);
    const impatient = simulateDays(
      town({
        patience: { patienceMin: lognormal(20, 0.5), balk: { displayedWaitOverMin: 30, p: 0.5 }, comeBackShare: 0.7 },
      }),
      DAYS,
    );
    expect(across(impatient, (r) => r.visitors.abandoned)).toBeGreaterThan(0);
    expect(across(impatient, (r) => r.visitors.balked)).toBeGreaterThan(0);
    expect(across(impatient, (r) => r.abandonmentShare)).toBeGreaterThan(across(patient, (r) => r.abandonmentShare));
    expect(waitOf(impatient)).toBeLessThan(waitOf(patient));
    const r = impatient[0].visitors;
    expect(r.comeBackAnotherDay).toBeCloseTo(0.7 * (r.abandoned + r.balked + r.turnedAway), 9);
  });

  it('booked visitors who come too late are turned away or join the walk-ins, as the lever says', () => {
    const late = (policy: 'walkIn' | 'turnAway') =>
      simulateDays(
        movingPart({
          procedures: [
            {
              id: 'moving',
              share: 1,
              steps: [{ department: 'moving', serviceMin: lognormal(10, 0.5) }],
              reservationShare: 0.5,
            },
          ],
          levers: {
            patience: quiet,
            reservations: { arrivalOffsetMin: { mean: 10, sd: 10 }, checkIn: { lateMin: 5 }, late: policy },
          },
        }),
        10,
      );
    expect(across(late('turnAway'), (r) => r.visitors.turnedAway)).toBeGreaterThan(10);
    expect(across(late('walkIn'), (r) => r.visitors.turnedAway)).toBe(0);
  });
});
