import { describe, expect, it } from 'vitest';
import { Simulation, type EventHandler } from '../../../engine/core/simulation.js';

/** Records (time, kind, entity, tag) of every event; optional hook runs inside the handler. */
class Recorder implements EventHandler {
  readonly seen: [number, number, number, number][] = [];
  constructor(
    private readonly sim: Simulation,
    private readonly hook?: (kind: number, entity: number) => void,
  ) {}
  handle(kind: number, entity: number, tag: number): void {
    this.seen.push([this.sim.nowMin, kind, entity, tag]);
    this.hook?.(kind, entity);
  }
}

describe('Simulation.run', () => {
  it('processes exactly the events with time ≤ until (including those at until) and sets the clock to until', () => {
    const sim = new Simulation();
    for (const [t, e] of [
      [1, 1],
      [5, 2],
      [10, 3],
      [10, 4],
      [10.000001, 5],
      [11, 6],
    ]) {
      sim.calendar.schedule(t, 0, e, e * 2);
    }
    const rec = new Recorder(sim);
    expect(sim.run(rec, 10)).toBe(4);
    expect(rec.seen.map((s) => s[2])).toEqual([1, 2, 3, 4]);
    expect(rec.seen[2]).toEqual([10, 0, 3, 6]);
    expect(sim.nowMin).toBe(10);
    expect(sim.calendar.size).toBe(2);
    expect(sim.events).toBe(4);
  });

  it('advances the clock to until when the last event is earlier, and leaves it alone when until is Infinity', () => {
    const sim = new Simulation();
    sim.calendar.schedule(2, 0, 1);
    const rec = new Recorder(sim);
    expect(sim.run(rec, 50)).toBe(1);
    expect(sim.nowMin).toBe(50);
    sim.calendar.schedule(60, 0, 2);
    expect(sim.run(rec)).toBe(1);
    expect(sim.nowMin).toBe(60);
    expect(sim.run(rec)).toBe(0);
    expect(sim.nowMin).toBe(60);
    expect(sim.events).toBe(2);
  });

  it('runs events that handlers schedule during the run, up to until', () => {
    const sim = new Simulation();
    // Each event schedules the next one a minute later: a clock tick.
    const rec = new Recorder(sim, (_kind, entity) => sim.calendar.schedule(sim.nowMin + 1, 0, entity + 1));
    sim.calendar.schedule(0, 0, 0);
    expect(sim.run(rec, 100)).toBe(101);
    expect(rec.seen.map((s) => s[0])).toEqual(Array.from({ length: 101 }, (_, k) => k));
    expect(sim.calendar.peekTime()).toBe(101);
  });

  it('stop() ends the run right after the current event, keeping the clock at that event', () => {
    const sim = new Simulation();
    for (let e = 1; e <= 5; e++) sim.calendar.schedule(e * 10, 0, e);
    const rec = new Recorder(sim, (_kind, entity) => {
      if (entity === 2) sim.stop();
    });
    expect(sim.run(rec, 100)).toBe(2);
    expect(rec.seen.map((s) => s[2])).toEqual([1, 2]);
    expect(sim.nowMin).toBe(20);
    expect(sim.calendar.size).toBe(3);
    // A new run starts afresh and continues with the remaining events.
    expect(sim.run(rec, 100)).toBe(3);
    expect(rec.seen.map((s) => s[2])).toEqual([1, 2, 3, 4, 5]);
    expect(sim.nowMin).toBe(100);
    expect(sim.events).toBe(5);
  });
});
