import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppointmentArrivals } from '../../../engine/core/appointmentArrivals.js';

/** Follows the process as a model does: each call asks for the arrival after the previous one. */
function follow(arrivals: AppointmentArrivals, fromMin: number): number[] {
  const out: number[] = [];
  for (let t = arrivals.nextArrivalMin(fromMin); t !== Infinity; t = arrivals.nextArrivalMin(t)) {
    out.push(t);
    if (out.length > 10_000) throw new Error('runaway');
  }
  return out;
}

describe('AppointmentArrivals', () => {
  it('returns every booked time exactly once, in order, keeping duplicates (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 600, noNaN: true })), {
          maxLength: 60,
        }),
        (times) => {
          const copy = [...times];
          const arrivals = new AppointmentArrivals(times);
          expect(follow(arrivals, 0)).toEqual([...times].sort((a, b) => a - b));
          expect(arrivals.nextArrivalMin(0)).toBe(Infinity);
          expect(times).toEqual(copy);
        },
      ),
    );
  });

  it('keeps all appointments of a shared slot time', () => {
    const arrivals = new AppointmentArrivals([540, 570, 540, 540, 600]);
    expect(follow(arrivals, 0)).toEqual([540, 540, 540, 570, 600]);
  });

  it('skips appointments earlier than the time asked for (sorted numerically, not as text)', () => {
    const arrivals = new AppointmentArrivals([100, 9, 20, 1000, 55]);
    expect(arrivals.nextArrivalMin(30)).toBe(55);
    expect(follow(arrivals, 55)).toEqual([100, 1000]);
  });

  it('has no arrival at all when the book is empty', () => {
    expect(new AppointmentArrivals([]).nextArrivalMin(0)).toBe(Infinity);
  });
});
