import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CapacitySchedule, type CapacityPiece } from '../../../engine/core/capacitySchedule.js';

const DAY = 1440;

/** Reference value: the servers of the piece containing the local time, else 0. */
function refCapacity(pieces: CapacityPiece[], periodMin: number, tMin: number): number {
  const local = periodMin === Infinity ? tMin : tMin - Math.floor(tMin / periodMin) * periodMin;
  const p = pieces.find((q) => q.fromMin <= local && local < q.toMin);
  return p ? p.servers : 0;
}

/**
 * Reference next change for schedules with integer breakpoints: the value is constant on every
 * [k, k+1), so scan integer k > t for a value different from the one just before k.
 */
function refNextChange(pieces: CapacityPiece[], periodMin: number, tMin: number, horizon: number): number {
  for (let k = Math.floor(tMin) + 1; k <= horizon; k++) {
    if (refCapacity(pieces, periodMin, k) !== refCapacity(pieces, periodMin, k - 0.5)) return k;
  }
  return Infinity;
}

describe('CapacitySchedule', () => {
  it('non-periodic: capacity per piece, 0 in holes and after the last piece, and every change found', () => {
    const s = new CapacitySchedule([
      { fromMin: 0, toMin: 60, servers: 2 },
      { fromMin: 60, toMin: 120, servers: 3 },
      { fromMin: 180, toMin: 240, servers: 1 },
    ]);
    expect([0, 59.9, 60, 119, 120, 179.9, 180, 239.9, 240, 1e6].map((t) => s.capacityAt(t))).toEqual([
      2, 2, 3, 3, 0, 0, 1, 1, 0, 0,
    ]);
    expect([0, 30, 60, 120, 150, 180, 240, 1e6].map((t) => s.nextChangeMin(t))).toEqual([
      60,
      60,
      120,
      180,
      180,
      240,
      Infinity,
      Infinity,
    ]);
    expect(s.periodMin).toBe(Infinity);
  });

  it('starts closed when the first piece begins after 0', () => {
    const s = new CapacitySchedule([{ fromMin: 480, toMin: 1020, servers: 4 }]);
    expect(s.capacityAt(0)).toBe(0);
    expect(s.capacityAt(479)).toBe(0);
    expect(s.capacityAt(480)).toBe(4);
    expect(s.nextChangeMin(0)).toBe(480);
    expect(s.nextChangeMin(480)).toBe(1020);
  });

  it('merges equal neighbours so every reported change is a real change', () => {
    const s = new CapacitySchedule([
      { fromMin: 0, toMin: 60, servers: 2 },
      { fromMin: 60, toMin: 120, servers: 2 },
      { fromMin: 120, toMin: 180, servers: 5 },
      { fromMin: 180, toMin: 200, servers: 0 },
    ]);
    expect(s.nextChangeMin(0)).toBe(120);
    expect(s.nextChangeMin(120)).toBe(180);
    // A zero-server piece followed by the implicit closed span is one closed span.
    expect(s.nextChangeMin(180)).toBe(Infinity);
  });

  it('periodic: repeats every period and wraps to the next period after the last change', () => {
    const s = new CapacitySchedule(
      [
        { fromMin: 510, toMin: 720, servers: 3 },
        { fromMin: 720, toMin: 1020, servers: 2 },
      ],
      DAY,
    );
    expect(s.capacityAt(2 * DAY + 600)).toBe(3);
    expect(s.capacityAt(2 * DAY + 800)).toBe(2);
    expect(s.capacityAt(2 * DAY + 1100)).toBe(0);
    expect(s.nextChangeMin(2 * DAY + 100)).toBe(2 * DAY + 510);
    expect(s.nextChangeMin(2 * DAY + 720)).toBe(2 * DAY + 1020);
    // Closed at both the end and the start of the period: next change is the next morning's opening.
    expect(s.nextChangeMin(2 * DAY + 1020)).toBe(3 * DAY + 510);
    expect(s.nextChangeMin(3 * DAY - 0.5)).toBe(3 * DAY + 510);
  });

  it('periodic: a change exactly at the period end when the end value differs from the start value', () => {
    const s = new CapacitySchedule(
      [
        { fromMin: 0, toMin: 600, servers: 2 },
        { fromMin: 600, toMin: DAY, servers: 1 },
      ],
      DAY,
    );
    expect(s.nextChangeMin(1000)).toBe(DAY);
    expect(s.capacityAt(DAY - 0.5)).toBe(1);
    expect(s.capacityAt(DAY)).toBe(2);
    expect(s.nextChangeMin(DAY)).toBe(DAY + 600);
  });

  it('periodic: no change at the period end when the values either side are equal', () => {
    const s = new CapacitySchedule(
      [
        { fromMin: 0, toMin: 60, servers: 2 },
        { fromMin: 1380, toMin: DAY, servers: 2 },
      ],
      DAY,
    );
    expect(s.nextChangeMin(1400)).toBe(DAY + 60);
    expect(s.nextChangeMin(30)).toBe(60);
    expect(s.nextChangeMin(60)).toBe(1380);
  });

  it('a constant periodic schedule never changes; unlimited pieces report Infinity servers', () => {
    const constant = new CapacitySchedule([{ fromMin: 0, toMin: DAY, servers: 4 }], DAY);
    expect(constant.nextChangeMin(12_345)).toBe(Infinity);
    expect(constant.capacityAt(12_345)).toBe(4);
    const unlimited = new CapacitySchedule([{ fromMin: 60, toMin: 120, servers: Infinity }]);
    expect(unlimited.capacityAt(90)).toBe(Infinity);
    expect(unlimited.nextChangeMin(0)).toBe(60);
    expect(unlimited.nextChangeMin(60)).toBe(120);
  });

  it('everOpen is false only when no piece has servers', () => {
    expect(new CapacitySchedule([]).everOpen()).toBe(false);
    expect(new CapacitySchedule([{ fromMin: 0, toMin: 60, servers: 0 }]).everOpen()).toBe(false);
    expect(new CapacitySchedule([{ fromMin: 10, toMin: 60, servers: 1 }], DAY).everOpen()).toBe(true);
  });

  it('agrees with a brute-force reference for random non-overlapping schedules, periodic or not (fast-check)', () => {
    const period = 48;
    // Random integer cut points in [0, period] and a server count for each span between them.
    const schedule = fc
      .record({
        cuts: fc.uniqueArray(fc.integer({ min: 0, max: period }), { minLength: 2, maxLength: 10 }),
        servers: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
        gaps: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
        periodic: fc.boolean(),
      })
      .map(({ cuts, servers, gaps, periodic }) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const pieces: CapacityPiece[] = [];
        for (let i = 0; i + 1 < sorted.length; i++) {
          if (!gaps[i]) pieces.push({ fromMin: sorted[i], toMin: sorted[i + 1], servers: servers[i] });
        }
        return { pieces: pieces.reverse(), periodMin: periodic ? period : Infinity };
      });
    fc.assert(
      fc.property(schedule, ({ pieces, periodMin }) => {
        const s = new CapacitySchedule(pieces, periodMin);
        const horizon = 4 * period;
        const ts = Array.from({ length: 6 * period }, (_, k) => k / 2);
        expect(ts.map((t) => [t, s.capacityAt(t)])).toEqual(ts.map((t) => [t, refCapacity(pieces, periodMin, t)]));
        expect(ts.map((t) => [t, s.nextChangeMin(t)])).toEqual(
          ts.map((t) => [t, refNextChange(pieces, periodMin, t, horizon)]),
        );
      }),
      { numRuns: 200 },
    );
  });
});
