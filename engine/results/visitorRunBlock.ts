/**
 * The visitor part of a scenario run: the day, what was simulated (labels), and every figure as
 * an estimate across the simulated days. Rows are arrays of objects with an id or a clock label,
 * so a reader never has to line up parallel arrays.
 */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, Named } from './common.js';

const Clock = Type.String({ pattern: '^\\d{2}:\\d{2}$' });
const E = Estimate;

export const QuantilesAcrossDays = Type.Object(
  { p05: Type.Union([Type.Number(), Type.Null()]), p25: Type.Union([Type.Number(), Type.Null()]), p50: Type.Union([Type.Number(), Type.Null()]), p75: Type.Union([Type.Number(), Type.Null()]), p95: Type.Union([Type.Number(), Type.Null()]) },
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
        organisation: Type.Union([Type.Literal('silo'), Type.Literal('pooled'), Type.Literal('dispatch'), Type.Literal('superman')]),
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
    closing: Type.Object({ lastDepartureMin: E, servedAfterClose: E, overtimeStaffHours: E }, { additionalProperties: false }),
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
          kind: Type.Union([Type.Literal('counter'), Type.Literal('specialist'), Type.Literal('seats'), Type.Literal('other')]),
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
    staff: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          kind: Type.String(),
          overtimeStaffHours: E,
          byInterval: Type.Array(
            Type.Object({ start: Clock, onCounter: Type.Number(), utilization: E, busyMin: E }, { additionalProperties: false }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type VisitorRunBlock = Static<typeof VisitorRunBlock>;
