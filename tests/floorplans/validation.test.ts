import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/inputError.js';
import { loadFloorPlan, validateFloorPlan } from '../../floorplans/index.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (file: string): unknown => JSON.parse(readFileSync(join(FIXTURES, file), 'utf8'));

/**
 * One fixture per rule (tests/floorplans/fixtures/invalid/, written by writeValidationFixtures.ts
 * from small-valid.geojson by breaking one thing): the single issue names the feature.
 */
const CASES: { fixture: string; path: string; message: RegExp }[] = [
  { fixture: 'self-intersecting', path: 'features[3] (id "counter-a").geometry', message: /self-intersection/ },
  { fixture: 'unclosed-ring', path: 'features[5] (id "office-a").geometry.coordinates[0]', message: /unclosed ring/ },
  {
    fixture: 'too-few-points',
    path: 'features[6] (id "office-b").geometry.coordinates[0]',
    message: /too few points.*got 3/,
  },
  {
    fixture: 'overlap',
    path: 'features[5] (id "office-a").geometry',
    message: /25\.00 m² shared with "meeting-overlap"/,
  },
  { fixture: 'outside-building', path: 'features[15] (id "storage-outside").geometry', message: /9\.00 m² outside/ },
  {
    fixture: 'door-off-wall',
    path: 'features[15] (id "door-floating").geometry',
    message: /expected the door on the wall.*5\.00 m from the nearest wall/,
  },
  {
    fixture: 'public-unreachable',
    path: 'features[15] (id "consult-locked")',
    message: /"consult-locked".*reachable by visitors from the entrance/,
  },
  {
    fixture: 'department-without-office',
    path: 'features[4] (id "counter-b").properties.department',
    message: /office zone .* "kosodate"/,
  },
  {
    fixture: 'security-line-across-room',
    path: 'features[15] (id "security-in-lobby").geometry',
    message: /6\.00 m of it across the inside of "lobby"/,
  },
  { fixture: 'duplicate-id', path: 'features[15] (id "lobby").properties.id', message: /unique id.*features\[2\]/ },
  {
    fixture: 'bad-properties',
    path: 'features[3] (id "counter-a").properties.counterPositions',
    message: /expected ≥ 0, got -2/,
  },
  {
    fixture: 'wrong-geometry-type',
    path: 'features[7] (id "door-street").geometry',
    message: /LineString or Point geometry for kind "door", got "Polygon"/,
  },
];

describe('floor-plan validation', () => {
  it('accepts the small valid fixture (local metres, x ≈ −3,500,000 m)', () => {
    expect(validateFloorPlan(read('small-valid.geojson')).issues).toEqual([]);
  });

  it.each(CASES)('$fixture: one issue, naming the feature', ({ fixture, path, message }) => {
    const { issues } = validateFloorPlan(read(`invalid/${fixture}.geojson`));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe(path);
    expect(issues[0].message).toMatch(message);
  });

  it('collects every issue instead of stopping at the first', () => {
    const doc = read('invalid/overlap.geojson') as { features: { properties: Record<string, unknown> }[] };
    const extra = read('invalid/security-line-across-room.geojson') as { features: unknown[] };
    doc.features.push({
      ...(extra.features[15] as object),
      properties: { kind: 'security-line', id: 'security-in-lobby', level: 1 },
    } as never);
    const err = (() => {
      try {
        loadFloorPlan(doc);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(InputError);
    const paths = (err as InputError).issues.map((i) => i.path);
    expect(paths).toContain('features[5] (id "office-a").geometry');
    expect(paths).toContain('features[16] (id "security-in-lobby").geometry');
    expect((err as InputError).message).toMatch(/^a floor plan with bad geometry or properties:/);
    expect(new Set((err as InputError).issues.map((i) => i.code))).toEqual(new Set(['WSM_PLAN_INVALID']));
  });

  it('rejects a document that is not a FeatureCollection', () => {
    expect(validateFloorPlan({ type: 'Feature' }).issues).toEqual([
      { path: '', message: expect.stringMatching(/FeatureCollection/) as unknown as string },
    ]);
  });

  it('rejects metre coordinates in a plan without the local-metres declaration', () => {
    const doc = read('small-valid.geojson') as Record<string, unknown>;
    delete doc.wardsim;
    const { issues } = validateFloorPlan(doc);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0].message).toMatch(/WGS84 \[lon, lat\].*local-metres/);
  });

  it('names an unknown kind and lists the allowed ones', () => {
    const doc = read('small-valid.geojson') as { features: { properties: Record<string, unknown> }[] };
    doc.features[2].properties.kind = 'lobbby';
    const { issues } = validateFloorPlan(doc);
    expect(issues[0].path).toBe('features[2] (id "lobby").properties.kind');
    expect(issues[0].message).toMatch(/expected one of entrance, lobby, .*got "lobbby"/);
  });

  it('requires levels on stairs and lifts', () => {
    const doc = read('small-valid.geojson') as { features: { properties: Record<string, unknown> }[] };
    doc.features[2].properties = { kind: 'stair', id: 'lobby', level: 1 };
    expect(validateFloorPlan(doc).issues[0]).toEqual({
      path: 'features[2] (id "lobby").properties',
      message: 'expected property "levels", got nothing',
    });
  });
});
