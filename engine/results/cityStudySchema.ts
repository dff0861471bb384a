/**
 * `kind: "city-study"` — wards × options of one city run as one study on common random numbers
 * (wardsim study): per ward its facts as seed 001 prints them; per option the headline KPIs with
 * their per-replication vectors, the paired differences against the ward's baseline, the figures
 * that explain them, the building programme (m² by function, each from a simulated demand or a
 * named standard) and the verdict 増・減・維持 against today's floor area.
 */
import { Type, type Static } from '@sinclair/typebox';
import { AreaCheckRow, PlanDrawing, PlanIdentity } from './areaBlocks.js';
import {
  envelope,
  Estimate as EstimateSchema,
  EstimateRef as Estimate,
  FORMAT_VERSION,
  ScenarioIdentity,
} from './common.js';
import { MetricComparison, ServiceTargetCheck } from './comparisonSchema.js';
import { KpiEstimates, ReplicationKpis } from './scenarioRunSchema.js';

const Num = Type.Number();
const NumOrNull = Type.Union([Type.Number(), Type.Null()]);
const Names = { name: Type.String(), nameJa: Type.String() };

export const WardFactsBlock = Type.Object(
  {
    printed: Type.Record(Type.String(), Type.String(), {
      description: 'built, totalM2, wardOfficeM2, healthCentreM2, wardCentreM2, otherM2 as seed 001 prints them',
    }),
    built: Type.String({ description: 'YYYY-MM(-DD) as read' }),
    builtPlanned: Type.Boolean(),
    builtIn1970s: Type.Boolean(),
    totalM2: Num,
    wardOfficeM2: Num,
    healthCentreM2: Num,
    wardCentreM2: Num,
    otherM2: NumOrNull,
    partsAddUp: Type.Boolean({ description: 'the parts add up to the printed total within 1 m²' }),
    readingNote: Type.Union([Type.String(), Type.Null()]),
    population: Type.Integer(),
    households: Type.Integer(),
  },
  { additionalProperties: false },
);

export const ProgrammeRow = Type.Object(
  {
    item: Type.Union(
      [
        'counters',
        'consultation',
        'waiting',
        'lobby',
        'desks',
        'touchdown',
        'booths1p',
        'boothsGroup',
        'meetingRooms',
        'focus',
        'storage',
        'otherRooms',
        'circulation',
      ].map((i) => Type.Literal(i)),
    ),
    scope: Type.String({ description: 'a counter line, zone or room size; "all" for the building' }),
    ...Names,
    units: Type.Union([Estimate, Type.Null()], {
      description: 'the demand in units (positions, seats, desks, rooms) with its 95% CI; null for area rules',
    }),
    unitsPlanned: Type.Union([Type.Integer(), Type.Null()], { description: 'the demand rounded up to whole units' }),
    m2PerUnit: NumOrNull,
    areaM2: Estimate,
    rule: Type.String({ description: 'the rule or standard behind the m² (docs/city-study.md#programme)' }),
    basis: Type.Union([
      Type.Literal('simulated'),
      Type.Literal('standard'),
      Type.Literal('given'),
      Type.Literal('input'),
    ]),
    source: Type.String(),
  },
  { additionalProperties: false },
);
export type ProgrammeRow = Static<typeof ProgrammeRow>;

const Given = Type.Object({ areaM2: Num, rule: Type.String(), source: Type.String() }, { additionalProperties: false });

export const Verdict = Type.Union([Type.Literal('increase'), Type.Literal('decrease'), Type.Literal('keep')], {
  description:
    'increase (増): the lower 95% bound is beyond +band; decrease (減): the upper bound is below −band; else keep (維持)',
});

export const ProgrammeBlock = Type.Object(
  {
    rows: Type.Array(ProgrammeRow),
    wardOfficeM2: Estimate,
    healthCentre: Given,
    wardCentre: Given,
    other: Given,
    complexM2: Estimate,
    today: Type.Object(
      { wardOfficeM2: Num, complexM2: Num, partsAddUp: Type.Boolean() },
      { additionalProperties: false },
    ),
    change: Type.Object(
      {
        share: Estimate,
        complexShare: Estimate,
        bandShare: Num,
        verdict: Verdict,
        marginShare: Num,
      },
      {
        additionalProperties: false,
        description:
          'ward office m² against today: share = need ÷ today − 1; marginShare: 増/減 the nearest 95% bound past the ' +
          'band, 維持 the mean inside it (negative: outside, but not clearly)',
      },
    ),
    standards: Type.Object(
      { staff: Num, somuM2: Num, mlitM2: Num, citizenFacingM2: Num, programmeM2PerStaff: Num },
      {
        additionalProperties: false,
        description: 'the 総務省 and MLIT office standards for the staff; citizen-facing m² (固有面積) they leave out',
      },
    ),
  },
  { additionalProperties: false },
);
export type ProgrammeBlock = Static<typeof ProgrammeBlock>;

/** A counter line's figures: what the design asks of it and what the simulation found. */
export const LineFigures = Type.Object(
  {
    id: Type.String(),
    ...Names,
    counters: Type.Integer(),
    staffAtCounterMean: Num,
    expectedContacts: Num,
    serviceMinPerContact: Num,
    offeredLoadErlangs: Num,
    designUtilization: Num,
    contacts: Estimate,
    staffUtilization: NumOrNull,
    waitMeanMin: Estimate,
    serviceLevel: Estimate,
  },
  { additionalProperties: false },
);
export type LineFigures = Static<typeof LineFigures>;

export const Finding = Type.Object(
  {
    code: Type.Union(
      [
        'overloaded-day',
        'saturated-line',
        'shifted-waits',
        'longer-contacts',
        'more-served',
        'fewer-contacts',
        'lost-help',
      ].map((c) => Type.Literal(c)),
    ),
    kpis: Type.Array(Type.String(), { minItems: 1, description: 'the KPIs it explains (no better than the baseline)' }),
    subjects: Type.Array(Type.Object({ id: Type.String(), ...Names }, { additionalProperties: false }), {
      description: 'the lines or procedures it is about',
    }),
    figures: Type.Record(Type.String(), Num),
  },
  { additionalProperties: false },
);
export type Finding = Static<typeof Finding>;

export const CityOption = Type.Object(
  {
    id: Type.String(),
    ...Names,
    deskRule: Type.String(),
    scenario: ScenarioIdentity,
    plan: Type.Union([PlanIdentity, Type.Null()]),
    kpis: KpiEstimates,
    replicationKpis: ReplicationKpis,
    serviceTarget: Type.Union([ServiceTargetCheck, Type.Null()]),
    desks: Type.Object(
      { staff: Type.Integer(), desks: Type.Integer(), perStaff: Num },
      { additionalProperties: false, description: 'desks of the programme for the staff' },
    ),
    versusBaseline: Type.Union([Type.Record(Type.String(), MetricComparison), Type.Null()]),
    lines: Type.Array(LineFigures),
    findings: Type.Array(Finding),
    programme: ProgrammeBlock,
    areaCheck: Type.Array(AreaCheckRow),
    planDrawing: Type.Union([PlanDrawing, Type.Null()]),
  },
  { additionalProperties: false },
);
export type CityOption = Static<typeof CityOption>;

export const CityWard = Type.Object(
  { id: Type.String(), ...Names, facts: WardFactsBlock, options: Type.Array(CityOption) },
  { additionalProperties: false },
);
export type CityWard = Static<typeof CityWard>;

// The envelope of every result (common.ts) with this kind; common.ts's RESULT_KINDS lists the kinds of envelopeOf.
const { kind: _kind, formatVersion: _format, ...envelopeFields } = envelope('comparison');

export const CityStudySchema = Type.Object(
  {
    kind: Type.Literal('city-study'),
    formatVersion: Type.Literal(FORMAT_VERSION),
    ...envelopeFields,
    study: Type.Object(
      { id: Type.Union([Type.String(), Type.Null()]), ...Names, description: Type.Union([Type.String(), Type.Null()]) },
      { additionalProperties: false },
    ),
    wards: Type.Array(CityWard),
  },
  {
    additionalProperties: false,
    $id: 'urn:wardsim:result:city-study',
    title: 'wardsim city study',
    $defs: { Estimate: EstimateSchema },
  },
);
export type CityStudyResult = Static<typeof CityStudySchema>;
