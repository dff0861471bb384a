import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TimeAverage } from '../../../engine/core/timeAverage.js';

describe('TimeAverage', () => {
  it('integrates a step function: value × duration summed over the steps', () => {
    const a = new TimeAverage();
    a.set(0, 2); // 2 on [0, 10)
    a.set(10, 5); // 5 on [10, 12)
    a.add(12, -4); // 1 on [12, 20)
    expect(a.integralTo(20)).toBe(20 + 10 + 8);
    expect(a.averageTo(20)).toBe(38 / 20);
    expect(a.max).toBe(5);
    expect(a.value).toBe(1);
    // Querying does not change the state.
    expect(a.integralTo(30)).toBe(48);
    expect(a.integralTo(20)).toBe(38);
  });

  it('matches a direct sum for random step functions (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 50 })), {
          maxLength: 50,
        }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (steps, tail) => {
          const a = new TimeAverage();
          let t = 0;
          let v = 0;
          let integral = 0;
          let max = 0;
          for (const [dt, value] of steps) {
            integral += v * dt;
            t += dt;
            a.set(t, value);
            v = value;
            max = Math.max(max, value);
          }
          const end = t + tail;
          integral += v * tail;
          expect(a.integralTo(end)).toBeCloseTo(integral, 6);
          expect(a.max).toBe(max);
          if (end > 0) expect(a.averageTo(end)).toBeCloseTo(integral / end, 9);
        },
      ),
    );
  });

  it('reset() starts a new window at the reset time, keeping the current value', () => {
    const a = new TimeAverage();
    a.set(0, 10);
    a.set(50, 3);
    a.reset(60);
    expect(a.integralTo(60)).toBe(0);
    expect(a.max).toBe(3);
    expect(a.integralTo(70)).toBe(30);
    expect(a.averageTo(70)).toBe(3);
    a.set(80, 1);
    expect(a.integralTo(100)).toBe(3 * 20 + 1 * 20);
    expect(a.averageTo(100)).toBe(80 / 40);
  });

  it('averageTo is NaN over an empty window', () => {
    const a = new TimeAverage();
    expect(a.averageTo(0)).toBeNaN();
    a.reset(5);
    expect(a.averageTo(5)).toBeNaN();
  });
});
