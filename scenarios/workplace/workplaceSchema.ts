/**
 * The workplace part of a scenario (issue 4): staff by department and role, when they come in
 * (telework, absence, field work, flexible hours), the office zones they sit in under group
 * address (グループアドレス) with what happens when a zone is full, what they do during the day
 * (web meetings, calls, focus work, meetings) and the ABW spaces they do it in (booths, focus
 * seats, meeting rooms). Format and defaults: docs/workplace.md. Relations between ids are
 * checked by checkWorkplacePart.ts.
 */
import { Type, type Static } from '@sinclair/typebox';
import { DistributionRef } from '../../engine/schema/distributionSchema.js';
import { ACTIVITY_KINDS, SPACE_KINDS, WEEKDAYS } from '../../engine/models/workplace/workplaceModel.js';
import { NOT_RESERVED } from '../../engine/schema/reservedNames.js';

/** Explicit size limits: beyond these a file is a mistake, not an office. */
export const WORKPLACE_LIMITS = {
  maxDays: 2600,
  maxDepartments: 500,
  maxZones: 500,
  maxSpaces: 200,
  maxHeadcountPerGroup: 10_000,
  maxStaff: 50_000,
  maxDesks: 100_000,
  maxUnits: 10_000,
  maxActivitiesPerRole: 20,
} as const;

const Id = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$',
  maxLength: 100,
  ...NOT_RESERVED,
  description: 'an id: letters, digits, _ . - (no spaces)',
});
const Share = Type.Number({ minimum: 0, maximum: 1, description: 'a share from 0 to 1' });
// A one-branch anyOf so that a bad value is reported with this description ("expected a clock
// time …") rather than the raw pattern (schemaValidator collapses unions to their description).
const ClockTime = Type.Unsafe<string>({
  anyOf: [{ type: 'string', pattern: '^([01]?[0-9]|2[0-3]):[0-5][0-9]$' }],
  description: 'a clock time "H:MM" (24-hour)',
});
const Label = Type.Optional(Type.String({ maxLength: 300 }));
const Count = (max: number, description: string) => Type.Integer({ minimum: 0, maximum: max, description });

export const HeadcountSchema = Type.Object(
  {
    counter: Type.Optional(Count(WORKPLACE_LIMITS.maxHeadcountPerGroup, 'counter (窓口) staff')),
    backOffice: Type.Optional(Count(WORKPLACE_LIMITS.maxHeadcountPerGroup, 'back-office (内部事務) staff')),
    manager: Type.Optional(Count(WORKPLACE_LIMITS.maxHeadcountPerGroup, 'managers (管理職)')),
    field: Type.Optional(Count(WORKPLACE_LIMITS.maxHeadcountPerGroup, 'field / visiting staff (訪問・外勤)')),
  },
  { additionalProperties: false, description: 'staff by role; a missing role means 0' },
);

export const ActivitySchema = Type.Object(
  {
    kind: Type.Union(
      ACTIVITY_KINDS.map((k) => Type.Literal(k)),
      { description: `one of ${ACTIVITY_KINDS.join(', ')}` },
    ),
    ratePerHour: Type.Number({
      minimum: 0,
      maximum: 60,
      description: 'how often, per hour a person is at their desk and not already busy',
    }),
    durationMin: DistributionRef,
    groupSize: Type.Optional(DistributionRef),
    spaces: Type.Optional(
      Type.Array(Id, {
        maxItems: 50,
        description: 'ids of spaces this activity may use, in order of preference; empty = always at the desk',
      }),
    ),
    spaceShare: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description:
          'share of these activities that look for a space at all (the rest are done at the desk by choice); default 1',
      }),
    ),
    fallback: Type.Optional(
      Type.Union([Type.Literal('desk'), Type.Literal('drop')], {
        description: '"desk" (default): done at the desk when no space is free; "drop": not done',
      }),
    ),
  },
  { additionalProperties: false },
);

export const RoleSchema = Type.Object(
  {
    arrive: ClockTime,
    arriveSpreadMin: Type.Optional(DistributionRef),
    stayMin: DistributionRef,
    absenceShare: Type.Optional(Share),
    telework: Type.Optional(
      Type.Object(
        {
          eligibleShare: Share,
          daysPerWeek: Type.Number({
            minimum: 0,
            maximum: 5,
            description: 'telework days per week of an eligible person',
          }),
        },
        { additionalProperties: false },
      ),
    ),
    field: Type.Optional(
      Type.Object(
        {
          dayShare: Share,
          officeMin: Type.Optional(DistributionRef),
        },
        { additionalProperties: false },
      ),
    ),
    usesDesk: Type.Optional(
      Type.Boolean({ description: 'takes a desk in the department zone when in (default true)' }),
    ),
    activities: Type.Optional(Type.Array(ActivitySchema, { maxItems: WORKPLACE_LIMITS.maxActivitiesPerRole })),
  },
  { additionalProperties: false },
);

export const DepartmentSchema = Type.Object(
  {
    id: Id,
    name: Label,
    nameJa: Label,
    headcount: HeadcountSchema,
  },
  { additionalProperties: false },
);

export const ZoneSchema = Type.Object(
  {
    id: Id,
    name: Label,
    nameJa: Label,
    departments: Type.Array(Id, {
      minItems: 1,
      maxItems: WORKPLACE_LIMITS.maxDepartments,
      description: 'ids of the departments that sit in this zone',
    }),
    desks: Count(WORKPLACE_LIMITS.maxDesks, 'desks in the zone (group address: shared by its departments)'),
    overflowTo: Type.Optional(
      Type.Array(Type.String({ maxLength: 100 }), {
        maxItems: 50,
        description:
          'where staff sit when the zone is full, in order: zone ids and/or "touchdown"; empty or absent = nowhere (a shortage)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const SpaceSchema = Type.Object(
  {
    id: Id,
    name: Label,
    nameJa: Label,
    kind: Type.Union(
      SPACE_KINDS.map((k) => Type.Literal(k)),
      { description: `one of ${SPACE_KINDS.join(', ')}` },
    ),
    count: Count(WORKPLACE_LIMITS.maxUnits, 'how many identical units (booths, seats or rooms)'),
    capacityPersons: Type.Integer({ minimum: 1, maximum: 500, description: 'persons one unit holds' }),
    noShow: Type.Optional(
      Type.Object(
        {
          share: Share,
          releaseAfterMin: Type.Optional(
            Type.Number({
              exclusiveMinimum: 0,
              maximum: 1440,
              description: 'an unused booking is released after this; absent = held for the whole booking',
            }),
          ),
        },
        { additionalProperties: false, description: 'bookings nobody turns up to' },
      ),
    ),
  },
  { additionalProperties: false },
);

const Multiplier = Type.Number({ minimum: 0, maximum: 5 });

/** A satellite office (サテライトオフィス, seeds 002 and 004): another place to work, no desk here. */
export const SatelliteSchema = Type.Object(
  {
    name: Label,
    nameJa: Label,
    seatsPerDay: Count(WORKPLACE_LIMITS.maxStaff, 'persons the satellite office holds on one day'),
    share: Type.Number({
      minimum: 0,
      maximum: 1,
      description:
        'share of a telework-eligible person’s main-office days (no field work) they would rather spend there',
    }),
  },
  {
    additionalProperties: false,
    description: 'a satellite office: eligible staff working there need no desk at the main office',
  },
);

/** Documents on paper and their storage (seeds 002 and 004: 文書量の削減), for the programme's storage line. */
export const PaperSchema = Type.Object(
  {
    filingMPerStaff: Type.Number({
      minimum: 0,
      maximum: 100,
      description: 'filing metres of documents kept per staff member today (文書量)',
    }),
    paperlessShare: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1,
        description: 'share of those filing metres the paperless target removes (default 0)',
      }),
    ),
    storageM2PerFilingM: Type.Number({
      exclusiveMinimum: 0,
      maximum: 10,
      description: 'floor m² one filing metre of storage takes, aisles included',
    }),
    citation: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
  },
  {
    additionalProperties: false,
    description: 'paper documents: storage m² = staff × filingMPerStaff × (1 − paperlessShare) × storageM2PerFilingM',
  },
);

export const WorkplacePartSchema = Type.Object(
  {
    description: Type.Optional(Type.String()),
    /** Where the numbers come from (docs/sources.md sections, municipal documents). */
    citation: Type.Optional(Type.Array(Type.String(), { maxItems: 200 })),
    days: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: WORKPLACE_LIMITS.maxDays,
        description: 'working days simulated per replication (default 245, a year of weekdays)',
      }),
    ),
    firstWeekday: Type.Optional(
      Type.Union(
        WEEKDAYS.map((d) => Type.Literal(d)),
        { description: `one of ${WEEKDAYS.join(', ')}: the weekday of the first simulated day (default mon)` },
      ),
    ),
    coreHours: Type.Optional(
      Type.Object(
        { from: ClockTime, to: ClockTime },
        { additionalProperties: false, description: 'the hours utilisation is measured over (default 8:45–17:15)' },
      ),
    ),
    telework: Type.Optional(
      Type.Object(
        {
          weekdayMultipliers: Type.Optional(
            Type.Object(
              { mon: Multiplier, tue: Multiplier, wed: Multiplier, thu: Multiplier, fri: Multiplier },
              {
                additionalProperties: false,
                description: 'remote share of eligible staff on each weekday, relative to the mean (default all 1)',
              },
            ),
          ),
          capPersonsPerDay: Type.Optional(
            Count(
              WORKPLACE_LIMITS.maxStaff,
              'at most this many staff telework on one day (devices, VPN licences); the rest who want to ' +
                'are turned back at random and come in; absent = no cap',
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    satelliteOffice: Type.Optional(SatelliteSchema),
    paper: Type.Optional(PaperSchema),
    roles: Type.Object(
      {
        counter: Type.Optional(RoleSchema),
        backOffice: Type.Optional(RoleSchema),
        manager: Type.Optional(RoleSchema),
        field: Type.Optional(RoleSchema),
      },
      { additionalProperties: false, description: 'profile of each role that has staff' },
    ),
    departments: Type.Array(DepartmentSchema, { minItems: 1, maxItems: WORKPLACE_LIMITS.maxDepartments }),
    zones: Type.Array(ZoneSchema, { minItems: 1, maxItems: WORKPLACE_LIMITS.maxZones }),
    touchdownDesks: Type.Optional(Count(WORKPLACE_LIMITS.maxDesks, 'shared touchdown desks any zone may overflow to')),
    spaces: Type.Optional(Type.Array(SpaceSchema, { maxItems: WORKPLACE_LIMITS.maxSpaces })),
  },
  {
    additionalProperties: false,
    description: 'the workplace: staff, desks under group address, booths and meeting rooms',
  },
);

export type WorkplacePart = Static<typeof WorkplacePartSchema>;
export type WorkplaceRolePart = Static<typeof RoleSchema>;
export type WorkplaceActivityPart = Static<typeof ActivitySchema>;
