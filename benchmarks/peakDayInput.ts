/**
 * PEAK-DAY: one department on a peak day — 460 expected visitors from 8:45 to 17:15 (the 北区
 * moving-season hourly profile), 14 counters and 14 staff all day, lognormal service (mean 12 min,
 * cv 0.6), first come first served, nobody gives up, no reservations, concierge, kiosk, call-back
 * or lunch breaks; half a minute's walk from the entrance to the counter and from the counter to
 * the exit. About 1,400 events per day: what one replication costs beyond its events is the
 * visitor model's per-replication overhead. benchmarks/simpy/peakDay.py is the same model in SimPy.
 *
 * The model input is written here directly (the visitor model's own input, not a scenario file),
 * so the benchmark does not depend on the scenario layer.
 */
import type { VisitorInput } from '../engine/models/visitors/visitorInput.js';

export const PEAK_DAY = {
  openMin: 525,
  closeMin: 1035,
  expectedVisitors: 460,
  counters: 14,
  serviceMeanMin: 12,
  serviceCv: 0.6,
  walkMin: 0.5,
  /** Share of the day's visitors arriving in each piece (fromMin, toMin, share). */
  profile: [
    [525, 540, 0.02],
    [540, 600, 0.14],
    [600, 660, 0.17],
    [660, 720, 0.13],
    [720, 780, 0.09],
    [780, 840, 0.125],
    [840, 900, 0.125],
    [900, 960, 0.105],
    [960, 1020, 0.08],
    [1020, 1035, 0.015],
  ] as const,
};

export function peakDayInput(): VisitorInput {
  const p = PEAK_DAY;
  const places = ['entrance', 'exit', 'counter:dept'];
  const w = p.walkMin;
  return {
    openMin: p.openMin,
    closeMin: p.closeMin,
    intervalMin: 15,
    serviceLevel: { target: 0.8, withinMin: 30 },
    expectedVisitors: p.expectedVisitors,
    profile: p.profile.map(([fromMin, toMin, share]) => ({ fromMin, toMin, share })),
    groupSize: { dist: 'deterministic', value: 1 },
    procedures: [
      {
        id: 'visit',
        share: 1,
        steps: [
          { department: 'dept', serviceMin: { dist: 'lognormal', mean: p.serviceMeanMin, cv: p.serviceCv }, p: 1 },
        ],
        diversion: 0,
        kakanaiFactor: 1,
        reservationShare: 0,
        patienceMin: null,
      },
    ],
    departments: [
      {
        id: 'dept',
        counters: p.counters,
        staff: [{ fromMin: p.openMin, toMin: p.closeMin, staff: p.counters }],
        backOffice: null,
      },
    ],
    concierge: null,
    reception: null,
    // entrance, exit, counter: rows are "from", columns "to".
    walking: { places, minutes: [0, 0, w, 0, 0, w, w, w, 0] },
    organisation: { type: 'silo', renkei: false, oneStop: null },
    multiSkill: [],
    lunch: null,
    minShiftMin: 240,
    kakanai: false,
    reservations: {
      slotMin: 15,
      slotCapacity: 0,
      noShow: 0,
      arrivalOffsetMeanMin: 0,
      arrivalOffsetSdMin: 0,
      earlyMin: 15,
      lateMin: 10,
      late: 'walkIn',
      priority: 'first',
    },
    callback: {
      share: 0,
      recallWhenAhead: 3,
      returnMin: { dist: 'deterministic', value: 3 },
      missProbability: 0,
      missDelayMin: 15,
    },
    patience: { balkOverMin: 120, balkP: 0, comeBackShare: 0 },
  };
}
