/**
 * Every code of the catalogue is reachable: for each, an input that the CLI or the API answers
 * with that code (and the status the catalogue gives it, for the API).
 */
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WardsimApp } from '../../api/index.js';
import { ERROR_CODES, ERROR_CODE_LIST, type ErrorCode } from '../../engine/errors.js';
import { freshApp } from '../api/apiHarness.js';
import { wardsimJson } from '../cliHarness.js';

const TMP = mkdtempSync(join(tmpdir(), 'wardsim-codes-'));
let app: WardsimApp;
let locked: WardsimApp;
beforeAll(async () => {
  app = await freshApp({ limits: { bodyBytes: 100_000, ratePerMinute: 1000 } });
  locked = await freshApp({ token: 't', limits: { ratePerMinute: 2 } });
});
afterAll(async () => {
  await app.close();
  await locked.close();
});

const cli = async (...args: string[]) =>
  (await wardsimJson<{ errors: { code: string }[] }>(args)).json.errors.map((e) => e.code);
const api = async (
  a: WardsimApp,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
  status?: number,
) => {
  const r = await a.inject({
    method,
    url,
    ...(payload === undefined
      ? {}
      : typeof payload === 'string'
        ? { payload, headers: { 'content-type': 'application/json' } }
        : { payload: payload as Record<string, unknown> }),
  });
  const body = r.json() as { code: string; status: number; errors: { code: string }[] };
  if (status !== undefined) expect(r.statusCode).toBe(status);
  return [body.code, ...body.errors.map((e) => e.code)];
};

const TRIGGERS: Record<ErrorCode, () => Promise<string[]>> = {
  WSM_USAGE: () => cli('run', 'a.json', '--nope'),
  WSM_FLAG_INVALID: () => cli('run', 'sapporo-kita-peak', '--replications', '0'),
  WSM_FILE_UNREADABLE: () => cli('run', join(TMP, 'missing.json')),
  WSM_FILE_TOO_LARGE: () => api(app, 'POST', '/api/scenarios/validate', { name: 'x'.repeat(200_000) }),
  WSM_JSON_INVALID: () => {
    writeFileSync(join(TMP, 'broken.json'), '{"name": ');
    return cli('run', join(TMP, 'broken.json'));
  },
  WSM_REFERENCE_INVALID: () =>
    api(app, 'POST', '/api/runs', { kind: 'run', scenario: { extends: 'base.json', name: 'x' } }),
  WSM_NUMBER_NOT_FINITE: () => api(app, 'POST', '/api/scenarios/validate', '{"name": "x", "replications": 1e999}'),
  WSM_KEY_RESERVED: () =>
    api(
      app,
      'POST',
      '/api/scenarios',
      '{"extends": "library:sapporo-kita-peak", "name": "x", "__proto__": {"replications": 3}}',
    ),
  WSM_REFERENCE_OUTSIDE: () =>
    api(app, 'POST', '/api/runs', { kind: 'run', scenario: { extends: 'file:///etc/passwd', name: 'x' } }),
  WSM_MODEL_INVALID: () => cli('simulate', 'tests/fixtures/models/malformed.json'),
  WSM_SCENARIO_INVALID: () => cli('run', 'tests/visitors/fixtures/bad-all.json'),
  WSM_PART_MISSING: () => cli('size', 'tests/visitors/fixtures/valid.json'),
  WSM_PLAN_INVALID: () => api(app, 'POST', '/api/floorplans', { type: 'FeatureCollection', features: [] }),
  WSM_PLAN_UNREACHABLE: async () => {
    const r = await wardsimJson<{ issues: { code: string }[] }>([
      'floorplan',
      'check',
      'tests/floorplans/fixtures/invalid/public-unreachable.geojson',
    ]);
    return r.json.issues.map((i) => i.code);
  },
  WSM_DXF_INVALID: () => api(app, 'POST', '/api/floorplans', { dxf: 'not a drawing', layers: { layers: {} } }),
  WSM_DEMAND_INVALID: () => {
    writeFileSync(join(TMP, 'demand.json'), JSON.stringify({ waitingSeats: 1 }));
    return cli(
      'floorplan',
      'check',
      'tests/floorplans/fixtures/small-valid.geojson',
      '--demand',
      join(TMP, 'demand.json'),
    );
  },
  WSM_COMPARE_INVALID: () => cli('compare', 'sapporo-kita-peak'),
  WSM_SWEEP_PATH_UNKNOWN: () => cli('sweep', 'sapporo-kita-peak', '--set', 'visitors.nope=1'),
  WSM_SWEEP_VALUE_INVALID: () => cli('sweep', 'sapporo-kita-peak', '--set', 'visitors.levers.callback.share=2'),
  WSM_SWEEP_TOO_MANY_CELLS: () =>
    cli(
      'sweep',
      'sapporo-kita-peak',
      '--set',
      `visitors.levers.callback.share=${Array.from({ length: 21 }, (_, i) => i / 20).join(',')}`,
      '--set',
      `visitors.levers.reservations.share=${Array.from({ length: 11 }, (_, i) => i / 10).join(',')}`,
    ),
  WSM_RESULT_INVALID: () => cli('report', '--from', 'package.json'),
  WSM_LIMIT_EXCEEDED: () =>
    api(app, 'POST', '/api/runs', { kind: 'run', scenarioId: 'sapporo-kita-peak', replications: 1_000_000 }),
  WSM_WORK_BUDGET: () => cli('run', 'sapporo-kita-office', '--replications', '100000', '--workers', '0'),
  WSM_STUDY_INVALID: () => {
    const option = {
      id: 'a',
      name: 'a',
      nameJa: 'あ',
      scenario: 'library:wards/sapporo-kita-status-quo.json',
      deskRule: 'onePerPerson',
    };
    writeFileSync(
      join(TMP, 'study.json'),
      JSON.stringify({
        name: 'x',
        cityStudy: { facts: 'library:wards/sapporo-wards.json', wards: [{ id: 'atlantis', options: [option] }] },
      }),
    );
    return cli('study', join(TMP, 'study.json'), '--no-report');
  },
  WSM_NOT_FOUND: () => api(app, 'GET', '/api/runs/nope'),
  WSM_READ_ONLY: () => api(app, 'PUT', '/api/scenarios/sapporo-kita-peak', { name: 'x' }),
  WSM_RUN_STATE: async () => {
    const { id } = (
      await app.inject({
        method: 'POST',
        url: '/api/runs',
        payload: { kind: 'run', scenarioId: 'sapporo-kita-office', replications: 300 },
      })
    ).json() as { id: string };
    const codes = await api(app, 'GET', `/api/runs/${id}/result`);
    await app.inject({ method: 'DELETE', url: `/api/runs/${id}` });
    await app.ctx.queue.whenIdle();
    return codes;
  },
  WSM_UNAUTHORIZED: () => api(locked, 'POST', '/api/scenarios', { name: 'x' }),
  WSM_RATE_LIMITED: async () => {
    for (let i = 0; i < 3; i++) await locked.inject({ method: 'GET', url: '/api/floorplans' });
    return api(locked, 'GET', '/api/floorplans');
  },
  WSM_ID_TAKEN: async () => {
    await app.inject({
      method: 'POST',
      url: '/api/scenarios',
      payload: { extends: 'library:sapporo-kita-peak', name: 'a', id: 'taken-id' },
    });
    return api(app, 'POST', '/api/scenarios', { extends: 'library:sapporo-kita-peak', name: 'b', id: 'taken-id' });
  },
  // Nothing listens on port 1 of the loopback: refused at once (tests/distributed has the rest).
  WSM_REDIS_UNREACHABLE: () =>
    cli('simulate', 'examples/mm8.json', '--replications', '2', '--redis', 'redis://127.0.0.1:1'),
};

describe('every error code is reachable', () => {
  it.each(ERROR_CODE_LIST)('%s', async (code) => {
    expect(Object.hasOwn(TRIGGERS, code), `no trigger for ${code}`).toBe(true);
    expect(await TRIGGERS[code]()).toContain(code);
    expect(ERROR_CODES[code].status).toBeGreaterThanOrEqual(400);
  });
});
