/** `kind: "workplace-sizing"` — desks per zone at α, booths and rooms at β, the curves, the telework sweep. */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, Named, resultSchema, ScenarioIdentity } from './common.js';
import { PlanIdentity } from './areaBlocks.js';
import { AttendanceLimitsBlock, PaperBlock, SpaceDemandBlock } from './workplaceRunBlock.js';

const N = Type.Union([Type.Number(), Type.Null()]);
const DeskPoint = Type.Object({ desks: Type.Integer(), mean: N, ci95: N }, { additionalProperties: false });
const DeskAnswer = {
  desksNeeded: Type.Integer(),
  desksNeededUpper: Type.Integer({ description: 'fewest desks whose upper 95% bound of P(shortage day) is ≤ alpha' }),
  pShortageAtNeeded: Estimate,
  curve: Type.Array(DeskPoint, { description: 'desks → P(daily peak > desks)' }),
};

export const WorkplaceSizingSchema = resultSchema('workplace-sizing', 'wardsim workplace sizing', {
  scenario: ScenarioIdentity,
  plan: Type.Union([PlanIdentity, Type.Null()]),
  planNotes: Type.Array(Type.Object({ en: Type.String(), ja: Type.String() }, { additionalProperties: false })),
  alpha: Type.Number(),
  beta: Type.Number(),
  daysPerReplication: Type.Integer(),
  desks: Type.Object(
    {
      rule: Type.String(),
      zones: Type.Array(
        Type.Object(
          {
            ...Named,
            staff: Type.Integer(),
            desksNow: Type.Integer(),
            ...DeskAnswer,
            pShortageDayAlone: Estimate,
            desksNeededByWeekday: Type.Object(
              {
                mon: Type.Integer(),
                tue: Type.Integer(),
                wed: Type.Integer(),
                thu: Type.Integer(),
                fri: Type.Integer(),
              },
              { additionalProperties: false },
            ),
            desksNeededAttendanceBound: Type.Integer(),
          },
          { additionalProperties: false },
        ),
      ),
      totalNow: Type.Integer(),
      totalNeeded: Type.Integer(),
      touchdownNow: Type.Integer(),
      pooled: Type.Object({ staff: Type.Integer(), ...DeskAnswer }, { additionalProperties: false }),
    },
    { additionalProperties: false },
  ),
  spaces: Type.Object(
    {
      rule: Type.String(),
      maxUnits: Type.Integer(),
      curves: Type.Union([Type.Literal('window'), Type.Literal('all')], {
        description: 'counts simulated where requests depend on the count: the window deciding the answers, or all',
      }),
      items: Type.Array(
        Type.Object(
          {
            ...Named,
            kind: Type.String(),
            capacityPersons: Type.Integer(),
            unitsNow: Type.Integer(),
            requestsDependOnUnits: Type.Boolean({
              description:
                'blocked requests are dropped or bookings can be no-shows, so the requests depend on the count',
            }),
            unitsNeeded: Type.Union([Type.Integer(), Type.Null()]),
            unitsNeededUpper: Type.Union([Type.Integer(), Type.Null()]),
            pBlockedAtNeeded: Type.Union([Estimate, Type.Null()]),
            pBlockedAlone: Type.Union([Estimate, Type.Null()]),
            requestsPerDay: Type.Union([Type.Number(), Type.Null()]),
            curve: Type.Array(
              Type.Object(
                {
                  units: Type.Integer(),
                  mean: Type.Union([Type.Number(), Type.Null()]),
                  ci95: Type.Union([Type.Number(), Type.Null()]),
                  utilization: Type.Union([Type.Number(), Type.Null()]),
                  simulated: Type.Boolean({
                    description: "a run with this many units; false: today's requests replayed",
                  }),
                },
                { additionalProperties: false },
              ),
            ),
          },
          { additionalProperties: false },
        ),
      ),
    },
    { additionalProperties: false },
  ),
  spaceDemand: SpaceDemandBlock,
  sweep: Type.Optional(
    Type.Object(
      {
        replications: Type.Integer(),
        rows: Type.Array(
          Type.Object(
            {
              remoteShare: Type.Number(),
              desksNeededByZone: Type.Record(Type.String(), Type.Integer()),
              desksNeededTotal: Type.Integer(),
              pooledDesksNeeded: Type.Integer(),
            },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  ),
  attendanceLimits: Type.Optional(AttendanceLimitsBlock),
  paper: Type.Optional(PaperBlock),
});
export type WorkplaceSizingResult = Static<typeof WorkplaceSizingSchema>;
