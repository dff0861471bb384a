/**
 * The `cityStudy` block of a study file (scenarios/library/sapporo-city.json): the ward facts, the
 * wards and each ward's options (scenario files; the first option of a ward is its baseline, the
 * one the others are paired against), and the programme's rules. A study file is a scenario
 * document without parts, so the library and the API read it like any other; `wardsim study`
 * runs it (docs/city-study.md).
 */
import { Type, type Static } from '@sinclair/typebox';

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 60 });
const Label = Type.String({ minLength: 1, maxLength: 100 });
const CentreRule = Type.Union([Type.Literal('given'), Type.Literal('perResident')], {
  description: "given: today's m² (seed 001); perResident: the city's median m² per resident × the ward's population",
});

export const CityStudyOptionSchema = Type.Object(
  {
    id: Id,
    name: Label,
    nameJa: Label,
    scenario: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'the option scenario, relative to the study file',
    }),
    deskRule: Type.Union([Type.Literal('onePerPerson'), Type.Literal('simulated')], {
      description:
        'onePerPerson: fixed seating, a desk for each person; simulated: group address, the desks the run sizes (α)',
    }),
  },
  { additionalProperties: false },
);

export const CityStudyBlockSchema = Type.Object(
  {
    facts: Type.String({
      minLength: 1,
      maxLength: 300,
      description: 'the ward-facts file, relative to the study file',
    }),
    programme: Type.Optional(
      Type.Object(
        {
          bandShare: Type.Optional(
            Type.Number({
              minimum: 0,
              maximum: 1,
              description: '増/減 only beyond ± this share of today, on the 95 % bounds (default 0.05)',
            }),
          ),
          healthCentre: Type.Optional(CentreRule),
          wardCentre: Type.Optional(CentreRule),
        },
        { additionalProperties: false },
      ),
    ),
    wards: Type.Array(
      Type.Object(
        {
          id: Id,
          options: Type.Array(CityStudyOptionSchema, {
            minItems: 1,
            maxItems: 10,
            description: 'the first is the baseline the others are compared with',
          }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20 },
    ),
  },
  { additionalProperties: false, description: 'a city study: wards × options (wardsim study, docs/city-study.md)' },
);

export type CityStudyBlock = Static<typeof CityStudyBlockSchema>;
export type CityStudyOption = Static<typeof CityStudyOptionSchema>;
