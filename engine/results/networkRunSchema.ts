/** `kind: "network-run"` — a queueing-network model file simulated (the engine's own format). */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, resultSchema } from './common.js';
import { ReplicationKpis } from './scenarioRunSchema.js';

const E = Estimate;

export const NetworkRunSchema = resultSchema('network-run', 'wardsim network run', {
  model: Type.Object({ name: Type.Union([Type.String(), Type.Null()]) }, { additionalProperties: false }),
  warmupMin: Type.Number(),
  horizonMin: Type.Union([Type.Number(), Type.Null()]),
  events: Type.Number({ description: 'events processed over all replications' }),
  stations: Type.Array(
    Type.Object(
      {
        id: Type.String(),
        waitMin: E,
        waitP50Min: E,
        waitP90Min: E,
        waitP95Min: E,
        waitMaxMin: E,
        pWait: E,
        utilization: E,
        busyServers: E,
        queueLength: E,
        queueLengthMax: E,
        sojournMin: E,
        pAbandon: E,
        pBlocked: E,
        pBalk: E,
        arrivals: E,
        served: E,
        overtimeServerMin: E,
        series: Type.Optional(
          Type.Object(
            { arrivals: Type.Array(E), served: Type.Array(E), waitMin: Type.Array(E) },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  ),
  system: Type.Object(
    { sojournMin: E, inSystem: E, arrivals: E, departures: E, throughputPerMin: E },
    { additionalProperties: false },
  ),
  replicationKpis: ReplicationKpis,
});
export type NetworkRunResult = Static<typeof NetworkRunSchema>;
