import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WardsimApp } from '../../api/index.js';
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { resultProblems } from '../resultValidator.js';
import { freshApp, type Problem } from './apiHarness.js';

let app: WardsimApp;
beforeAll(async () => {
  app = await freshApp();
});
afterAll(async () => {
  await app.close();
});

const quick = { kind: 'run', scenarioId: 'sapporo-kita-peak', replications: 3, parts: ['visitors'] };

/** The events of a run as the SSE stream gives them (the stream ends after the last event). */
async function events(id: string, lastEventId?: number): Promise<{ id: number; event: string; data: unknown }[]> {
  const r = await app.inject({
    method: 'GET',
    url: `/api/runs/${id}/events`,
    headers: lastEventId === undefined ? {} : { 'last-event-id': String(lastEventId) },
  });
  expect(r.headers['content-type']).toMatch(/text\/event-stream/);
  return r.body
    .split('\n\n')
    .filter((b) => b.includes('event: '))
    .map((b) => {
      const f = Object.fromEntries(b.split('\n').map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]));
      return { id: Number(f.id), event: f.event, data: JSON.parse(f.data) as unknown };
    });
}

describe('the API: runs', () => {
  it('runs a scenario: 202, progress events, done, the result document, and the same key returns the stored result', async () => {
    const submit = await app.inject({ method: 'POST', url: '/api/runs', payload: quick });
    expect(submit.statusCode).toBe(202);
    const { id } = submit.json() as { id: string };
    const ev = await events(id);
    expect(ev[0].event).toBe('queued');
    expect(ev.map((e) => e.event)).toContain('started');
    expect(ev.at(-1)?.event).toBe('done');
    const status = (await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as {
      status: string;
      progress: number;
      wallMs: number;
      inputHash: string;
    };
    expect(status).toMatchObject({ status: 'done', progress: 1 });
    const result = (await app.inject({ method: 'GET', url: `/api/runs/${id}/result` })).json() as ScenarioRunResult;
    expect(resultProblems(result)).toEqual([]);
    expect(result.inputHash).toBe(status.inputHash);
    // Resume after the second event: only what came later.
    expect((await events(id, ev[1].id)).map((e) => e.id)).toEqual(ev.slice(2).map((e) => e.id));
    // Reconnecting after the last event of an ended run: 204, so EventSource stops retrying.
    const after = await app.inject({
      method: 'GET',
      url: `/api/runs/${id}/events`,
      headers: { 'last-event-id': String(ev.at(-1)?.id) },
    });
    expect(after.statusCode).toBe(204);
    // As browsers ask: gzip, the same document; the ETag answers a revalidation with 304.
    const plain = await app.inject({ method: 'GET', url: `/api/runs/${id}/result` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await app.inject({
      method: 'GET',
      url: `/api/runs/${id}/result`,
      headers: { 'accept-encoding': 'br;q=1, gzip;q=0.8' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('accept-encoding');
    expect(zipped.rawPayload.byteLength).toBeLessThan(plain.rawPayload.byteLength / 3);
    expect(gunzipSync(zipped.rawPayload).equals(plain.rawPayload)).toBe(true);
    const etag = String(plain.headers.etag);
    expect(etag).not.toBe(String(zipped.headers.etag));
    const revalidate = await app.inject({
      method: 'GET',
      url: `/api/runs/${id}/result`,
      headers: { 'if-none-match': etag },
    });
    expect(revalidate.statusCode).toBe(304);
    expect(revalidate.rawPayload.byteLength).toBe(0);
    const again = await app.inject({ method: 'POST', url: '/api/runs', payload: quick });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ id, status: 'done', cached: true });
    const fresh = await app.inject({ method: 'POST', url: '/api/runs', payload: { ...quick, fresh: true } });
    expect(fresh.statusCode).toBe(202);
    expect((fresh.json() as { id: string }).id).not.toBe(id);
    await app.ctx.queue.whenIdle();
  });

  it('runs a compare of the base with its variants and serves its report as HTML and a table as CSV', async () => {
    const submit = await app.inject({
      method: 'POST',
      url: '/api/runs',
      payload: { kind: 'compare', scenarioId: 'sapporo-kita-peak-current-plan', replications: 3, parts: ['visitors'] },
    });
    const { id } = submit.json() as { id: string };
    await events(id);
    const result = (await app.inject({ method: 'GET', url: `/api/runs/${id}/result` })).json() as {
      kind: string;
      variants: unknown[];
    };
    expect(result.kind).toBe('comparison');
    expect(result.variants).toHaveLength(2);
    const html = await app.inject({ method: 'GET', url: `/api/runs/${id}/report?lang=ja` });
    expect(html.headers['content-type']).toMatch(/text\/html/);
    expect(html.body).toContain('検討報告書');
    const tables = (await app.inject({ method: 'GET', url: `/api/runs/${id}/report/tables` })).json() as {
      tables: { id: string }[];
    };
    expect(tables.tables.map((t) => t.id)).toContain('decisions-kpis');
    const csv = await app.inject({
      method: 'GET',
      url: `/api/runs/${id}/report?format=csv&table=decisions-kpis&lang=en`,
    });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
  });

  it('runs staff, size and sweep requests to their result kinds', async () => {
    const ids = await Promise.all(
      [
        { kind: 'staff', scenarioId: 'sapporo-kita-normal', replications: 3, intervalMin: 60 },
        { kind: 'size', scenarioId: 'sapporo-kita-office', replications: 2 },
        {
          kind: 'sweep',
          scenarioId: 'sapporo-kita-peak',
          replications: 2,
          parts: ['visitors'],
          set: { 'visitors.levers.callback.share': [0, 0.4] },
        },
      ].map(
        async (payload) =>
          ((await app.inject({ method: 'POST', url: '/api/runs', payload })).json() as { id: string }).id,
      ),
    );
    await app.ctx.queue.whenIdle();
    const results = await Promise.all(
      ids.map(
        async (id) =>
          (await app.inject({ method: 'GET', url: `/api/runs/${id}/result` })).json() as {
            kind: string;
            inputHash: string;
          },
      ),
    );
    expect(results.map((r) => r.kind)).toEqual(['staffing-plan', 'workplace-sizing', 'sweep']);
    // The key computed before running is the result's own inputHash (what the cache looks up).
    for (const [i, id] of ids.entries())
      expect(
        ((await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as { inputHash: string }).inputHash,
      ).toBe(results[i].inputHash);
  });

  it('cancels a running run, and refuses to cancel it again or to give a result it does not have', async () => {
    const { id } = (
      await app.inject({
        method: 'POST',
        url: '/api/runs',
        payload: { kind: 'run', scenarioId: 'sapporo-kita-office', replications: 400 },
      })
    ).json() as { id: string };
    const early = await app.inject({ method: 'GET', url: `/api/runs/${id}/result` });
    expect(early.statusCode).toBe(409);
    expect((early.json() as Problem).code).toBe('WSM_RUN_STATE');
    const del = await app.inject({ method: 'DELETE', url: `/api/runs/${id}` });
    expect(del.statusCode).toBe(200);
    await app.ctx.queue.whenIdle();
    expect(((await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as { status: string }).status).toBe(
      'cancelled',
    );
    const again = await app.inject({ method: 'DELETE', url: `/api/runs/${id}` });
    expect(again.statusCode).toBe(409);
  });

  it('refuses malformed JSON, schema violations, unknown scenarios, bad sweep paths and too many replications with the documented status and code', async () => {
    const cases: [Record<string, unknown> | string, number, string][] = [
      ['{"kind": "run",', 400, 'WSM_JSON_INVALID'],
      [{ kind: 'bogus', scenarioId: 'sapporo-kita-peak' }, 400, 'WSM_FLAG_INVALID'],
      [{ kind: 'run' }, 400, 'WSM_SCENARIO_INVALID'],
      [{ kind: 'run', scenarioId: 'nope' }, 404, 'WSM_NOT_FOUND'],
      [
        { kind: 'run', scenario: { name: 'x', visitors: { demand: { visitorsPerDay: -1 } } } },
        400,
        'WSM_SCENARIO_INVALID',
      ],
      [{ kind: 'run', scenarioId: 'sapporo-kita-peak', replications: 50_000 }, 413, 'WSM_LIMIT_EXCEEDED'],
      [
        { kind: 'sweep', scenarioId: 'sapporo-kita-peak', set: { 'visitors.nope': [1] } },
        400,
        'WSM_SWEEP_PATH_UNKNOWN',
      ],
      [{ kind: 'compare', scenarioId: 'sapporo-kita-peak' }, 400, 'WSM_COMPARE_INVALID'],
    ];
    for (const [payload, status, code] of cases) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/runs',
        headers: { 'content-type': 'application/json' },
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
      });
      expect(r.statusCode, JSON.stringify(payload)).toBe(status);
      expect((r.json() as Problem).code, JSON.stringify(payload)).toBe(code);
    }
  });
});

describe('the API: access and limits', () => {
  it('needs the bearer token for writes when one is set, and not for reads', async () => {
    const locked = await freshApp({ token: 's3cret' });
    try {
      const denied = await locked.inject({ method: 'POST', url: '/api/runs', payload: quick });
      expect(denied.statusCode).toBe(401);
      expect((denied.json() as Problem).code).toBe('WSM_UNAUTHORIZED');
      const wrong = await locked.inject({
        method: 'POST',
        url: '/api/scenarios',
        headers: { authorization: 'Bearer nope' },
        payload: { name: 'x' },
      });
      expect(wrong.statusCode).toBe(401);
      expect((await locked.inject({ method: 'GET', url: '/api/scenarios' })).statusCode).toBe(200);
      const ok = await locked.inject({
        method: 'POST',
        url: '/api/runs',
        headers: { authorization: 'Bearer s3cret' },
        payload: quick,
      });
      expect(ok.statusCode).toBe(202);
      await locked.ctx.queue.whenIdle();
    } finally {
      await locked.close();
    }
  });

  it('refuses a body over the limit (413) and too many requests a minute (429), but never /health', async () => {
    const small = await freshApp({ limits: { bodyBytes: 1000, ratePerMinute: 5 } });
    try {
      const big = await small.inject({
        method: 'POST',
        url: '/api/scenarios/validate',
        payload: { name: 'x'.repeat(2000) },
      });
      expect(big.statusCode).toBe(413);
      expect((big.json() as Problem).code).toBe('WSM_FILE_TOO_LARGE');
      const codes: number[] = [];
      for (let i = 0; i < 8; i++) codes.push((await small.inject({ method: 'GET', url: '/api/scenarios' })).statusCode);
      expect(codes).toContain(429);
      const limited = await small.inject({ method: 'GET', url: '/api/floorplans' });
      expect((limited.json() as Problem).code).toBe('WSM_RATE_LIMITED');
      for (let i = 0; i < 8; i++) expect((await small.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    } finally {
      await small.close();
    }
  });
});
