import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA, erlangB, erlangC, erlangCServiceLevel, erlangCStaffing, mmc } from '../../../engine/theory/index.js';

const load = (max: number) => fc.double({ min: 1e-3, max, noNaN: true, noDefaultInfinity: true });

describe('theory properties (fast-check)', () => {
  it('Erlang B is in [0, 1] and decreasing in servers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), load(500), (c, a) => {
        const b0 = erlangB(c, a);
        const b1 = erlangB(c + 1, a);
        expect(b0).toBeGreaterThanOrEqual(0);
        expect(b0).toBeLessThanOrEqual(1);
        if (b0 > 1e-300) expect(b1).toBeLessThan(b0);
        else expect(b1).toBeLessThanOrEqual(b0);
      }),
    );
  });

  it('Erlang C is in (0, 1), at least Erlang B, and decreasing in servers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.05, max: 0.999, noNaN: true }), (c, rho) => {
        const a = rho * c;
        const v = erlangC(c, a);
        expect(v).toBeGreaterThan(0);
        expect(v).toBeLessThan(1);
        expect(v).toBeGreaterThanOrEqual(erlangB(c, a));
        expect(erlangC(c + 1, a)).toBeLessThan(v);
      }),
    );
  });

  it('M/M/c satisfies Little and its service level is a CDF', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.double({ min: 0.1, max: 20, noNaN: true }),
        (c, rho, s) => {
          const lambda = (rho * c) / s;
          const r = mmc({ arrivalPerMin: lambda, serviceMeanMin: s, servers: c });
          expect(r.meanInSystem).toBeCloseTo(lambda * r.meanSojournMin, 8);
          expect(r.serviceLevel(0)).toBeCloseTo(1 - r.pWait, 12);
          expect(r.serviceLevel(s)).toBeGreaterThanOrEqual(r.serviceLevel(0));
        },
      ),
    );
  });

  it('staffing result meets both constraints and servers − 1 fails one (minimal)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.05, max: 40, noNaN: true }),
        fc.double({ min: 0.2, max: 15, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        fc.double({ min: 0.3, max: 0.99, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        (arrivalPerMin, serviceMeanMin, targetMin, targetServiceLevel, maxOccupancy) => {
          const r = erlangCStaffing({ arrivalPerMin, serviceMeanMin, targetMin, targetServiceLevel, maxOccupancy });
          const a = arrivalPerMin * serviceMeanMin;
          expect(r.serviceLevel).toBeGreaterThanOrEqual(targetServiceLevel);
          expect(r.occupancy).toBeLessThanOrEqual(maxOccupancy);
          expect(r.serviceLevel).toBe(erlangCServiceLevel(r.servers, a, targetMin, serviceMeanMin));
          const c = r.servers - 1;
          const fails =
            c < 1 ||
            !(a < c) ||
            a / c > maxOccupancy ||
            erlangCServiceLevel(c, a, targetMin, serviceMeanMin) < targetServiceLevel;
          expect(fails).toBe(true);
        },
      ),
    );
  });

  it('Erlang A: both pAbandon computations agree and probabilities are consistent', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        fc.double({ min: 0.05, max: 50, noNaN: true }),
        (c, rho, s, patience) => {
          const lambda = (rho * c) / s;
          const r = erlangA({ arrivalPerMin: lambda, serviceMeanMin: s, servers: c, patienceMeanMin: patience });
          expect(Math.abs(r.pAbandon - r.meanQueueLength / patience / lambda)).toBeLessThan(1e-9);
          expect(r.pAbandon).toBeLessThanOrEqual(r.pWait + 1e-12);
          expect(r.pWait).toBeLessThanOrEqual(1);
          expect(r.utilization).toBeLessThanOrEqual(1);
          expect(Math.abs(r.utilization - rho * (1 - r.pAbandon))).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 60 },
    );
  });
});
