import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ServerPool } from '../../../engine/core/serverPool.js';

describe('ServerPool', () => {
  it('tryAcquire succeeds until every server is busy, then fails', () => {
    const pool = new ServerPool('desk', 2);
    expect(pool.tryAcquire(0)).toBe(true);
    expect(pool.tryAcquire(0)).toBe(true);
    expect(pool.tryAcquire(1)).toBe(false);
    expect(pool.busy).toBe(2);
    pool.release(2);
    expect(pool.tryAcquire(3)).toBe(true);
    expect(pool.busy).toBe(2);
  });

  it('with capacity 0 nobody is ever served', () => {
    const pool = new ServerPool('closed', 0);
    expect(pool.tryAcquire(0)).toBe(false);
    expect(pool.join(1, 0, 0)).toBe(true);
    expect(pool.startNext(0)).toBe(-1);
    expect(pool.busy).toBe(0);
    expect(pool.utilizationTo(10)).toBeNaN();
  });

  it('with unlimited capacity never queues, and utilization is undefined (NaN)', () => {
    const pool = new ServerPool('self-service', Infinity);
    for (let k = 0; k < 1000; k++) expect(pool.tryAcquire(k)).toBe(true);
    expect(pool.busy).toBe(1000);
    expect(pool.line.length).toBe(0);
    expect(pool.capacityTime.value).toBe(0);
    expect(pool.overtimeTime.integralTo(2000)).toBe(0);
    expect(pool.utilizationTo(2000)).toBeNaN();
  });

  it('queueCapacity 0 is a loss system: an arrival finding all servers busy is blocked', () => {
    const pool = new ServerPool('booth', 1, 0);
    expect(pool.tryAcquire(0)).toBe(true);
    expect(pool.tryAcquire(1)).toBe(false);
    expect(pool.join(7, 0, 1)).toBe(false);
    expect(pool.line.length).toBe(0);
    expect(pool.queueTime.integralTo(10)).toBe(0);
  });

  it('a bounded line accepts up to queueCapacity and blocks the next, counting all classes', () => {
    const pool = new ServerPool('desk', 1, 2, 2);
    pool.tryAcquire(0);
    expect(pool.join(1, 1, 0)).toBe(true);
    expect(pool.join(2, 0, 0)).toBe(true);
    expect(pool.join(3, 0, 0)).toBe(false);
    expect(pool.leave(1, 1, 5)).toBe(true);
    expect(pool.join(3, 1, 5)).toBe(true);
    // Queue length 2 on [0, 5), 1 at 5 for an instant, then 2 again: integral to 10 is 2·10.
    expect(pool.queueTime.integralTo(10)).toBe(20);
  });

  it('releaseToNext hands the freed server to the next waiting customer (priority, then FIFO)', () => {
    const pool = new ServerPool('desk', 1, Infinity, 2);
    expect(pool.tryAcquire(0)).toBe(true);
    pool.join(10, 1, 1);
    pool.join(11, 0, 2);
    pool.join(12, 1, 3);
    expect(pool.releaseToNext(4)).toBe(11);
    expect(pool.busy).toBe(1);
    expect(pool.releaseToNext(5)).toBe(10);
    expect(pool.releaseToNext(6)).toBe(12);
    expect(pool.releaseToNext(7)).toBe(-1);
    expect(pool.busy).toBe(0);
    // One server busy on [0, 7).
    expect(pool.busyTime.integralTo(10)).toBe(7);
    // Waiting: 1 on [1,2), 2 on [2,3), 3 on [3,4), 2 on [4,5), 1 on [5,6).
    expect(pool.queueTime.integralTo(10)).toBe(1 + 2 + 3 + 2 + 1);
  });

  it('leave() takes a reneging customer out of the line; false if not waiting', () => {
    const pool = new ServerPool('desk', 0);
    pool.join(1, 0, 0);
    pool.join(2, 0, 0);
    pool.join(3, 0, 0);
    expect(pool.leave(2, 0, 1)).toBe(true);
    expect(pool.leave(2, 0, 1)).toBe(false);
    expect(pool.line.toArray()).toEqual([1, 3]);
    pool.setCapacity(1, 2);
    expect(pool.startNext(2)).toBe(1);
  });

  it('when capacity drops below busy, nobody is interrupted, nobody starts until busy < capacity, and overtime is ∫max(0, busy − capacity)', () => {
    const pool = new ServerPool('desk', 3);
    for (let k = 0; k < 3; k++) expect(pool.tryAcquire(0)).toBe(true);
    pool.join(99, 0, 0);
    pool.setCapacity(1, 10);
    expect(pool.busy).toBe(3);
    expect(pool.tryAcquire(10)).toBe(false);
    expect(pool.startNext(10)).toBe(-1);
    expect(pool.releaseToNext(12)).toBe(-1); // 3 → 2 busy, still over capacity
    expect(pool.busy).toBe(2);
    expect(pool.releaseToNext(15)).toBe(-1); // 2 → 1 busy: at capacity, nobody starts
    expect(pool.busy).toBe(1);
    expect(pool.startNext(16)).toBe(-1);
    expect(pool.releaseToNext(20)).toBe(99); // now the freed server may take the next
    expect(pool.busy).toBe(1);
    // Overtime: 2 on [10, 12), 1 on [12, 15).
    expect(pool.overtimeTime.integralTo(30)).toBe(2 * 2 + 1 * 3);
    // Busy 3 on [0,12), 2 on [12,15), 1 on [15,30): 36 + 6 + 15 = 57; capacity 3·10 + 1·20 = 50.
    expect(pool.busyTime.integralTo(30)).toBe(57);
    expect(pool.capacityTime.integralTo(30)).toBe(50);
    // Utilization excludes overtime: (57 − 7)/50.
    expect(pool.utilizationTo(30)).toBe(1);
  });

  it('raising capacity again during overtime ends the overtime at once', () => {
    const pool = new ServerPool('desk', 2);
    pool.tryAcquire(0);
    pool.tryAcquire(0);
    pool.setCapacity(0, 5);
    pool.setCapacity(3, 8);
    expect(pool.overtimeTime.value).toBe(0);
    expect(pool.overtimeTime.integralTo(20)).toBe(2 * 3);
    expect(pool.tryAcquire(9)).toBe(true);
  });

  it('resetStatistics starts a new window for every time average, keeping current values', () => {
    const pool = new ServerPool('desk', 2);
    pool.tryAcquire(0);
    pool.tryAcquire(0);
    pool.setCapacity(1, 5);
    pool.resetStatistics(10);
    expect(pool.busyTime.integralTo(20)).toBe(20);
    expect(pool.capacityTime.integralTo(20)).toBe(10);
    expect(pool.overtimeTime.integralTo(20)).toBe(10);
    expect(pool.utilizationTo(20)).toBe(1);
  });

  type Op =
    | { op: 'arrive'; dt: number; priority: number }
    | { op: 'end'; dt: number }
    | { op: 'capacity'; dt: number; capacity: number }
    | { op: 'renege'; dt: number; pick: number };

  const dt = fc.integer({ min: 0, max: 5 });
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({ op: fc.constant('arrive' as const), dt, priority: fc.integer({ min: 0, max: 1 }) }),
    },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('end' as const), dt }) },
    {
      weight: 2,
      arbitrary: fc.record({ op: fc.constant('capacity' as const), dt, capacity: fc.integer({ min: 0, max: 4 }) }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('renege' as const), dt, pick: fc.nat() }) },
  );

  it('matches a reference model and never starts a service at or over capacity, for random histories (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 150 }),
        fc.integer({ min: 0, max: 3 }),
        fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constant(Infinity)),
        (program, initialCapacity, queueCapacity) => {
          const pool = new ServerPool('p', initialCapacity, queueCapacity, 2);
          let cap = initialCapacity;
          let busy = 0;
          const line: { id: number; priority: number }[] = [];
          const takeNext = () => {
            const k = line.findIndex((c) => c.priority === 0);
            return line.splice(k >= 0 ? k : 0, 1)[0].id;
          };
          let t = 0;
          let nextId = 0;
          const integral = { busy: 0, queue: 0, cap: 0, over: 0, served: 0 };
          for (const o of program) {
            integral.busy += busy * o.dt;
            integral.queue += line.length * o.dt;
            integral.cap += cap * o.dt;
            integral.over += Math.max(0, busy - cap) * o.dt;
            integral.served += Math.min(busy, cap) * o.dt;
            t += o.dt;
            const busyBefore = busy;
            switch (o.op) {
              case 'arrive': {
                const id = nextId++;
                const started = pool.tryAcquire(t);
                expect(started).toBe(busy < cap);
                if (started) busy++;
                else {
                  const joined = pool.join(id, o.priority, t);
                  expect(joined).toBe(line.length < queueCapacity);
                  if (joined) line.push({ id, priority: o.priority });
                }
                break;
              }
              case 'end': {
                if (busy === 0) break;
                const handed = pool.releaseToNext(t);
                if (line.length > 0 && busy - 1 < cap) expect(handed).toBe(takeNext());
                else {
                  expect(handed).toBe(-1);
                  busy--;
                }
                break;
              }
              case 'capacity': {
                pool.setCapacity(o.capacity, t);
                cap = o.capacity;
                for (let id = pool.startNext(t); id >= 0; id = pool.startNext(t)) {
                  expect(busy).toBeLessThan(cap);
                  expect(id).toBe(takeNext());
                  busy++;
                }
                expect(line.length === 0 || busy >= cap).toBe(true);
                break;
              }
              case 'renege': {
                if (line.length === 0) break;
                const c = line[o.pick % line.length];
                expect(pool.leave(c.id, c.priority, t)).toBe(true);
                line.splice(line.indexOf(c), 1);
                break;
              }
            }
            // A start (busy going up) only ever happens below capacity.
            if (busy > busyBefore) expect(busy).toBeLessThanOrEqual(cap);
            expect(pool.busy).toBe(busy);
            expect(pool.line.length).toBe(line.length);
            for (const p of [0, 1])
              expect(pool.line.toArray(p)).toEqual(line.filter((c) => c.priority === p).map((c) => c.id));
          }
          const end = t + 3;
          integral.busy += busy * 3;
          integral.queue += line.length * 3;
          integral.cap += cap * 3;
          integral.over += Math.max(0, busy - cap) * 3;
          integral.served += Math.min(busy, cap) * 3;
          expect(pool.busyTime.integralTo(end)).toBe(integral.busy);
          expect(pool.queueTime.integralTo(end)).toBe(integral.queue);
          expect(pool.capacityTime.integralTo(end)).toBe(integral.cap);
          expect(pool.overtimeTime.integralTo(end)).toBe(integral.over);
          if (integral.cap > 0) expect(pool.utilizationTo(end)).toBeCloseTo(integral.served / integral.cap, 12);
          else expect(pool.utilizationTo(end)).toBeNaN();
        },
      ),
      { numRuns: 300 },
    );
  });
});
