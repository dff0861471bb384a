/**
 * The facts of Sapporo's ward offices (scenarios/library/wards/sapporo-wards.json): what seed 001
 * prints for each facility — kept verbatim, misprints included, so a reviewer can hold it against
 * the slide — next to how each printed value is read, and the ward's population and households
 * (docs/sources.md#wards, #ward-population). Studies use the read values only.
 */
import { Type, type Static } from '@sinclair/typebox';
import { InputError } from '../../../engine/inputError.js';
import { validateWithSchema } from '../../../engine/schema/schemaValidator.js';
import { parseJsonText } from '../../load/parseJsonText.js';
import { displayUri, type ScenarioResolver } from '../../load/resolver.js';

const Printed = Type.String({ minLength: 1, maxLength: 40, description: 'as the seed prints it' });
const AreaM2 = Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
  description: 'm²; null where the seed prints "—"',
});

export const WardFactSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z][a-z0-9-]*$', maxLength: 40 }),
    name: Type.String({ minLength: 1, maxLength: 100 }),
    nameJa: Type.String({ minLength: 1, maxLength: 100 }),
    printed: Type.Object(
      {
        built: Printed,
        totalM2: Printed,
        wardOfficeM2: Printed,
        healthCentreM2: Printed,
        wardCentreM2: Printed,
        otherM2: Printed,
      },
      { additionalProperties: false },
    ),
    read: Type.Object(
      {
        built: Type.String({
          pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
          description: 'YYYY-MM-DD, or YYYY-MM when the seed gives a month only',
        }),
        builtPlanned: Type.Boolean({ description: 'the date is a planned completion (予定)' }),
        totalM2: Type.Number({ minimum: 0 }),
        wardOfficeM2: Type.Number({ exclusiveMinimum: 0, description: 'the ward office (区役所) itself' }),
        healthCentreM2: Type.Number({ minimum: 0, description: '保健センター' }),
        wardCentreM2: Type.Number({ minimum: 0, description: '区民センター' }),
        otherM2: AreaM2,
      },
      { additionalProperties: false },
    ),
    readingNote: Type.Union([Type.String({ maxLength: 400 }), Type.Null()], {
      description: 'how a printed value that is not plain was read',
    }),
    population: Type.Integer({ minimum: 1, description: 'residents on 1 January 2021 (住民基本台帳)' }),
    households: Type.Integer({ minimum: 1, description: 'households on 1 January 2021' }),
  },
  { additionalProperties: false },
);
export type WardFact = Static<typeof WardFactSchema>;

export const WardFactsSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    description: Type.Optional(Type.String()),
    sources: Type.Optional(Type.Array(Type.String(), { maxItems: 50 })),
    wards: Type.Array(WardFactSchema, { minItems: 1, maxItems: 100 }),
  },
  { additionalProperties: false, $id: 'urn:wardsim:schema:ward-facts' },
);
export type WardFacts = Static<typeof WardFactsSchema>;

/** A printed area ("10,203", "1,9981", "—") as m²: thousands commas dropped wherever they stand; "—" is null. */
export function readPrintedAreaM2(text: string): number | null {
  const t = text.trim();
  if (t === '—' || t === '-' || t === '') return null;
  const digits = t.replace(/[,\s]/g, '');
  if (!/^\d+(\.\d+)?$/.test(digits)) throw new RangeError(`not a printed area: ${JSON.stringify(text)}`);
  return Number(digits);
}

/** A printed date ("1972.3.1", "1972.3. 1", "2025.1予定") as YYYY-MM(-DD) and whether it is planned (予定). */
export function readPrintedDate(text: string): { date: string; planned: boolean } {
  const planned = text.includes('予定');
  const parts = text
    .replace('予定', '')
    .replace(/\s/g, '')
    .split('.')
    .filter((p) => p !== '');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^\d+$/.test(p)))
    throw new RangeError(`not a printed date: ${JSON.stringify(text)}`);
  const [y, m, d] = parts;
  return { date: [y, m.padStart(2, '0'), ...(d === undefined ? [] : [d.padStart(2, '0')])].join('-'), planned };
}

/** Sum of the printed parts (区役所 + 保健センター + 区民センター + その他), m². */
export function partsSumM2(w: WardFact): number {
  return w.read.wardOfficeM2 + w.read.healthCentreM2 + w.read.wardCentreM2 + (w.read.otherM2 ?? 0);
}

/** Whether the parts add up to the printed total (within 1 m² of rounding). */
export function partsAddUp(w: WardFact): boolean {
  return Math.abs(partsSumM2(w) - w.read.totalM2) <= 1;
}

export function builtYear(w: WardFact): number {
  return Number(w.read.built.slice(0, 4));
}

/** Built in the 1970s: the five wards whose renewal seed 001 asks about. */
export function builtIn1970s(w: WardFact): boolean {
  const y = builtYear(w);
  return y >= 1970 && y <= 1979;
}

/** Validates a ward-facts document (schema and unique ids). */
export function validateWardFacts(doc: unknown, path: string): WardFacts {
  const issues = validateWithSchema(WardFactsSchema, doc).map((i) => ({
    ...i,
    path: `${path}${i.path ? `.${i.path}` : ''}`,
  }));
  if (issues.length === 0) {
    const seen = new Set<string>();
    (doc as WardFacts).wards.forEach((w, i) => {
      if (seen.has(w.id))
        issues.push({
          path: `${path}.wards[${i}].id`,
          message: `expected a ward id used once, got ${JSON.stringify(w.id)} again`,
        });
      seen.add(w.id);
    });
  }
  if (issues.length > 0) throw new InputError(issues, 'WSM_STUDY_INVALID');
  return doc as WardFacts;
}

/** Reads the ward facts named `ref` in the document at `fromUri`. */
export async function loadWardFacts(
  ref: string,
  resolver: ScenarioResolver,
  fromUri: string,
): Promise<{ facts: WardFacts; uri: string }> {
  const source = await resolver.read(ref, fromUri, 'cityStudy.facts');
  const doc = parseJsonText(source.text, displayUri(source.uri));
  return { facts: validateWardFacts(doc, displayUri(source.uri)), uri: source.uri };
}
