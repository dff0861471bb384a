/**
 * Scenario fields that modify how much counter staff time a visit takes, or how much staff time
 * the counters get (issue 14, items 6 and 9): video consultations (オンライン相談), visitor
 * segments with longer service (高齢者・障がい者・外国人・子育て), and phone duty (電話対応).
 * Kept apart from visitorSchema.ts so that each concept has one place; docs/visitors.md
 * documents every field and its default. Every field is optional and its default changes nothing.
 */
import { Type, type Static } from '@sinclair/typebox';
import { DistributionRef } from '../../engine/schema/distributionSchema.js';
import { NOT_RESERVED } from '../../engine/schema/reservedNames.js';

/** Most segments a part may list (explicit size limit). */
export const MAX_SEGMENTS = 20;

/** Procedure field: a share of the visits held as scheduled video consultations, still at the office. */
export const VideoConsultation = Type.Object(
  {
    share: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'share of the procedure’s would-be visits held as video consultations; with diversion at most 1',
    }),
    serviceFactor: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 5,
        description: 'service-time factor of a video consultation; default 1',
      }),
    ),
    priority: Type.Optional(
      Type.Union([Type.Literal('inOrder'), Type.Literal('first')], {
        description: 'inOrder (default): served in order of call time with the walk-ins; first: ahead of every walk-in',
      }),
    ),
  },
  { additionalProperties: false, description: 'オンライン相談: staff and a booth or counter position at the office' },
);

/** Department field: the share of counter staff time spent on the phone. */
export const PhoneDuty = Type.Object(
  {
    staffTimeShare: Type.Number({
      minimum: 0,
      exclusiveMaximum: 1,
      description: 'share of the at-counter staff time spent on the phone during opening hours',
    }),
    rotaMin: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 1440,
        description: 'length of a phone-duty rota block; default intervalMin',
      }),
    ),
  },
  { additionalProperties: false, description: '電話対応: phone duty takes staff off the counter' },
);

export const VideoBooths = Type.Integer({
  minimum: 1,
  maximum: 10_000,
  description: 'booths for video consultations, served by this department’s staff; default: its counters',
});

/** Top-level `segments[]`: visitors who need longer at every counter contact. */
export const Segment = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64, ...NOT_RESERVED }),
    name: Type.Optional(Type.String({ maxLength: 300 })),
    nameJa: Type.Optional(Type.String({ maxLength: 300 })),
    share: Type.Number({ minimum: 0, maximum: 1, description: 'share of every procedure’s visitors in this segment' }),
    shareByProcedure: Type.Optional(
      Type.Record(Type.String(), Type.Number({ minimum: 0, maximum: 1 }), {
        description: 'procedure id → share for that procedure (overrides share)',
      }),
    ),
    serviceFactor: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 10,
        description: 'service-time factor at every counter contact; default 1',
      }),
    ),
    extraMinPerContact: Type.Optional(
      Type.Union([DistributionRef, Type.Null()], {
        description: 'minutes added to every counter contact (interpretation, explaining again); default none',
      }),
    ),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

export const Segments = Type.Array(Segment, {
  maxItems: MAX_SEGMENTS,
  description: 'visitor segments (高齢者, 外国人 …): shares of visitors with longer service; shares sum to at most 1',
});

export type SegmentSpec = Static<typeof Segment>;
