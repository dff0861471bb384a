/**
 * Runs: submit (202, or the stored result of an equal finished run), status, list, server-sent
 * events, cancel, the result, the report. A request is resolved and checked before it is queued,
 * so bad input is a 400 at once, not a failed run later.
 */
import { randomBytes } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ENGINE_VERSION } from '../../engine/version.js';
import type {
  ComparisonResult,
  ReportBundle,
  ScenarioRunResult,
  StaffingPlanResult,
} from '../../engine/results/index.js';
import { isPlainObject } from '../../scenarios/load/deepMerge.js';
import {
  resolveScenario,
  resolveScenarioValue,
  resolveVariant,
  studyKey,
  sweepBlockParameters,
  sweepGrid,
  type ResolvedScenario,
  type StudyRequest,
  type StudyRequestOptions,
} from '../../scenarios/study/index.js';
import { renderPdf } from '../../viz/report/renderPdf.js';
import { renderReport } from '../../viz/report/renderReport.js';
import { tableCsv } from '../../viz/report/reportTable.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { ENDED, type RunRecord } from '../store/runStore.js';
import { IdParams, RunRequestSchema, RunStatusSchema } from './routeSchemas.js';
import { resolveStored } from './scenarios.js';
import { streamRunEvents } from './runEvents.js';
import { acceptsGzip } from './acceptEncoding.js';

type RunRequest = Static<typeof RunRequestSchema>;

/** What a run record keeps of its request: enough to resolve the same scenarios again after a restart. */
interface StoredRequest {
  body: RunRequest;
}

export function statusOf(r: RunRecord) {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    progress: r.progress,
    phase: r.phase,
    scenarioIds: r.scenarioIds,
    inputHash: r.inputHash,
    seed: r.seed,
    replications: r.replications,
    engineVersion: r.engineVersion,
    createdAt: r.createdAt,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    wallMs: r.wallMs,
    restarts: r.restarts,
    ...(r.error ? { error: r.error } : {}),
  };
}

/** The scenarios of a request: the base (stored or inline), then compareWith or the base's variants. */
async function scenariosOf(ctx: ApiContext, body: RunRequest): Promise<ResolvedScenario[]> {
  if ((body.scenarioId === undefined) === (body.scenario === undefined)) {
    throw apiError('WSM_SCENARIO_INVALID', 'scenarioId', 'expected exactly one of scenarioId and scenario');
  }
  const base =
    body.scenarioId !== undefined
      ? await resolveStored(ctx, body.scenarioId)
      : await resolveScenarioValue(body.scenario, 'store:inline', ctx.resolver);
  if (body.kind !== 'compare') return [base];
  if (body.compareWith !== undefined)
    return [base, ...(await Promise.all(body.compareWith.map((id) => resolveStored(ctx, id))))];
  const variants = await Promise.all(
    (base.scenario.variants ?? []).map((v, i) =>
      typeof v === 'string'
        ? resolveScenario(v, ctx.resolver, base.uri)
        : resolveVariant(base, isPlainObject(v) ? v : {}, ctx.resolver, `variants[${i}]`),
    ),
  );
  return [base, ...variants];
}

function optionsOf(body: RunRequest, scenarios: ResolvedScenario[]): StudyRequestOptions {
  const set =
    body.set === undefined
      ? body.kind === 'sweep'
        ? sweepBlockParameters(scenarios[0].scenario)
        : undefined
      : Object.entries(body.set).map(([path, values]) => ({ path, values }));
  return {
    seed: body.seed,
    replications: body.replications,
    precision: body.precision,
    minReplications: body.minReplications,
    parts: body.parts,
    full: body.full,
    set,
    target: body.target,
    withinMin: body.withinMin,
    intervalMin: body.intervalMin,
    maxOccupancy: body.maxOccupancy,
    alpha: body.alpha,
    beta: body.beta,
    teleworkSweep: body.teleworkSweep,
  };
}

/** Resolves and checks a request (limits, the sweep grid); the study it stands for. */
export async function studyRequestOf(ctx: ApiContext, body: RunRequest): Promise<StudyRequest> {
  const { limits } = ctx;
  if ((body.replications ?? 0) > limits.replications) {
    throw apiError(
      'WSM_LIMIT_EXCEEDED',
      'replications',
      `expected at most ${limits.replications} replications (the API limit), got ${body.replications}`,
    );
  }
  const scenarios = await scenariosOf(ctx, body);
  for (const s of scenarios) {
    const days = (s.scenario.workplace as { days?: number } | undefined)?.days;
    if (days !== undefined && days > limits.workplaceDays) {
      throw apiError(
        'WSM_LIMIT_EXCEEDED',
        'workplace.days',
        `expected at most ${limits.workplaceDays} days per replication (the API limit), got ${days}`,
      );
    }
  }
  if (body.kind === 'compare' && scenarios.length < 2)
    throw apiError('WSM_COMPARE_INVALID', 'compareWith', 'expected compareWith, or a scenario with variants');
  const options = optionsOf(body, scenarios);
  if (body.kind === 'sweep') sweepGrid(scenarios[0], options.set ?? []);
  return { kind: body.kind, scenarios, options };
}

function finished(ctx: ApiContext, id: string): { record: RunRecord; text: string } {
  const record = ctx.runs.get(id);
  if (record === undefined)
    throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a run, got ${JSON.stringify(id)}`);
  const text = record.status === 'done' ? ctx.runs.resultText(id) : undefined;
  if (text === undefined)
    throw apiError('WSM_RUN_STATE', 'id', `expected a finished run, got one that is ${record.status}`);
  return { record, text };
}

export async function runRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.post<{ Body: RunRequest }>(
    '/api/runs',
    {
      schema: {
        summary: 'submit a run; the stored result of an equal finished run is returned unless fresh is true',
        tags: ['runs'],
        body: RunRequestSchema,
        response: {
          200: Type.Object({ id: Type.String(), status: Type.String(), cached: Type.Boolean() }),
          202: Type.Object({ id: Type.String(), status: Type.String(), cached: Type.Boolean() }),
        },
      },
    },
    async (req, reply) => {
      const body = req.body;
      const request = await studyRequestOf(ctx, body);
      const key = studyKey(request);
      if (body.fresh !== true) {
        const done = ctx.runs.findDone(key.inputHash, key.seed, key.replications, ENGINE_VERSION);
        if (done) return reply.code(200).send({ id: done.id, status: done.status, cached: true });
      }
      if (ctx.runs.activeCount() >= ctx.limits.activeRuns) {
        throw apiError(
          'WSM_LIMIT_EXCEEDED',
          'runs',
          `expected at most ${ctx.limits.activeRuns} runs queued or running (the API limit); wait for one to finish`,
        );
      }
      const id = `run-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
      const stored: StoredRequest = { body };
      ctx.runs.create({
        id,
        kind: body.kind,
        request: stored,
        scenarioIds: request.scenarios.map((s) => s.scenario.id ?? s.uri),
        inputHash: key.inputHash,
        seed: key.seed,
        replications: key.replications,
        engineVersion: ENGINE_VERSION,
      });
      ctx.hub.publish(id, 'queued', {});
      ctx.queue.enqueue(id);
      return reply.code(202).send({ id, status: 'queued', cached: false });
    },
  );

  app.get<{ Querystring: { limit?: number } }>(
    '/api/runs',
    {
      schema: {
        summary: 'runs, newest first',
        tags: ['runs'],
        querystring: Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })) }),
        response: { 200: Type.Object({ runs: Type.Array(RunStatusSchema) }) },
      },
    },
    async (req) => ({ runs: ctx.runs.list(req.query.limit ?? 50).map(statusOf) }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/runs/:id',
    {
      schema: {
        summary: 'status, progress and timings of a run',
        tags: ['runs'],
        params: IdParams,
        response: { 200: RunStatusSchema },
      },
    },
    async (req) => {
      const r = ctx.runs.get(req.params.id);
      if (r === undefined)
        throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a run, got ${JSON.stringify(req.params.id)}`);
      return statusOf(r);
    },
  );

  app.delete<{ Params: { id: string } }>(
    '/api/runs/:id',
    { schema: { summary: 'cancel a queued or running run', tags: ['runs'], params: IdParams } },
    async (req) => {
      const r = ctx.runs.get(req.params.id);
      if (r === undefined)
        throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a run, got ${JSON.stringify(req.params.id)}`);
      if (ENDED.includes(r.status) || !ctx.queue.cancel(r.id))
        throw apiError('WSM_RUN_STATE', 'id', `expected a queued or running run, got one that is ${r.status}`);
      return { id: r.id, status: 'cancelling' };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/runs/:id/result',
    {
      schema: { summary: 'the result document of a finished run (docs/results.md)', tags: ['runs'], params: IdParams },
    },
    async (req, reply) => {
      const gzip = acceptsGzip(req.headers['accept-encoding']);
      const id = req.params.id;
      const bytes = ctx.runs.get(id)?.status === 'done' ? ctx.runs.resultBytes(id, gzip) : undefined;
      if (bytes === undefined) finished(ctx, id); // throws the right problem
      // A result never changes: its run id (and the encoding) is a strong validator.
      const etag = `"${id}${gzip ? '-gz' : ''}"`;
      reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('vary', 'accept-encoding')
        .header('etag', etag);
      if (req.headers['if-none-match']?.split(',').some((t) => t.trim() === etag)) return reply.code(304).send();
      if (gzip) reply.header('content-encoding', 'gzip');
      return reply.send(bytes);
    },
  );

  app.get<{ Params: { id: string }; Headers: { 'last-event-id'?: string } }>(
    '/api/runs/:id/events',
    {
      schema: {
        summary: 'server-sent events of a run: progress, done, failed, cancelled (Last-Event-ID resumes)',
        tags: ['runs'],
        params: IdParams,
      },
    },
    async (req, reply) => {
      const r = ctx.runs.get(req.params.id);
      if (r === undefined)
        throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a run, got ${JSON.stringify(req.params.id)}`);
      const afterSeq = Number(req.headers['last-event-id'] ?? 0) || 0;
      // An ended run with nothing after Last-Event-ID: 204 tells EventSource to stop reconnecting.
      if (ENDED.includes(r.status) && ctx.runs.events(r.id, afterSeq).length === 0) return reply.code(204).send();
      streamRunEvents(ctx, r.id, afterSeq, req.raw, reply);
    },
  );

  const reportQuery = Type.Object({
    lang: Type.Optional(Type.Union([Type.Literal('ja'), Type.Literal('en')])),
    format: Type.Optional(Type.Union([Type.Literal('html'), Type.Literal('pdf'), Type.Literal('csv')])),
    table: Type.Optional(Type.String({ maxLength: 100 })),
  });
  const reportOf = (id: string, lang: 'ja' | 'en') => {
    const { record, text } = finished(ctx, id);
    const main = JSON.parse(text) as ScenarioRunResult | ComparisonResult;
    if (main.kind !== 'scenario-run' && main.kind !== 'comparison')
      throw apiError('WSM_RUN_STATE', 'id', `expected a run or compare run for a report, got a ${record.kind} run`);
    const hashes = main.kind === 'comparison' ? main.runs.map((o) => o.scenario.inputHash) : [main.scenario.inputHash];
    // Staffing plans of the same scenarios that were run here join the report.
    const staffing = ctx.runs
      .doneRunsAbout('staff', hashes)
      .map((sid) => JSON.parse(ctx.runs.resultText(sid) ?? 'null') as StaffingPlanResult);
    const seen = new Set<string>();
    const bundle: ReportBundle = {
      main,
      staffing: staffing.filter((p) => p && !seen.has(p.scenario.inputHash) && seen.add(p.scenario.inputHash)),
      sizing: null,
    };
    return renderReport(bundle, {
      lang,
      command: `GET /api/runs/${id}/report?lang=${lang}`,
      generatedAt: new Date().toISOString(),
      commit: null,
    });
  };

  app.get<{ Params: { id: string }; Querystring: Static<typeof reportQuery> }>(
    '/api/runs/:id/report',
    {
      schema: {
        summary: 'the study report of a run or compare run: HTML, PDF, or one table as CSV',
        tags: ['runs'],
        params: IdParams,
        querystring: reportQuery,
      },
    },
    async (req, reply: FastifyReply) => {
      const lang = req.query.lang ?? 'ja';
      const report = reportOf(req.params.id, lang);
      const format = req.query.format ?? 'html';
      if (format === 'pdf')
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="wardsim-${req.params.id}-${lang}.pdf"`)
          .send(Buffer.from(await renderPdf(report.html)));
      if (format === 'csv') {
        const table = report.tables.find((t) => t.id === req.query.table);
        if (table === undefined)
          throw apiError(
            'WSM_NOT_FOUND',
            'table',
            `expected one of the report's tables (${report.tables.map((t) => t.id).join(', ')}), got ${JSON.stringify(req.query.table ?? null)}`,
          );
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${table.id}.csv"`)
          .send(tableCsv(table));
      }
      return reply.type('text/html; charset=utf-8').send(report.html);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/runs/:id/report/tables',
    { schema: { summary: 'the ids and captions of the report’s tables', tags: ['runs'], params: IdParams } },
    async (req) => ({
      tables: reportOf(req.params.id, 'en').tables.map((t) => ({ id: t.id, caption: t.caption })),
    }),
  );
}

/** The study of a stored run, resolved again (at run time, and after a restart). */
export async function studyRequestOfRun(ctx: ApiContext, record: RunRecord): Promise<StudyRequest> {
  return studyRequestOf(ctx, (record.request as StoredRequest).body);
}
