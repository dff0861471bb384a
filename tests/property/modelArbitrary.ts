/** fast-check generators of small but varied queueing-network models (always valid). */
import fc from 'fast-check';
import type { NetworkModel } from '../../engine/models/network/networkSchema.js';

const dist = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.double({ min: 0.2, max: 5, noNaN: true }) }),
  fc.record({ dist: fc.constant('deterministic' as const), value: fc.double({ min: 0, max: 5, noNaN: true }) }),
  fc.record({
    dist: fc.constant('lognormal' as const),
    mean: fc.double({ min: 0.2, max: 5, noNaN: true }),
    cv: fc.double({ min: 0, max: 2, noNaN: true }),
  }),
  fc.record({
    dist: fc.constant('erlang' as const),
    k: fc.integer({ min: 1, max: 4 }),
    mean: fc.double({ min: 0.2, max: 5, noNaN: true }),
  }),
  fc.record({
    dist: fc.constant('uniform' as const),
    min: fc.constant(0.1),
    max: fc.double({ min: 0.2, max: 4, noNaN: true }),
  }),
);

/** A schedule with holes, zero-capacity pieces and drops while customers are in service. */
const schedule = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 6 })
  .map((steps) => {
    let t = 0;
    return steps.map(([len, servers]) => {
      const piece = { fromMin: t, toMin: t + len, servers };
      t += len + (servers % 2 === 0 ? 5 : 0); // sometimes a hole between pieces
      return piece;
    });
  });

const servers = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constant('unlimited' as const), schedule);

export const modelArbitrary: fc.Arbitrary<NetworkModel> = fc.integer({ min: 1, max: 3 }).chain((n) => {
  const ids = Array.from({ length: n }, (_, i) => `s${i}`);
  const station = (i: number) =>
    fc
      .record({
        servers,
        serviceMin: dist,
        queueCapacity: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 })),
        patienceMin: fc.oneof(fc.constant(null), dist),
        balk: fc.option(
          fc.record({ queueAtLeast: fc.integer({ min: 0, max: 4 }), p: fc.double({ min: 0, max: 1, noNaN: true }) }),
        ),
        routeWeights: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
        periodic: fc.boolean(),
      })
      .map((s) => {
        // Routing sums to at most 0.9, so every customer can eventually leave.
        const total = s.routeWeights.reduce((a, b) => a + b, 0);
        const scale = total > 0 ? 0.9 / Math.max(total, 1) : 0;
        return {
          id: ids[i],
          servers: s.servers,
          ...(Array.isArray(s.servers) && s.periodic ? { periodMin: 800 } : {}),
          serviceMin: s.serviceMin,
          queueCapacity: s.queueCapacity,
          patienceMin: s.patienceMin,
          ...(s.balk ? { balking: [s.balk] } : {}),
          next: s.routeWeights.map((w, j) => ({ to: ids[j], p: w * scale })).filter((r) => r.p > 0),
        };
      });
  return fc.record({
    horizonMin: fc.integer({ min: 50, max: 1500 }),
    warmupMin: fc.integer({ min: 0, max: 40 }),
    sources: fc.uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b'),
        to: fc.constantFrom(...ids),
        interarrivalMin: dist.filter((d) => d.dist !== 'deterministic' || d.value >= 0.05),
        priority: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 1, maxLength: 2, selector: (s: { id: string }) => s.id },
    ),
    stations: fc.tuple(...ids.map((_, i) => station(i))),
  }) as fc.Arbitrary<NetworkModel>;
});
