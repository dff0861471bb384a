/**
 * The generic queueing-network model file (docs/model-format.md): the engine's own public input,
 * used for validation against queueing theory, by power users, and as the base that the
 * ward-office models compile into. Typed with TypeBox so the TypeScript type and the published
 * JSON Schema (docs/schemas/model.schema.json) come from one definition.
 */
import { Type, type Static } from '@sinclair/typebox';
import { DistributionRef, DistributionSchema } from '../../schema/distributionSchema.js';
import { NOT_RESERVED } from '../../schema/reservedNames.js';

/** Explicit size limits: a model beyond these is almost surely a generated mistake. */
export const NETWORK_LIMITS = {
  stations: 1000,
  sources: 1000,
  piecesPerProfile: 10_000,
  routesPerStation: 1000,
  priorityClasses: 16,
  maxArrivals: 1e9,
  appointments: 1_000_000,
  /** Servers of one station: each is a slot of the station's typed arrays. */
  servers: 10_000,
  /** Places in one finite waiting line. */
  queueCapacity: 1_000_000,
};

const Minutes = Type.Number({ minimum: 0, description: 'minutes' });

const RatePiece = Type.Object(
  {
    fromMin: Minutes,
    toMin: Minutes,
    perHour: Type.Number({ minimum: 0, description: 'arrivals per hour on [fromMin, toMin)' }),
  },
  { additionalProperties: false },
);

const ServerPiece = Type.Object(
  {
    fromMin: Minutes,
    toMin: Minutes,
    servers: Type.Integer({ minimum: 0, maximum: NETWORK_LIMITS.servers, description: 'servers on [fromMin, toMin)' }),
  },
  { additionalProperties: false },
);

const Source = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200, ...NOT_RESERVED }),
    to: Type.String({ minLength: 1, maxLength: 200, ...NOT_RESERVED, description: 'id of the station arrivals join' }),
    interarrivalMin: Type.Optional(DistributionRef),
    ratePerHour: Type.Optional(
      Type.Array(RatePiece, {
        minItems: 1,
        maxItems: NETWORK_LIMITS.piecesPerProfile,
        description: 'piecewise-constant Poisson rate; zero outside the pieces',
      }),
    ),
    arrivalsAtMin: Type.Optional(
      Type.Array(Minutes, {
        minItems: 1,
        maxItems: NETWORK_LIMITS.appointments,
        description: 'fixed arrival times (an appointment list)',
      }),
    ),
    periodMin: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'the rate profile repeats with this period (e.g. 1440)' }),
    ),
    priority: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: NETWORK_LIMITS.priorityClasses - 1,
        description: '0 is served first; default 0',
      }),
    ),
    maxArrivals: Type.Optional(
      Type.Integer({ minimum: 1, maximum: NETWORK_LIMITS.maxArrivals, description: 'stop after this many arrivals' }),
    ),
  },
  { additionalProperties: false },
);

const Route = Type.Object(
  {
    to: Type.String({ minLength: 1, maxLength: 200, ...NOT_RESERVED }),
    p: Type.Number({ minimum: 0, maximum: 1 }),
  },
  { additionalProperties: false },
);

const BalkRule = Type.Object(
  {
    queueAtLeast: Type.Integer({ minimum: 0, description: 'applies when at least this many are waiting' }),
    p: Type.Number({ minimum: 0, maximum: 1, description: 'probability that an arrival who must wait leaves at once' }),
  },
  { additionalProperties: false },
);

const Station = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 200, ...NOT_RESERVED }),
    servers: Type.Union(
      [
        Type.Integer({ minimum: 0, maximum: NETWORK_LIMITS.servers }),
        Type.Literal('unlimited'),
        Type.Array(ServerPiece, { minItems: 1, maxItems: NETWORK_LIMITS.piecesPerProfile }),
      ],
      {
        description:
          'a whole number of servers (0 to 10,000), "unlimited", or a schedule of {fromMin, toMin, servers} (0 outside the pieces)',
      },
    ),
    periodMin: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'the server schedule repeats with this period' }),
    ),
    serviceMin: DistributionRef,
    queueCapacity: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: NETWORK_LIMITS.queueCapacity }), Type.Null()], {
        description:
          'a whole number of places in the waiting line (0 to 1,000,000; 0 = a loss system), or null (unlimited)',
      }),
    ),
    patienceMin: Type.Optional(
      Type.Union([DistributionRef, Type.Null()], {
        description: 'a distribution of the time a customer waits before reneging, or null (forever)',
      }),
    ),
    balking: Type.Optional(Type.Array(BalkRule, { maxItems: 100 })),
    next: Type.Optional(
      Type.Array(Route, {
        maxItems: NETWORK_LIMITS.routesPerStation,
        description: 'routing after service; the remainder leaves',
      }),
    ),
  },
  { additionalProperties: false },
);

export const NetworkModelSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    name: Type.Optional(Type.String({ maxLength: 500 })),
    description: Type.Optional(Type.String()),
    horizonMin: Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()], {
      description:
        'minutes simulated per replication (> 0), or null: until every source is exhausted and the system is empty',
    }),
    warmupMin: Type.Optional(Type.Number({ minimum: 0, description: 'statistics start here; default 0' })),
    intervalMin: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, description: 'if set, per-interval series of arrivals, services and waits' }),
    ),
    sources: Type.Array(Source, { minItems: 1, maxItems: NETWORK_LIMITS.sources }),
    stations: Type.Array(Station, { minItems: 1, maxItems: NETWORK_LIMITS.stations }),
  },
  {
    additionalProperties: false,
    $id: 'urn:wardsim:schema:model',
    title: 'wardsim queueing-network model',
    $defs: { Distribution: DistributionSchema },
  },
);

export type NetworkModel = Static<typeof NetworkModelSchema>;
export type NetworkSource = Static<typeof Source>;
export type NetworkStation = Static<typeof Station>;
