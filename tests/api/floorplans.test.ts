/**
 * POST /api/floorplans/validate: the floor-plan check of an upload (GeoJSON, or DXF with its layer
 * map) without storing it — the same document as `wardsim floorplan check --json`, and a refused
 * plan answered with 200 and its issues, never a 400.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WardsimApp } from '../../api/index.js';
import { wardsimJson } from '../cliHarness.js';
import { resultProblems } from '../resultValidator.js';
import { freshApp, type Problem } from './apiHarness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'floorplans', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const dxf = fixture('ward-1f.dxf');
const layers = JSON.parse(fixture('ward-1f.layers.json')) as Record<string, unknown>;

interface Check {
  kind: string;
  ok: boolean;
  issues: { code: string; path: string; message: string }[];
  name: string | null;
  zones: unknown[];
}

let app: WardsimApp;
beforeAll(async () => {
  app = await freshApp();
});
afterAll(async () => {
  await app.close();
});

const validate = (payload: string | Record<string, unknown>, contentType = 'application/json') =>
  app.inject({ method: 'POST', url: '/api/floorplans/validate', headers: { 'content-type': contentType }, payload });
const storedCount = async () =>
  ((await app.inject({ method: 'GET', url: '/api/floorplans' })).json() as { floorplans: unknown[] }).floorplans.length;

describe('the API: checking a floor plan without storing it', () => {
  it('answers a good GeoJSON plan with the same document as `wardsim floorplan check --json`', async () => {
    const file = join(ROOT, 'floorplans', 'library', 'kita-current.geojson');
    const r = await validate(readFileSync(file, 'utf8'), 'application/geo+json');
    expect(r.statusCode).toBe(200);
    const check = r.json() as Check;
    expect(resultProblems(check)).toEqual([]);
    expect(check).toMatchObject({ kind: 'floorplan-check', ok: true, issues: [] });
    const cli = await wardsimJson(['floorplan', 'check', file]);
    expect(cli.code).toBe(0);
    expect(check).toEqual(cli.json);
  });

  it('answers a broken plan with 200, ok false and each issue naming the feature, and stores nothing', async () => {
    const before = await storedCount();
    const r = await validate(fixture('invalid/overlap.geojson'));
    expect(r.statusCode).toBe(200);
    const check = r.json() as Check;
    expect(resultProblems(check)).toEqual([]);
    expect(check.ok).toBe(false);
    expect(check.issues[0]).toMatchObject({ code: 'WSM_PLAN_INVALID', path: expect.stringContaining('office-a') });
    const cli = await wardsimJson(['floorplan', 'check', join(FIXTURES, 'invalid', 'overlap.geojson')]);
    expect(cli.code).toBe(2);
    expect(check).toEqual(cli.json);
    // POST /api/floorplans refuses the same plan with the same issues.
    const payload = JSON.parse(fixture('invalid/overlap.geojson')) as Record<string, unknown>;
    const upload = await app.inject({ method: 'POST', url: '/api/floorplans', payload });
    expect(upload.statusCode).toBe(400);
    expect((upload.json() as Problem).errors).toEqual(check.issues);
    expect(await storedCount()).toBe(before);
  });

  it('answers a JSON object that is not a FeatureCollection with ok false at the root', async () => {
    const check = (await validate({ type: 'Feature' })).json() as Check;
    expect(check.ok).toBe(false);
    expect(check.issues).toEqual([expect.objectContaining({ code: 'WSM_PLAN_INVALID', path: '' })]);
  });

  it('checks a DXF drawing with its layer map as the upload would import it, name and all', async () => {
    const before = await storedCount();
    const r = await validate({ dxf, layers, name: 'imported 1F' });
    expect(r.statusCode).toBe(200);
    const check = r.json() as Check;
    expect(resultProblems(check)).toEqual([]);
    expect(check).toMatchObject({ ok: true, issues: [], name: 'imported 1F' });
    expect(check.zones.length).toBeGreaterThan(3);
    expect(await storedCount()).toBe(before);
  });

  it('answers a DXF that cannot be imported (no layer map, not a drawing) with ok false and the reason', async () => {
    for (const body of [{ dxf }, { dxf: 'not a drawing', layers }]) {
      const r = await validate(body);
      expect(r.statusCode).toBe(200);
      const check = r.json() as Check;
      expect(resultProblems(check)).toEqual([]);
      expect(check).toMatchObject({ ok: false, zones: [] });
      expect(check.issues.length).toBeGreaterThan(0);
      expect(check.issues.every((i) => i.code === 'WSM_DXF_INVALID')).toBe(true);
      expect(check.issues[0].path).toBe(body.layers === undefined ? 'layers' : 'dxf');
      // The upload refuses it with the same issues.
      const upload = await app.inject({ method: 'POST', url: '/api/floorplans', payload: body });
      expect(upload.statusCode).toBe(400);
      expect((upload.json() as Problem).errors).toEqual(check.issues);
    }
  });

  it('refuses a body that is not JSON, as every route does (400 WSM_JSON_INVALID)', async () => {
    const r = await validate('{"type": "FeatureCollection",');
    expect(r.statusCode).toBe(400);
    expect((r.json() as Problem).code).toBe('WSM_JSON_INVALID');
  });

  it('is described in the OpenAPI document with the floorplan-check answer', async () => {
    type Content = Record<string, { schema: { properties: Record<string, unknown> } }>;
    type Spec = { paths: Record<string, { post?: { responses: Record<string, { content: Content }> } }> };
    const spec = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as Spec;
    const post = spec.paths['/api/floorplans/validate']?.post;
    expect(post).toBeDefined();
    const schema = post?.responses['200'].content['application/json'].schema;
    expect(Object.keys(schema?.properties ?? {})).toEqual(expect.arrayContaining(['kind', 'ok', 'issues', 'zones']));
  });
});
