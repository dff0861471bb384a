/**
 * The visitor part of a scenario run: the day, what was simulated (labels), and every figure as
 * an estimate across the simulated days. Rows are arrays of objects with an id or a clock label,
 * so a reader never has to line up parallel arrays.
 */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, Named } from './common.js';
import { SegmentsBlock, VideoBlock } from './visitorModifierBlocks.js';

const Clock = Type.String({ pattern: '^\\d{2}:\\d{2}$' });
const E = Estimate;

export const QuantilesAcrossDays = Type.Object(
  {
    p05: Type.Union([Type.Number(), Type.Null()]),
    p25: Type.Union([Type.Number(), Type.Null()]),
    p50: Type.Union([Type.Number(), Type.Null()]),
    p75: Type.Union([Type.Number(), Type.Null()]),
    p95: Type.Union([Type.Number(), Type.Null()]),
  },
  { additionalProperties: false, description: 'quantiles of a daily figure across the simulated days (fan charts)' },
);

export const VisitorRunBlock = Type.Object(
  {
    day: Type.Object(
      {
        type: Type.Union([Type.Literal('normal'), Type.Literal('peak')]),
        open: Clock,
        close: Clock,
        intervalMin: Type.Number(),
        expectedVisitors: Type.Number(),
        organisation: Type.Union([
          Type.Literal('silo'),
          Type.Literal('pooled'),
          Type.Literal('dispatch'),
          Type.Literal('superman'),
        ]),
        renkei: Type.Boolean(),
        kakanaiMadoguchi: Type.Boolean(),
        serviceLevel: Type.Object({ target: Type.Number(), withinMin: Type.Number() }, { additionalProperties: false }),
      },
      { additionalProperties: false },
    ),
    procedures: Type.Array(
      Type.Object(
        {
          ...Named,
          arrived: E,
          served: E,
          waitMeanMin: E,
          waitP90Min: E,
          waitP95Min: E,
          waitMaxMin: E,
          timeInOfficeMeanMin: E,
          countersVisited: E,
          walkingMin: E,
        },
        { additionalProperties: false },
      ),
    ),
    visitors: Type.Object(
      {
        demand: E,
        diverted: E,
        booked: E,
        noShows: E,
        arrived: E,
        served: E,
        abandoned: E,
        balked: E,
        turnedAway: E,
        unserved: E,
        comeBackAnotherDay: E,
      },
      { additionalProperties: false },
    ),
    video: Type.Optional(VideoBlock),
    segments: Type.Optional(SegmentsBlock),
    abandonmentShare: E,
    serviceLevel: E,
    waitMeanMin: E,
    waitP50Min: E,
    waitP90Min: E,
    waitP95Min: E,
    waitMaxMin: E,
    timeInOfficeMeanMin: E,
    timeInOfficeP90Min: E,
    timeInOfficeMaxMin: E,
    countersVisited: E,
    walkingMin: E,
    waitingArea: Type.Object({ personsMean: E, personsP95: E, personsMax: E }, { additionalProperties: false }),
    closing: Type.Object(
      { lastDepartureMin: E, servedAfterClose: E, overtimeStaffHours: E },
      { additionalProperties: false },
    ),
    byHour: Type.Array(
      Type.Object(
        {
          hour: Clock,
          arrivals: E,
          waitMeanMin: E,
          waitP50Min: E,
          waitP90Min: E,
          waitP95Min: E,
          waitMaxMin: E,
          waitMeanMinAcrossDays: QuantilesAcrossDays,
        },
        { additionalProperties: false },
      ),
    ),
    byInterval: Type.Array(
      Type.Object(
        { start: Clock, arrivals: E, served: E, serviceLevel: E, waitingPersonsMean: E, waitingPersonsMax: E },
        { additionalProperties: false },
      ),
    ),
    queues: Type.Array(
      Type.Object(
        {
          ...Named,
          kind: Type.Union([
            Type.Literal('counter'),
            Type.Literal('specialist'),
            Type.Literal('seats'),
            Type.Literal('other'),
          ]),
          counters: Type.Union([Type.Integer(), Type.Null()]),
          joins: E,
          waitMeanMin: E,
          waitMaxMin: E,
          serviceLevel: E,
          abandoned: E,
          byInterval: Type.Array(
            Type.Object(
              { start: Clock, joins: E, withinTarget: E, serviceLevel: E, waitMeanMin: E, counterUtilization: E },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    triage: Type.Optional(
      Type.Object(
        { wrongCounter: E, infoAtCounter: E, answeredByConcierge: E, incompleteAtCounter: E, incompleteAtConcierge: E },
        {
          additionalProperties: false,
          description:
            'only with triage or incomplete visits (visitors.triage, incompleteShare), per day: visitors sent to ' +
            'a wrong counter first, information-only visitors who asked at a counter, answered by the concierge ' +
            'alone, and visitors lacking a document found at the counter or caught by the concierge (they must come back)',
        },
      ),
    ),
    returns: Type.Optional(
      Type.Object(
        { arrived: E, pendingAtEnd: E, madeOverHorizon: E, returnedOverHorizon: E },
        {
          additionalProperties: false,
          description:
            'only with return visits (visitors.incompleteVisits.returns): return visits per reported day (in ' +
            'visitors.arrived), and over each replication’s days the incomplete visits made, returned within them, ' +
            'and still pending at the end',
        },
      ),
    ),
    closedSpans: Type.Optional(
      Type.Object(
        {
          redirected: E,
          left: E,
          departments: Type.Array(
            Type.Object(
              {
                ...Named,
                whenClosed: Type.Union([Type.Literal('wait'), Type.Literal('redirect'), Type.Literal('leave')]),
                redirectTo: Type.Union([Type.String(), Type.Null()]),
                spans: Type.Array(Type.Object({ from: Clock, to: Clock }, { additionalProperties: false })),
              },
              { additionalProperties: false },
            ),
          ),
        },
        {
          additionalProperties: false,
          description:
            "only with closed-span rules (departments[].whenClosed): each such department's closed spans and " +
            'rule; redirected = contacts sent on to another line per day, left = visitors turned away per day ' +
            '(also in visitors.turnedAway)',
        },
      ),
    ),
    staff: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          kind: Type.String(),
          overtimeStaffHours: E,
          phoneStaffHours: Type.Optional(
            Type.Number({ description: 'only with phone duty: staff hours of the opening hours on the phone' }),
          ),
          byInterval: Type.Array(
            Type.Object(
              { start: Clock, onCounter: Type.Number(), utilization: E, busyMin: E },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type VisitorRunBlock = Static<typeof VisitorRunBlock>;
