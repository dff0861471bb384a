/**
 * The `visitors` part of a scenario: how many visitors come, when and for what, the counters and
 * staff that serve them, and the levers a planner switches (来させない・待たせない・書かせない・
 * 移動させない). Every field is documented in docs/visitors.md; defaults are given there and in
 * the descriptions below. Times of day are "HH:MM" strings or minutes from midnight; durations are
 * minutes. Designed to grow: new levers go under `levers`, new steps under `procedures[].steps`.
 */
import { Type, type Static } from '@sinclair/typebox';
import { DistributionRef } from '../../engine/schema/distributionSchema.js';
import { NOT_RESERVED } from '../../engine/schema/reservedNames.js';
import { PhoneDuty, Segments, VideoBooths, VideoConsultation } from './visitorModifiersSchema.js';

/** Explicit size limits: beyond these an input is a generated mistake, not an office. */
export const VISITOR_LIMITS = {
  procedures: 100,
  stepsPerProcedure: 8,
  departments: 100,
  pieces: 1000,
  visitorsPerDay: 1_000_000,
  staff: 10_000,
};

export const TimeOfDay = Type.Union(
  [Type.String({ pattern: '^([01]?[0-9]|2[0-4]):[0-5][0-9]$' }), Type.Number({ minimum: 0, maximum: 1440 })],
  { description: 'a time of day: "HH:MM" or minutes from midnight (0–1440)' },
);
const Share = Type.Number({ minimum: 0, maximum: 1 });
const Minutes = Type.Number({ minimum: 0, description: 'minutes' });
const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]*$',
  maxLength: 64,
  ...NOT_RESERVED,
  description: 'an id: lower-case letters, digits and dashes',
});
const Text = Type.String({ maxLength: 300 });

export const StaffSchedule = Type.Union(
  [
    Type.Integer({ minimum: 0, maximum: VISITOR_LIMITS.staff }),
    Type.Array(
      Type.Object(
        { from: TimeOfDay, to: TimeOfDay, staff: Type.Integer({ minimum: 0, maximum: VISITOR_LIMITS.staff }) },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: VISITOR_LIMITS.pieces },
    ),
  ],
  { description: 'staff: a number for all opening hours, or a schedule [{from, to, staff}] (0 outside the pieces)' },
);

const Step = Type.Object(
  {
    department: Id,
    serviceMin: DistributionRef,
    p: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'share of the visitors of this procedure who need this step; default 1',
      }),
    ),
  },
  { additionalProperties: false },
);

const Procedure = Type.Object(
  {
    id: Id,
    name: Type.Optional(Text),
    nameJa: Type.Optional(Text),
    share: Type.Number({
      minimum: 0,
      maximum: 1,
      description: 'share of the day’s visits (before diversion); all shares sum to 1',
    }),
    steps: Type.Array(Step, {
      maxItems: VISITOR_LIMITS.stepsPerProcedure,
      description: 'counter contacts in order (empty: concierge only)',
    }),
    diversion: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: '来させない: share done online or at a convenience store; default 0',
      }),
    ),
    videoConsultation: Type.Optional(VideoConsultation),
    kakanaiFactor: Type.Optional(
      Type.Number({
        exclusiveMinimum: 0,
        maximum: 2,
        description: '書かない窓口: service-time factor when levers.kakanaiMadoguchi is on; default 1',
      }),
    ),
    reservationShare: Type.Optional(
      Type.Number({ minimum: 0, maximum: 1, description: '待たせない: share of visits that book a slot; default 0' }),
    ),
    patienceMin: Type.Optional(
      Type.Union([DistributionRef, Type.Null()], { description: 'a distribution, or null for never giving up' }),
    ),
    incompleteShare: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: '出直し: share of these visitors lacking a document (they must come back another day); default 0',
      }),
    ),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const Department = Type.Object(
  {
    id: Id,
    name: Type.Optional(Text),
    nameJa: Type.Optional(Text),
    counters: Type.Integer({ minimum: 0, maximum: VISITOR_LIMITS.staff, description: 'counter positions' }),
    staff: StaffSchedule,
    videoBooths: Type.Optional(VideoBooths),
    phone: Type.Optional(PhoneDuty),
    backOffice: Type.Optional(
      Type.Object(
        {
          staff: StaffSchedule,
          callWhenWaiting: Type.Integer({
            minimum: 1,
            description: 'come to a free counter when at least this many wait',
          }),
          travelMin: Type.Optional(
            Type.Number({ minimum: 0, description: 'walk office → counter (each way); default 1, or the plan’s' }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    whenClosed: Type.Optional(
      Type.Union([Type.Literal('wait'), Type.Literal('redirect'), Type.Literal('leave')], {
        description:
          'while the department has no counter staff (a closed span, e.g. lunch): visitors "wait" until it reopens, ' +
          'are sent on ("redirect") to redirectTo, or "leave" (turned away); without it a closed span is an error',
      }),
    ),
    redirectTo: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9][a-z0-9-]*$',
        maxLength: 64,
        ...NOT_RESERVED,
        description: 'with whenClosed "redirect": the department whose counters serve its visitors while it is closed',
      }),
    ),
    note: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);

const Piece = Type.Object({ from: TimeOfDay, to: TimeOfDay, share: Share }, { additionalProperties: false });
const Factor = Type.Number({ minimum: 0, maximum: 100 });

export const VisitorPartSchema = Type.Object(
  {
    description: Type.Optional(Type.String()),
    sources: Type.Optional(Type.Array(Type.String(), { maxItems: 200, description: 'where the numbers come from' })),
    day: Type.Optional(
      Type.Object(
        {
          type: Type.Optional(
            Type.Union([Type.Literal('normal'), Type.Literal('peak')], {
              description: '"normal" or "peak" (moving season): sets the default service-level time',
            }),
          ),
          date: Type.Optional(
            Type.String({
              pattern: '^\\d{4}-\\d{2}-\\d{2}$',
              description: 'YYYY-MM-DD: applies its day-of-week and month factors',
            }),
          ),
          dayOfWeek: Type.Optional(
            Type.Union([
              Type.Literal('mon'),
              Type.Literal('tue'),
              Type.Literal('wed'),
              Type.Literal('thu'),
              Type.Literal('fri'),
              Type.Literal('sat'),
              Type.Literal('sun'),
            ]),
          ),
          month: Type.Optional(Type.Integer({ minimum: 1, maximum: 12 })),
          afterHoliday: Type.Optional(Type.Boolean({ description: 'the first working day after a holiday' })),
        },
        { additionalProperties: false },
      ),
    ),
    hours: Type.Object({ open: TimeOfDay, close: TimeOfDay }, { additionalProperties: false }),
    intervalMin: Type.Optional(
      Type.Union([Type.Literal(15), Type.Literal(30), Type.Literal(60)], {
        description: '15, 30 or 60: the reporting and staffing interval in minutes (default 15)',
      }),
    ),
    serviceLevel: Type.Optional(
      Type.Object(
        {
          target: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
          withinMin: Type.Number({ exclusiveMinimum: 0 }),
        },
        { additionalProperties: false },
      ),
    ),
    demand: Type.Object(
      {
        visitorsPerDay: Type.Number({
          minimum: 0,
          maximum: VISITOR_LIMITS.visitorsPerDay,
          description: 'expected visits before diversion and factors',
        }),
        hourlyProfile: Type.Array(Piece, {
          minItems: 1,
          maxItems: VISITOR_LIMITS.pieces,
          description: 'share of the day’s arrivals per piece; sums to 1',
        }),
        dayOfWeekFactor: Type.Optional(
          Type.Object(
            {
              mon: Type.Optional(Factor),
              tue: Type.Optional(Factor),
              wed: Type.Optional(Factor),
              thu: Type.Optional(Factor),
              fri: Type.Optional(Factor),
              sat: Type.Optional(Factor),
              sun: Type.Optional(Factor),
            },
            { additionalProperties: false },
          ),
        ),
        monthFactor: Type.Optional(
          Type.Array(Factor, { minItems: 12, maxItems: 12, description: 'January … December' }),
        ),
        afterHolidayFactor: Type.Optional(Factor),
        groupSize: Type.Optional(DistributionRef),
      },
      { additionalProperties: false },
    ),
    procedures: Type.Array(Procedure, { minItems: 1, maxItems: VISITOR_LIMITS.procedures }),
    departments: Type.Array(Department, { minItems: 1, maxItems: VISITOR_LIMITS.departments }),
    segments: Type.Optional(Segments),
    concierge: Type.Optional(
      Type.Union([
        Type.Object(
          {
            share: Type.Optional(Share),
            staff: StaffSchedule,
            serviceMin: DistributionRef,
            precheckShare: Type.Optional(
              Type.Number({
                minimum: 0,
                maximum: 1,
                description:
                  'share of the incomplete visitors who ask that the concierge’s document check catches; default 0',
              }),
            ),
          },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    triage: Type.Optional(
      Type.Object(
        {
          wrongCounterShareWithoutGuidance: Share,
          wrongCounterMin: Type.Optional(DistributionRef),
          infoAtCounterMin: Type.Optional(Type.Union([DistributionRef, Type.Null()])),
        },
        {
          additionalProperties: false,
          description:
            'visitors without guidance (who do not ask the concierge): the share of walk-ins who first go to a ' +
            'wrong counter, the clerk minutes there to send them on (default 1), and the minutes ' +
            'information-only visitors then ask at a counter (default null: they leave)',
        },
      ),
    ),
    incompleteVisits: Type.Optional(
      Type.Object(
        {
          shareOfVisits: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description: 'incompleteShare of procedures without their own; default 0',
            }),
          ),
          counterTimeFactor: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description: 'share of the contact’s time before the missing document shows; 0.5',
            }),
          ),
          naviFactor: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description: 'ナビ機能: factor on every incompleteShare with levers.navi; 0.7 [A]',
            }),
          ),
          kakanaiFactor: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description:
                '書かない窓口: factor on every incompleteShare when levers.kakanaiMadoguchi is on; default 0.8 [A]',
            }),
          ),
          returns: Type.Optional(
            Type.Object(
              {
                withinWorkingDays: Type.Optional(
                  Type.Integer({
                    minimum: 1,
                    maximum: 20,
                    description: 'they come back 1 … this many working days later, evenly; 5',
                  }),
                ),
                warmUpDays: Type.Optional(
                  Type.Integer({
                    minimum: 0,
                    maximum: 40,
                    description: 'days simulated before the reported day; withinWorkingDays',
                  }),
                ),
              },
              {
                additionalProperties: false,
                description:
                  'return visits: incomplete visitors come back on a later day (absent: counted, never come back)',
              },
            ),
          ),
        },
        {
          additionalProperties: false,
          description: 'incomplete visits (出直し): visitors lacking a document, who must come back another day',
        },
      ),
    ),
    reception: Type.Optional(
      Type.Union([
        Type.Object(
          { kiosks: Type.Integer({ minimum: 1, maximum: 1000 }), serviceMin: DistributionRef },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    walking: Type.Optional(
      Type.Object(
        {
          defaultMin: Type.Optional(Minutes),
          legs: Type.Optional(
            Type.Array(
              Type.Object({ from: Type.String(), to: Type.String(), min: Minutes }, { additionalProperties: false }),
              { maxItems: 10_000 },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    organisation: Type.Optional(
      Type.Object(
        {
          type: Type.Optional(
            Type.Union([
              Type.Literal('silo'),
              Type.Literal('pooled'),
              Type.Literal('dispatch'),
              Type.Literal('superman'),
            ]),
          ),
          renkei: Type.Optional(
            Type.Boolean({ description: '窓口連携: one ticket, later counters serve in order of the first ticket' }),
          ),
          oneStop: Type.Optional(
            Type.Object(
              {
                departments: Type.Array(Id, { minItems: 1, maxItems: VISITOR_LIMITS.departments }),
                counters: Type.Optional(Type.Integer({ minimum: 0, maximum: VISITOR_LIMITS.staff })),
                seats: Type.Optional(Type.Integer({ minimum: 0, maximum: VISITOR_LIMITS.staff })),
                factor: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 2 })),
                handoffMin: Type.Optional(Minutes),
                staff: Type.Optional(StaffSchedule),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    multiSkill: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id,
            serves: Type.Array(Id, { minItems: 1, maxItems: VISITOR_LIMITS.departments }),
            staff: StaffSchedule,
          },
          { additionalProperties: false },
        ),
        {
          maxItems: VISITOR_LIMITS.departments,
        },
      ),
    ),
    staffRules: Type.Optional(
      Type.Object(
        {
          lunch: Type.Optional(
            Type.Union([
              Type.Object(
                {
                  from: TimeOfDay,
                  to: TimeOfDay,
                  breakMin: Type.Number({ exclusiveMinimum: 0 }),
                  ifShiftOverMin: Type.Optional(Minutes),
                },
                { additionalProperties: false },
              ),
              Type.Null(),
            ]),
          ),
          minShiftMin: Type.Optional(Minutes),
        },
        { additionalProperties: false },
      ),
    ),
    levers: Type.Optional(
      Type.Object(
        {
          kakanaiMadoguchi: Type.Optional(Type.Boolean()),
          navi: Type.Optional(
            Type.Boolean({
              description: 'ナビ機能 promoted: online guidance on what to bring (incompleteShare × naviFactor)',
            }),
          ),
          reservations: Type.Optional(
            Type.Object(
              {
                share: Type.Optional(
                  Type.Number({
                    minimum: 0,
                    maximum: 1,
                    description: 'reservation share of every procedure (overrides each procedure’s reservationShare)',
                  }),
                ),
                slotMin: Type.Optional(Type.Number({ exclusiveMinimum: 0 })),
                slotCapacity: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Literal('even')])),
                noShow: Type.Optional(Share),
                arrivalOffsetMin: Type.Optional(
                  Type.Object({ mean: Type.Number(), sd: Minutes }, { additionalProperties: false }),
                ),
                checkIn: Type.Optional(
                  Type.Object(
                    { earlyMin: Type.Optional(Minutes), lateMin: Type.Optional(Minutes) },
                    { additionalProperties: false },
                  ),
                ),
                late: Type.Optional(Type.Union([Type.Literal('walkIn'), Type.Literal('turnAway')])),
                priority: Type.Optional(Type.Union([Type.Literal('first'), Type.Literal('appointmentTime')])),
              },
              { additionalProperties: false },
            ),
          ),
          callback: Type.Optional(
            Type.Object(
              {
                share: Type.Optional(Share),
                recallWhenAhead: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
                returnMin: Type.Optional(DistributionRef),
                missProbability: Type.Optional(Share),
                missDelayMin: Type.Optional(Minutes),
              },
              { additionalProperties: false },
            ),
          ),
          patience: Type.Optional(
            Type.Object(
              {
                patienceMin: Type.Optional(Type.Union([DistributionRef, Type.Null()])),
                balk: Type.Optional(
                  Type.Object({ displayedWaitOverMin: Minutes, p: Share }, { additionalProperties: false }),
                ),
                comeBackShare: Type.Optional(Share),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false, description: 'visitors and counters (来庁者・窓口): docs/visitors.md' },
);

export type VisitorPart = Static<typeof VisitorPartSchema>;
export type StaffScheduleSpec = Static<typeof StaffSchedule>;
