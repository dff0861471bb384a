import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WaitingLine } from '../../../engine/core/waitingLine.js';

const CLASSES = 3;

type Op =
  | { op: 'push'; priority: number }
  | { op: 'shift' }
  | { op: 'remove'; priority: number; pick: number }
  | { op: 'removeMissing'; priority: number }
  | { op: 'clear' };

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ op: fc.constant('push' as const), priority: fc.integer({ min: 0, max: CLASSES - 1 }) }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('shift' as const) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('remove' as const),
      priority: fc.integer({ min: 0, max: CLASSES - 1 }),
      pick: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('removeMissing' as const),
      priority: fc.integer({ min: 0, max: CLASSES - 1 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clear' as const) }) },
);

describe('WaitingLine', () => {
  it('behaves like an array-per-class reference under any mix of push, shift, remove and clear (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), fc.integer({ min: 1, max: 8 }), (program, initialCapacity) => {
        // A small initial capacity makes the ring buffers wrap and grow.
        const line = new WaitingLine(CLASSES, initialCapacity);
        const ref: number[][] = Array.from({ length: CLASSES }, () => []);
        let nextId = 0;
        for (const o of program) {
          switch (o.op) {
            case 'push':
              line.push(nextId, o.priority);
              ref[o.priority].push(nextId++);
              break;
            case 'shift': {
              const cls = ref.find((q) => q.length > 0);
              expect(line.shift()).toBe(cls ? (cls.shift() as number) : -1);
              break;
            }
            case 'remove': {
              const q = ref[o.priority];
              if (q.length === 0) {
                expect(line.remove(0, o.priority)).toBe(false);
                break;
              }
              const id = q[o.pick % q.length];
              expect(line.remove(id, o.priority)).toBe(true);
              q.splice(q.indexOf(id), 1);
              break;
            }
            case 'removeMissing':
              // An id that never entered this class (ids are unique; −7 is never used).
              expect(line.remove(-7, o.priority)).toBe(false);
              break;
            case 'clear':
              line.clear();
              for (const q of ref) q.length = 0;
              break;
          }
          expect(line.length).toBe(ref.reduce((s, q) => s + q.length, 0));
          for (let p = 0; p < CLASSES; p++) expect(line.toArray(p)).toEqual(ref[p]);
          const head = ref.find((q) => q.length > 0);
          expect(line.peek()).toBe(head ? head[0] : -1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('serves the lowest priority class first and FIFO within a class', () => {
    const line = new WaitingLine(3);
    line.push(10, 2);
    line.push(11, 1);
    line.push(12, 2);
    line.push(13, 0);
    line.push(14, 1);
    const out: number[] = [];
    while (line.length > 0) out.push(line.shift());
    expect(out).toEqual([13, 11, 14, 10, 12]);
    expect(line.shift()).toBe(-1);
    expect(line.peek()).toBe(-1);
  });

  it('removing from the middle keeps the others in order, and a removed id is not served', () => {
    const line = new WaitingLine(1, 4);
    // Shift a few first so that the ring's head is not at index 0 when removing.
    for (let id = 0; id < 6; id++) line.push(id);
    line.shift();
    line.shift();
    for (let id = 6; id < 9; id++) line.push(id);
    expect(line.remove(5)).toBe(true);
    expect(line.remove(5)).toBe(false);
    expect(line.remove(2)).toBe(true);
    expect(line.remove(8)).toBe(true);
    expect(line.toArray()).toEqual([3, 4, 6, 7]);
    expect(line.length).toBe(4);
    const out: number[] = [];
    while (line.length > 0) out.push(line.shift());
    expect(out).toEqual([3, 4, 6, 7]);
  });

  it('grows from a tiny buffer to 10,000 waiting, across a wrapped ring, without losing order', () => {
    const line = new WaitingLine(2, 4);
    line.push(-1, 1);
    line.push(-2, 1);
    line.shift();
    let id = 0;
    for (; id < 10_000; id++) line.push(id, 1);
    line.push(99_999, 0);
    expect(line.length).toBe(1 + 10_000 + 1);
    expect(line.shift()).toBe(99_999);
    expect(line.shift()).toBe(-2);
    const out: number[] = [];
    while (line.length > 0) out.push(line.shift());
    expect(out).toEqual(Array.from({ length: 10_000 }, (_, k) => k));
  });
});
