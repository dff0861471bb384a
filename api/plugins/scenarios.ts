/** Scenarios: list, read (as stored and as resolved), create, replace (user scenarios only), validate. */
import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../engine/inputError.js';
import { loadScenario, resolveScenarioValue, type ResolvedScenario } from '../../scenarios/study/index.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { scenarioSummary } from '../store/summaries.js';
import { IdParams, ScenarioSummarySchema } from './routeSchemas.js';

const Document = Type.Object(
  {},
  { additionalProperties: true, description: 'a scenario document (docs/schemas/scenario.schema.json)' },
);
const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** The resolved scenario of a stored id (library from its files, user from its stored document). */
export async function resolveStored(ctx: ApiContext, id: string): Promise<ResolvedScenario> {
  const stored = ctx.scenarios.get(id);
  if (stored === undefined)
    throw apiError('WSM_NOT_FOUND', 'scenarioId', `expected the id of a stored scenario, got ${JSON.stringify(id)}`);
  if (stored.summary.source === 'library') return loadScenario(`library:${id}`);
  return resolveScenarioValue(stored.document, `store:${id}`, ctx.resolver);
}

function newId(name: unknown): string {
  const base =
    typeof name === 'string'
      ? name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 40)
      : '';
  return `${base || 'scenario'}-${randomBytes(3).toString('hex')}`;
}

export async function scenarioRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    '/api/scenarios',
    {
      schema: {
        summary: 'library and user scenarios',
        tags: ['scenarios'],
        response: { 200: Type.Object({ scenarios: Type.Array(ScenarioSummarySchema) }) },
      },
    },
    async () => ({
      scenarios: ctx.scenarios.list(),
    }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/scenarios/:id',
    {
      schema: {
        summary: 'one scenario: the document as stored and as resolved',
        tags: ['scenarios'],
        params: IdParams,
      },
    },
    async (req) => {
      const stored = ctx.scenarios.get(req.params.id);
      if (stored === undefined)
        throw apiError(
          'WSM_NOT_FOUND',
          'id',
          `expected the id of a stored scenario, got ${JSON.stringify(req.params.id)}`,
        );
      const resolved = await resolveStored(ctx, req.params.id);
      return { ...stored.summary, document: stored.document, resolved: resolved.scenario };
    },
  );

  app.post<{ Body: Record<string, unknown> }>(
    '/api/scenarios',
    {
      schema: {
        summary: 'store a new scenario (it may extend library:<id> or store:<id>)',
        tags: ['scenarios'],
        body: Document,
        response: { 201: ScenarioSummarySchema },
      },
    },
    async (req, reply) => {
      const doc = req.body;
      const id = typeof doc.id === 'string' ? doc.id : newId(doc.name);
      if (!ID.test(id))
        throw apiError(
          'WSM_SCENARIO_INVALID',
          'id',
          `expected lower-case letters, digits and dashes, got ${JSON.stringify(id)}`,
        );
      const existing = ctx.scenarios.get(id);
      if (existing)
        throw apiError(
          existing.summary.readOnly ? 'WSM_READ_ONLY' : 'WSM_ID_TAKEN',
          'id',
          `expected a new id, got ${JSON.stringify(id)}, which ${existing.summary.readOnly ? 'a library scenario has' : 'is taken (PUT replaces it)'}`,
        );
      const resolved = await resolveScenarioValue({ ...doc, id }, `store:${id}`, ctx.resolver);
      const summary = scenarioSummary(id, 'user', resolved);
      ctx.scenarios.put(summary, { ...doc, id });
      return reply.code(201).send(summary);
    },
  );

  app.put<{ Params: { id: string }; Body: Record<string, unknown> }>(
    '/api/scenarios/:id',
    {
      schema: {
        summary: 'replace a user scenario (library scenarios are read-only)',
        tags: ['scenarios'],
        params: IdParams,
        body: Document,
        response: { 200: ScenarioSummarySchema },
      },
    },
    async (req) => {
      const { id } = req.params;
      const existing = ctx.scenarios.get(id);
      if (existing === undefined)
        throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a stored scenario, got ${JSON.stringify(id)}`);
      if (existing.summary.readOnly)
        throw apiError(
          'WSM_READ_ONLY',
          'id',
          `expected a user scenario, got the library scenario ${JSON.stringify(id)} (save a copy with POST)`,
        );
      const doc = { ...req.body, id };
      const summary = scenarioSummary(id, 'user', await resolveScenarioValue(doc, `store:${id}`, ctx.resolver));
      ctx.scenarios.put(summary, doc);
      return summary;
    },
  );

  app.post<{ Body: Record<string, unknown> }>(
    '/api/scenarios/validate',
    {
      schema: {
        summary: 'check a scenario document against the same schema and rules as the CLI',
        tags: ['scenarios'],
        body: Document,
        response: {
          200: Type.Object({
            valid: Type.Boolean(),
            errors: Type.Array(Type.Object({ code: Type.String(), path: Type.String(), message: Type.String() })),
          }),
        },
      },
    },
    async (req) => {
      try {
        await resolveScenarioValue(req.body, 'store:validate', ctx.resolver);
        return { valid: true, errors: [] };
      } catch (err) {
        if (err instanceof InputError) return { valid: false, errors: err.issues };
        throw err;
      }
    },
  );
}
