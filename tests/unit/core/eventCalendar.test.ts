import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventCalendar, MAX_EVENT_PRIORITY } from '../../../engine/core/eventCalendar.js';
import { testStream } from './sampleChecks.js';

interface RefEvent {
  time: number;
  priority: number;
  seq: number;
  kind: number;
  entity: number;
  tag: number;
}

/** Reference order: time, then priority, then insertion (a stable sort on (time, priority)). */
function refOrder(a: RefEvent, b: RefEvent): number {
  return a.time - b.time || a.priority - b.priority || a.seq - b.seq;
}

type Op = { op: 'schedule'; dt: number; priority: number; kind: number; tag: number } | { op: 'pop' };

const scheduleOp = fc.record({
  op: fc.constant('schedule' as const),
  // Few distinct time offsets and priorities so that ties are frequent; fractional offsets too.
  dt: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 5, noNaN: true })),
  priority: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant(MAX_EVENT_PRIORITY)),
  kind: fc.integer({ min: -5, max: 50 }),
  tag: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
});
const ops = fc.array(
  fc.oneof({ arbitrary: scheduleOp, weight: 3 }, { arbitrary: fc.constant({ op: 'pop' as const }), weight: 2 }),
  {
    maxLength: 300,
  },
);

/** Pops everything and returns the entities in firing order. */
function drain(cal: EventCalendar): number[] {
  const out: number[] = [];
  while (cal.pop()) out.push(cal.entity);
  return out;
}

describe('EventCalendar', () => {
  it('pops in (time, priority, insertion) order, matching a stable sort, for any interleaving of schedules and pops', () => {
    fc.assert(
      fc.property(ops, fc.integer({ min: 1, max: 8 }), (program: Op[], initialCapacity) => {
        // A small initial capacity makes the arrays grow while slots are being recycled.
        const cal = new EventCalendar(initialCapacity);
        const pending: RefEvent[] = [];
        let seq = 0;
        let now = 0;
        const check = () => {
          const ok = cal.pop();
          if (pending.length === 0) {
            expect(ok).toBe(false);
            return;
          }
          expect(ok).toBe(true);
          pending.sort(refOrder);
          const e = pending.shift() as RefEvent;
          now = e.time;
          expect([cal.now, cal.kind, cal.entity, cal.tag]).toEqual([e.time, e.kind, e.entity, e.tag]);
        };
        for (const o of program) {
          if (o.op === 'schedule') {
            const e: RefEvent = { time: now + o.dt, priority: o.priority, seq, kind: o.kind, entity: seq, tag: o.tag };
            seq++;
            pending.push(e);
            cal.schedule(e.time, e.kind, e.entity, e.tag, e.priority);
          } else {
            check();
          }
          expect(cal.size).toBe(pending.length);
          expect(cal.peekTime()).toBe(pending.length === 0 ? Infinity : Math.min(...pending.map((p) => p.time)));
        }
        while (pending.length > 0) check();
        expect(cal.pop()).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('fires equal-time, equal-priority events first-in first-out', () => {
    const cal = new EventCalendar();
    for (let e = 0; e < 20; e++) cal.schedule(7, 1, e);
    expect(drain(cal)).toEqual(Array.from({ length: 20 }, (_, e) => e));
  });

  it('fires lower priority first at equal time, but an earlier time beats any priority', () => {
    const cal = new EventCalendar();
    cal.schedule(5, 0, 1, 0, 3);
    cal.schedule(5, 0, 2, 0, 0);
    cal.schedule(5, 0, 3, 0, 3);
    cal.schedule(4, 0, 4, 0, MAX_EVENT_PRIORITY);
    cal.schedule(5, 0, 5, 0, 1);
    expect(drain(cal)).toEqual([4, 2, 5, 1, 3]);
  });

  it('keeps FIFO between the highest priority value and the next-lower one (key packing is exact)', () => {
    const cal = new EventCalendar();
    cal.schedule(1, 0, 1, 0, MAX_EVENT_PRIORITY);
    cal.schedule(1, 0, 2, 0, MAX_EVENT_PRIORITY - 1);
    cal.schedule(1, 0, 3, 0, MAX_EVENT_PRIORITY);
    cal.schedule(1, 0, 4, 0, MAX_EVENT_PRIORITY - 1);
    expect(drain(cal)).toEqual([2, 4, 1, 3]);
  });

  it('grows past its initial capacity to 10,000 pending events and keeps the order and payloads', () => {
    const rng = testStream('calendar-growth');
    const cal = new EventCalendar(4);
    const n = 10_000;
    const times = new Float64Array(n);
    for (let e = 0; e < n; e++) {
      // Integer times in [0, 500): about 20 events per time, so FIFO ties are exercised at scale.
      times[e] = Math.floor(rng.next() * 500);
      cal.schedule(times[e], e % 7, e, -e - 1, e % 3);
    }
    expect(cal.size).toBe(n);
    const expected = Array.from({ length: n }, (_, e) => e).sort(
      (a, b) => times[a] - times[b] || (a % 3) - (b % 3) || a - b,
    );
    const got: number[] = [];
    let lastTime = -Infinity;
    while (cal.pop()) {
      expect(cal.now).toBeGreaterThanOrEqual(lastTime);
      lastTime = cal.now;
      expect(cal.kind).toBe(cal.entity % 7);
      expect(cal.tag).toBe(-cal.entity - 1);
      got.push(cal.entity);
    }
    expect(got).toEqual(expected);
  });

  it('recycles payload slots correctly when growing while partly drained', () => {
    const cal = new EventCalendar(4);
    let next = 0;
    const popped: number[] = [];
    // Repeatedly add three and remove two, so the heap grows with a non-trivial free-slot stack.
    for (let round = 0; round < 200; round++) {
      for (let k = 0; k < 3; k++) {
        cal.schedule(round, 0, next, next * 10);
        next++;
      }
      for (let k = 0; k < 2; k++) {
        cal.pop();
        expect(cal.tag).toBe(cal.entity * 10);
        popped.push(cal.entity);
      }
    }
    while (cal.pop()) {
      expect(cal.tag).toBe(cal.entity * 10);
      popped.push(cal.entity);
    }
    // Times are non-decreasing in insertion order, so FIFO means entities come out as 0, 1, 2, ...
    expect(popped).toEqual(Array.from({ length: next }, (_, e) => e));
  });

  it('returns Infinity from peekTime and false from pop when empty, leaving the clock alone', () => {
    const cal = new EventCalendar();
    expect(cal.peekTime()).toBe(Infinity);
    expect(cal.size).toBe(0);
    cal.schedule(3, 1, 2);
    expect(cal.peekTime()).toBe(3);
    expect(cal.pop()).toBe(true);
    expect(cal.now).toBe(3);
    expect(cal.pop()).toBe(false);
    expect(cal.now).toBe(3);
    expect(cal.peekTime()).toBe(Infinity);
  });

  it('clear() empties the list, resets the clock and the FIFO sequence, and the calendar is reusable', () => {
    const cal = new EventCalendar(4);
    for (let e = 0; e < 100; e++) cal.schedule(100 - e, 0, e);
    cal.pop();
    expect(cal.now).toBe(1);
    cal.clear();
    expect(cal.size).toBe(0);
    expect(cal.now).toBe(0);
    expect(cal.peekTime()).toBe(Infinity);
    expect(cal.pop()).toBe(false);
    // Reuse after clear at the grown capacity and beyond.
    for (let e = 0; e < 300; e++) cal.schedule(e % 2, 0, e);
    expect(cal.size).toBe(300);
    const got = drain(cal);
    const evens = Array.from({ length: 150 }, (_, k) => 2 * k);
    const odds = evens.map((e) => e + 1);
    expect(got).toEqual([...evens, ...odds]);
  });
});
