import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WardsimApp } from '../../api/index.js';
import { freshApp, type Problem } from './apiHarness.js';

let app: WardsimApp;
beforeAll(async () => {
  app = await freshApp();
});
afterAll(async () => {
  await app.close();
});

describe('the API: scenarios and floor plans', () => {
  it('lists every library scenario and plan, preloaded into a new store', async () => {
    const r = await app.inject({ method: 'GET', url: '/api/scenarios' });
    expect(r.statusCode).toBe(200);
    const ids = (r.json() as { scenarios: { id: string; source: string; readOnly: boolean }[] }).scenarios
      .map((s) => s.id)
      .sort();
    // Every library scenario, the ten wards' included; not the city-study file nor the ward-facts table.
    // Study files (a cityStudy block, run by `wardsim study`) are not scenarios either.
    const isStudy = (path: string) => 'cityStudy' in (JSON.parse(readFileSync(path, 'utf8')) as object);
    const files = ['scenarios/library', 'scenarios/library/wards'].flatMap((d) =>
      readdirSync(d).filter((f) => f.endsWith('.json') && !isStudy(`${d}/${f}`)),
    );
    const expected = files
      .map((f) => f.replace(/\.json$/, ''))
      .filter((f) => f !== 'sapporo-city' && f !== 'sapporo-wards');
    expect(ids).toEqual(expected.sort());
    expect(ids).toContain('sapporo-higashi-dx-abw');
    const ward = await app.inject({ method: 'GET', url: '/api/scenarios/sapporo-higashi-dx-abw' });
    expect((ward.json() as { resolved: { workplace?: unknown } }).resolved.workplace).toBeDefined();
    const plans = (await app.inject({ method: 'GET', url: '/api/floorplans' })).json() as {
      floorplans: { id: string; grossAreaM2: number }[];
    };
    expect(plans.floorplans.map((p) => p.id).sort()).toEqual(['kita-current', 'kita-option-a', 'kita-option-b']);
    expect(plans.floorplans[0].grossAreaM2).toBeGreaterThan(5000);
  });

  it('gives a scenario as stored and as resolved, and its plan as GeoJSON and SVG', async () => {
    const s = (await app.inject({ method: 'GET', url: '/api/scenarios/sapporo-kita-peak-option-a' })).json() as {
      document: { extends: string };
      resolved: { visitors: { demand: { visitorsPerDay: number } } };
      floorplan: string;
    };
    expect(s.document.extends).toBe('sapporo-kita-peak.json');
    expect(s.resolved.visitors.demand.visitorsPerDay).toBe(1400);
    expect(s.floorplan).toBe('library:floorplans/kita-option-a');
    const g = await app.inject({ method: 'GET', url: '/api/floorplans/kita-option-a' });
    expect(g.headers['content-type']).toMatch(/application\/geo\+json/);
    expect((g.json() as { type: string }).type).toBe('FeatureCollection');
    const svg = await app.inject({ method: 'GET', url: '/api/floorplans/kita-option-a/svg?level=1' });
    expect(svg.headers['content-type']).toMatch(/image\/svg\+xml/);
    expect(svg.body).toMatch(/^<svg/);
  });

  it('stores a user scenario that extends a library one, replaces it with PUT, and keeps library scenarios read-only', async () => {
    const doc = {
      extends: 'library:sapporo-kita-peak',
      name: 'peak with call-back',
      visitors: { levers: { callback: { share: 0.4 } } },
    };
    const created = await app.inject({ method: 'POST', url: '/api/scenarios', payload: doc });
    expect(created.statusCode).toBe(201);
    const { id, source, readOnly } = created.json() as { id: string; source: string; readOnly: boolean };
    expect([source, readOnly]).toEqual(['user', false]);
    const put = await app.inject({ method: 'PUT', url: `/api/scenarios/${id}`, payload: { ...doc, name: 'renamed' } });
    expect(put.statusCode).toBe(200);
    expect((put.json() as { name: string }).name).toBe('renamed');
    const lib = await app.inject({ method: 'PUT', url: '/api/scenarios/sapporo-kita-peak', payload: doc });
    expect(lib.statusCode).toBe(409);
    expect((lib.json() as Problem).code).toBe('WSM_READ_ONLY');
    expect(lib.headers['content-type']).toMatch(/application\/problem\+json/);
    const taken = await app.inject({ method: 'POST', url: '/api/scenarios', payload: { ...doc, id } });
    expect((taken.json() as Problem).code).toBe('WSM_ID_TAKEN');
    const libTaken = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      payload: { ...doc, id: 'sapporo-kita-peak' },
    });
    expect((libTaken.json() as Problem).code).toBe('WSM_READ_ONLY');
    // A user scenario can extend another stored one.
    const child = await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      payload: { extends: `store:${id}`, name: 'child' },
    });
    expect(child.statusCode).toBe(201);
  });

  it('validates a document with the CLI’s schema and rules, naming each field', async () => {
    const ok = (
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/validate',
        payload: { extends: 'library:sapporo-kita-peak', name: 'x' },
      })
    ).json() as { valid: boolean };
    expect(ok.valid).toBe(true);
    const bad = (
      await app.inject({
        method: 'POST',
        url: '/api/scenarios/validate',
        payload: { extends: 'library:sapporo-kita-peak', name: 'x', visitors: { demand: { visitorsPerDay: -5 } } },
      })
    ).json() as {
      valid: boolean;
      errors: { code: string; path: string }[];
    };
    expect(bad.valid).toBe(false);
    expect(bad.errors).toContainEqual(
      expect.objectContaining({ code: 'WSM_SCENARIO_INVALID', path: 'visitors.demand.visitorsPerDay' }),
    );
    const rel = (
      await app.inject({ method: 'POST', url: '/api/scenarios/validate', payload: { extends: 'base.json', name: 'x' } })
    ).json() as { errors: { code: string }[] };
    expect(rel.errors[0].code).toBe('WSM_REFERENCE_INVALID');
  });

  it('stores an uploaded plan (GeoJSON, or DXF with a layer map), and refuses a broken one with the feature named', async () => {
    const geo = (await app.inject({ method: 'GET', url: '/api/floorplans/kita-current' })).body;
    const up = await app.inject({
      method: 'POST',
      url: '/api/floorplans',
      headers: { 'content-type': 'application/geo+json' },
      payload: geo,
    });
    expect(up.statusCode).toBe(201);
    const { readFileSync } = await import('node:fs');
    const dxf = await app.inject({
      method: 'POST',
      url: '/api/floorplans',
      payload: {
        dxf: readFileSync('tests/floorplans/fixtures/ward-1f.dxf', 'utf8'),
        layers: JSON.parse(readFileSync('tests/floorplans/fixtures/ward-1f.layers.json', 'utf8')) as Record<
          string,
          unknown
        >,
        name: 'imported',
      },
    });
    expect(dxf.statusCode).toBe(201);
    expect((dxf.json() as { zones: number }).zones).toBeGreaterThan(3);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/floorplans',
      payload: JSON.parse(readFileSync('tests/floorplans/fixtures/invalid/overlap.geojson', 'utf8')) as Record<
        string,
        unknown
      >,
    });
    expect(broken.statusCode).toBe(400);
    expect((broken.json() as Problem).errors[0]).toMatchObject({
      code: 'WSM_PLAN_INVALID',
      path: expect.stringContaining('office-a'),
    });
  });

  it('answers unknown ids and routes with 404 problem details', async () => {
    for (const url of [
      '/api/scenarios/nope',
      '/api/floorplans/nope',
      '/api/floorplans/nope/svg',
      '/api/nothing-here',
    ]) {
      const r = await app.inject({ method: 'GET', url });
      expect(r.statusCode, url).toBe(404);
      expect((r.json() as Problem).code, url).toBe('WSM_NOT_FOUND');
    }
  });

  it('describes every route in OpenAPI 3 at /docs/json and serves the browsable docs at /docs', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/docs/json' })).json() as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(spec.openapi).toMatch(/^3\./);
    for (const path of [
      '/health',
      '/api/scenarios',
      '/api/scenarios/{id}',
      '/api/scenarios/validate',
      '/api/floorplans',
      '/api/floorplans/{id}',
      '/api/floorplans/{id}/svg',
      '/api/runs',
      '/api/runs/{id}',
      '/api/runs/{id}/events',
      '/api/runs/{id}/result',
      '/api/runs/{id}/report',
    ]) {
      expect(spec.paths, path).toHaveProperty([path]);
    }
    const ui = await app.inject({ method: 'GET', url: '/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });
});
