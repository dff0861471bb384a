/**
 * The workplace part of a scenario run: desks per zone, booths and rooms, activities, each figure
 * per day group (all days, then mon … fri) as an estimate across replications, and the sizing
 * answers read from the same replications as `wardsim size`.
 */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, Named } from './common.js';

const DAY_GROUPS = ['all', 'mon', 'tue', 'wed', 'thu', 'fri'] as const;
const E = Estimate;

/** The same figures for every day group. */
function byDayGroup<T extends ReturnType<typeof Type.Object>>(figures: T) {
  return Type.Object(
    Object.fromEntries(DAY_GROUPS.map((g) => [g, figures])) as Record<(typeof DAY_GROUPS)[number], T>,
    { additionalProperties: false },
  );
}

const N = Type.Union([Type.Number(), Type.Null()]);
const DeskPoint = Type.Object({ desks: Type.Integer(), mean: N, ci95: N }, { additionalProperties: false });
const BlockingPoint = Type.Object(
  { units: Type.Integer(), mean: N, ci95: N, utilization: N },
  { additionalProperties: false },
);

/** value (persons) → share of days. */
const Distribution = Type.Record(Type.String({ pattern: '^\\d+$' }), Type.Number());
const DistributionByDayGroup = Type.Object(
  Object.fromEntries(DAY_GROUPS.map((g) => [g, Distribution])) as Record<
    (typeof DAY_GROUPS)[number],
    typeof Distribution
  >,
  {
    additionalProperties: false,
  },
);

export const SpaceDemandBlock = Type.Object(
  {
    desksByDepartment: Type.Optional(Type.Record(Type.String(), Type.Integer())),
    desksByZone: Type.Optional(Type.Record(Type.String(), Type.Integer())),
    booths1p: Type.Optional(Type.Integer()),
    boothsGroup: Type.Optional(Type.Integer()),
    meetingRoomsBySize: Type.Optional(Type.Record(Type.String(), Type.Integer())),
    focusSeats: Type.Optional(Type.Integer()),
  },
  { additionalProperties: false },
);

const NInt = Type.Union([Type.Integer(), Type.Null()]);

/** The telework cap and the satellite office (docs/workplace.md §2), present when the scenario has either. */
export const AttendanceLimitsBlock = Type.Object(
  {
    teleworkCapPersonsPerDay: NInt,
    satelliteSeatsPerDay: NInt,
    satelliteShare: N,
    satelliteStaffDaysTotal: Type.Number({
      description: 'with staffDaysTotal: absent + remote + satellite + fieldAllDay + office = total',
    }),
    figures: byDayGroup(
      Type.Object(
        {
          teleworkWantedPerDay: E,
          teleworkGrantedPerDay: E,
          teleworkRefusedPerDay: E,
          pTeleworkRefused: E,
          pCapBindingDay: E,
          satelliteWantedPerDay: E,
          satelliteUsedPerDay: E,
          satelliteTurnedAwayPerDay: E,
          pSatelliteFullDay: E,
          satelliteUtilization: E,
          mainOfficeChangePerDay: E,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

/** Documents on paper and the storage they need (docs/workplace.md, paper), present when the scenario states them. */
export const PaperBlock = Type.Object(
  {
    staff: Type.Integer(),
    filingMPerStaff: Type.Number(),
    paperlessShare: Type.Number(),
    storageM2PerFilingM: Type.Number(),
    filingMToday: Type.Number({ description: 'staff × filingMPerStaff' }),
    filingMKept: Type.Number({ description: 'filingMToday × (1 − paperlessShare)' }),
    storageM2Today: Type.Number({ description: 'filingMToday × storageM2PerFilingM' }),
    storageM2: Type.Number({ description: 'filingMKept × storageM2PerFilingM: the storage line of the programme' }),
  },
  { additionalProperties: false },
);

export const WorkplaceRunBlock = Type.Object(
  {
    daysPerReplication: Type.Integer(),
    coreHours: Type.Object({ fromMin: Type.Number(), toMin: Type.Number() }, { additionalProperties: false }),
    events: Type.Number(),
    staff: Type.Object({ total: Type.Integer(), deskUsers: Type.Integer() }, { additionalProperties: false }),
    staffDaysPerDay: Type.Object(
      { absent: E, remote: E, fieldAllDay: E, fieldPartDay: E, office: E },
      { additionalProperties: false },
    ),
    staffDaysTotal: Type.Object(
      {
        total: Type.Number(),
        absent: Type.Number(),
        remote: Type.Number(),
        fieldAllDay: Type.Number(),
        fieldPartDay: Type.Number(),
        office: Type.Number(),
      },
      {
        additionalProperties: false,
        description: 'staff-days over all replications: absent + remote + fieldAllDay + office = total',
      },
    ),
    zones: Type.Array(
      Type.Object(
        {
          ...Named,
          departments: Type.Array(Type.String()),
          staff: Type.Integer(),
          desks: Type.Integer(),
          overflowTo: Type.Array(Type.String()),
          desksNeeded: Type.Integer({ description: 'fewest desks with pShortageDayAlone ≤ alpha' }),
          pShortageDayAlone: E,
          shortageCurve: Type.Array(DeskPoint, { description: 'desks → P(daily peak > desks), the zone on its own' }),
          figures: byDayGroup(
            Type.Object(
              {
                pShortageDayWithOverflow: E,
                shortagePersonMinPerDay: E,
                overflowPersonMinPerDay: E,
                peakDemandMean: E,
                peakDemandP95: E,
                peakDemandMax: E,
                peakOccupiedMean: E,
                deskUtilization: E,
              },
              { additionalProperties: false },
            ),
          ),
          peakDemandDistribution: DistributionByDayGroup,
        },
        { additionalProperties: false },
      ),
    ),
    office: Type.Object(
      {
        staff: Type.Integer(),
        desks: Type.Integer(),
        figures: byDayGroup(
          Type.Object({ peakDemandMean: E, peakDemandP95: E, peakDemandMax: E }, { additionalProperties: false }),
        ),
        peakDemandDistribution: DistributionByDayGroup,
      },
      { additionalProperties: false },
    ),
    touchdown: Type.Object(
      {
        desks: Type.Integer(),
        figures: byDayGroup(Type.Object({ peakOccupiedMean: E, utilization: E }, { additionalProperties: false })),
      },
      { additionalProperties: false },
    ),
    spaces: Type.Array(
      Type.Object(
        {
          ...Named,
          kind: Type.String(),
          count: Type.Integer(),
          capacityPersons: Type.Integer(),
          unitsNeeded: Type.Union([Type.Integer(), Type.Null()], {
            description: 'fewest units with pBlockedAlone ≤ beta; null beyond the largest size tried',
          }),
          requestsDependOnUnits: Type.Boolean({
            description:
              "blocked requests dropped or no-shows: the curve away from count replays today's requests; wardsim size simulates each count",
          }),
          pBlockedAlone: Type.Union([E, Type.Null()], {
            description: 'P(a first-choice request finds every unit taken), the space on its own',
          }),
          blockingCurve: Type.Array(BlockingPoint, {
            description: 'units → P(a first-choice request finds all taken), and the utilization at that size',
          }),
          figures: byDayGroup(
            Type.Object(
              {
                requestsPerDay: E,
                firstChoicePerDay: E,
                pBlocked: E,
                pFirstChoiceBlocked: E,
                usesPerDay: E,
                noShowsPerDay: E,
                utilization: E,
                usedUtilization: E,
                seatUtilization: E,
                seatsPerUse: E,
                peakBusyMean: E,
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    activities: Type.Array(
      Type.Object(
        {
          kind: Type.String(),
          figures: byDayGroup(
            Type.Object(
              {
                requestsPerDay: E,
                atDeskByChoicePerDay: E,
                pNoSpace: E,
                shareFirstChoice: E,
                shareOtherChoice: E,
                fallbackDeskPerDay: E,
                droppedPerDay: E,
                tooLargePerDay: E,
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    needed: Type.Object(
      { alpha: Type.Number(), beta: Type.Number(), spaceDemand: SpaceDemandBlock },
      { additionalProperties: false },
    ),
    planNotes: Type.Array(Type.Object({ en: Type.String(), ja: Type.String() }, { additionalProperties: false }), {
      description: 'what a linked plan changed in the scenario’s desks and spaces',
    }),
    attendanceLimits: Type.Optional(AttendanceLimitsBlock),
    paper: Type.Optional(PaperBlock),
  },
  { additionalProperties: false },
);
export type WorkplaceRunBlock = Static<typeof WorkplaceRunBlock>;
