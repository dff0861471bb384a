/**
 * The ten wards' facts equal seed 001's table as docs/sources.md#wards prints it (parsed from the
 * page, not copied into this test), their readings follow the documented rules, and population
 * and households equal docs/sources.md#ward-population.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtIn1970s,
  partsAddUp,
  partsSumM2,
  readPrintedAreaM2,
  readPrintedDate,
  validateWardFacts,
  type WardFact,
} from '../../scenarios/study/city/wardFacts.js';

const SOURCES = readFileSync('docs/sources.md', 'utf8');
const facts = validateWardFacts(
  JSON.parse(readFileSync('scenarios/library/wards/sapporo-wards.json', 'utf8')),
  'sapporo-wards.json',
);

/** The rows of the first Markdown table after the anchor `id`, as cells. */
function tableAfter(id: string): string[][] {
  const from = SOURCES.indexOf(`<a id="${id}"></a>`);
  expect(from, `anchor ${id}`).toBeGreaterThanOrEqual(0);
  const lines = SOURCES.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const l of lines.slice(start)) {
    if (!l.startsWith('|')) break;
    rows.push(
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  return rows.slice(2); // header and the |---| line
}

const num = (s: string) => Number(s.replace(/,/g, ''));
const byName = (nameJa: string): WardFact => facts.wards.find((w) => w.nameJa === nameJa) as WardFact;

describe("the ten wards' facts (seed 001)", () => {
  const table = tableAfter('wards');

  it('are the ten rows of docs/sources.md#wards, in the seed’s order, printed exactly as the seed prints them', () => {
    expect(table).toHaveLength(10);
    expect(facts.wards.map((w) => w.nameJa)).toEqual(table.map((r) => r[0]));
    for (const [ward, built, total, office, health, centre, other] of table) {
      const w = byName(ward);
      expect(w.printed, ward).toEqual({
        built,
        totalM2: total,
        wardOfficeM2: office,
        healthCentreM2: health,
        wardCentreM2: centre,
        otherM2: other,
      });
    }
  });

  it(
    'read every printed value by the documented rules: commas dropped wherever they stand, "—" is none, spaces in ' +
      'dates are extraction artefacts',
    () => {
      for (const w of facts.wards) {
        const d = readPrintedDate(w.printed.built);
        expect(w.read.built, w.id).toBe(d.date);
        expect(w.read.builtPlanned, w.id).toBe(d.planned);
        for (const key of ['totalM2', 'wardOfficeM2', 'healthCentreM2', 'wardCentreM2', 'otherM2'] as const)
          expect(w.read[key], `${w.id} ${key}`).toBe(readPrintedAreaM2(w.printed[key]));
      }
      expect(byName('中央区').read.totalM2).toBe(19_981);
      expect(byName('中央区').read).toMatchObject({ built: '2025-01', builtPlanned: true });
      expect(byName('西区').read.built).toBe('1972-03-01');
    },
  );

  it(
    'agree with the table: 中央区 adds up only when "1,9981" is read 19,981; 東区 and 白石区 do not add up, the rest to ' +
      'within 1 m²',
    () => {
      expect(partsSumM2(byName('中央区'))).toBe(19_981);
      expect(facts.wards.filter((w) => !partsAddUp(w)).map((w) => w.nameJa)).toEqual(['東区', '白石区']);
      expect(partsSumM2(byName('東区'))).toBe(13_259);
      expect(partsSumM2(byName('白石区'))).toBe(10_800);
      for (const [ward, , total] of table)
        expect(byName(ward).read.totalM2).toBe(ward === '中央区' ? 19_981 : num(total));
    },
  );

  it('name the five 1970s wards of seed 001 (北, 東, 豊平, 南, 西), whose printed totals make its "約5万㎡" (49,457 m²)', () => {
    const seventies = facts.wards.filter(builtIn1970s);
    expect(seventies.map((w) => w.nameJa).sort()).toEqual(['北区', '南区', '東区', '西区', '豊平区'].sort());
    expect(seventies.reduce((a, w) => a + w.read.totalM2, 0)).toBe(49_457);
  });

  it(
    'hold population and households as docs/sources.md#ward-population prints them, and those add up to the ' + 'city',
    () => {
      const rows = tableAfter('ward-population');
      const city = rows.find((r) => r[0] === '札幌市') as string[];
      const wards = rows.filter((r) => r[0] !== '札幌市');
      expect(wards).toHaveLength(10);
      for (const [ward, population, households] of wards)
        expect({ p: byName(ward).population, h: byName(ward).households }, ward).toEqual({
          p: num(population),
          h: num(households),
        });
      expect(facts.wards.reduce((a, w) => a + w.population, 0)).toBe(num(city[1]));
      expect(facts.wards.reduce((a, w) => a + w.households, 0)).toBe(num(city[2]));
    },
  );

  it('refuse a facts file that breaks its schema or repeats a ward', () => {
    const bad = structuredClone(facts) as { wards: Record<string, unknown>[] };
    bad.wards[1].id = bad.wards[0].id;
    expect(() => validateWardFacts(bad, 'x.json')).toThrow(/expected a ward id used once/);
    expect(() => validateWardFacts({ wards: [{ id: 'a' }] }, 'x.json')).toThrow(
      /WSM_STUDY_INVALID|ward facts|city-study/,
    );
  });
});
