/**
 * Result blocks of the visitor run for video consultations (オンライン相談) and visitor
 * segments (issue 14, items 6 and 9). Each is present only when the scenario states the
 * feature, so the results of other scenarios keep their shape.
 */
import { Type } from '@sinclair/typebox';
import { EstimateRef as E, Named } from './common.js';

export const VideoBlock = Type.Object(
  {
    consultations: E,
    served: E,
    waitMeanMin: E,
    staffHours: E,
    booths: Type.Array(Type.Object({ ...Named, booths: Type.Integer() }, { additionalProperties: false }), {
      description: 'departments with booths of their own; the others hold video consultations at their counters',
    }),
  },
  {
    additionalProperties: false,
    description:
      'only with video consultations: per day, consultations held at the office by video (not in visitors.arrived; ' +
      'demand = diverted + noShows + arrived + consultations), served, their mean wait, the staff hours they took',
  },
);

export const SegmentRow = Type.Object(
  {
    ...Named,
    serviceFactor: Type.Number(),
    extraMinPerContactMean: Type.Number(),
    arrived: E,
    served: E,
    waitMeanMin: E,
  },
  { additionalProperties: false },
);

export const SegmentsBlock = Type.Array(SegmentRow, {
  description:
    'only with visitor segments: per segment its service factor, mean extra minutes per contact, ' +
    'visitors and mean wait',
});
