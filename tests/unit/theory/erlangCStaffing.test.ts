import { describe, expect, it } from 'vitest';
import { erlangCServiceLevel, erlangCStaffing } from '../../../engine/theory/index.js';

describe('erlangCStaffing', () => {
  it('pyworkforce example: 100 calls per 30 min, AHT 3 min, 80 % in 20 s, occupancy ≤ 0.85 → 14', () => {
    const r = erlangCStaffing({
      arrivalPerMin: 100 / 30,
      serviceMeanMin: 3,
      targetMin: 20 / 60,
      targetServiceLevel: 0.8,
      maxOccupancy: 0.85,
    });
    expect(r.servers).toBe(14);
    expect(r.offeredLoad).toBeCloseTo(10, 12);
    expect(r.serviceLevel).toBeCloseTo(0.888, 3);
    expect(r.serviceLevel).toBeCloseTo(0.8883500191794669, 10);
    expect(r.occupancy).toBeCloseTo(0.714, 3);
    expect(r.pWait).toBeCloseTo(0.1741319335950498, 10);
    expect(r.meanWaitMin * 60).toBeCloseTo(7.83593701177724, 8); // ASA in seconds
  });

  it('the occupancy cap can bind instead of the service level', () => {
    // A = 10: a lax SL is met by 11 agents, but occupancy ≤ 0.5 needs 20.
    const r = erlangCStaffing({
      arrivalPerMin: 10,
      serviceMeanMin: 1,
      targetMin: 10,
      targetServiceLevel: 0.5,
      maxOccupancy: 0.5,
    });
    expect(r.servers).toBe(20);
    expect(r.occupancy).toBe(0.5);
  });

  it('without an occupancy cap gives the SL-only requirement', () => {
    const r = erlangCStaffing({
      arrivalPerMin: 100 / 30,
      serviceMeanMin: 3,
      targetMin: 1 / 3,
      targetServiceLevel: 0.8,
    });
    expect(r.servers).toBe(14);
    expect(erlangCServiceLevel(13, 10, 1 / 3, 3)).toBeLessThan(0.8);
  });

  it('scales to large call centres (A ≈ 900)', () => {
    const r = erlangCStaffing({
      arrivalPerMin: 300,
      serviceMeanMin: 3,
      targetMin: 1 / 3,
      targetServiceLevel: 0.9,
      maxOccupancy: 0.99,
    });
    expect(r.servers).toBeGreaterThan(900);
    expect(r.occupancy).toBeLessThanOrEqual(0.99);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.9);
    // Here the SL binds (900/0.99 ≈ 909.1 agents would satisfy the cap), so one fewer misses it.
    expect(r.servers).toBeGreaterThan(910);
    expect(erlangCServiceLevel(r.servers - 1, 900, 1 / 3, 3)).toBeLessThan(0.9);
    // With a 0.95 cap the occupancy binds instead: ⌈900/0.95⌉ = 948.
    const capped = erlangCStaffing({
      arrivalPerMin: 300,
      serviceMeanMin: 3,
      targetMin: 1 / 3,
      targetServiceLevel: 0.9,
      maxOccupancy: 0.95,
    });
    expect(capped.servers).toBe(948);
  });

  it('rejects bad arguments, naming them', () => {
    const base = { arrivalPerMin: 1, serviceMeanMin: 1, targetMin: 1, targetServiceLevel: 0.8 };
    expect(() => erlangCStaffing({ ...base, targetServiceLevel: 1 })).toThrow(/targetServiceLevel.*1/);
    expect(() => erlangCStaffing({ ...base, maxOccupancy: 0 })).toThrow(/maxOccupancy.*0/);
    expect(() => erlangCStaffing({ ...base, maxOccupancy: 1.2 })).toThrow(/maxOccupancy.*1\.2/);
    expect(() => erlangCStaffing({ ...base, arrivalPerMin: 0 })).toThrow(/arrivalPerMin.*0/);
    expect(() => erlangCStaffing({ ...base, targetMin: -2 })).toThrow(/targetMin.*-2/);
    expect(() => erlangCStaffing({ ...base, arrivalPerMin: 50, maxServers: 10 })).toThrow(/maxServers/);
  });
});
