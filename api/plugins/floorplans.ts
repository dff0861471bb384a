/** Floor plans: list, the GeoJSON, upload (GeoJSON, or DXF with a layer map), the plan drawn as SVG. */
import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { importDxf, loadFloorPlan } from '../../floorplans/index.js';
import { renderFloorPlanSvg } from '../../viz/floorPlanSvg.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { floorPlanSummary } from '../store/summaries.js';
import { FloorPlanSummarySchema, IdParams } from './routeSchemas.js';

function stored(ctx: ApiContext, id: string): string {
  const text = ctx.floorplans.geojsonText(id);
  if (text === undefined) throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a stored floor plan, got ${JSON.stringify(id)}`);
  return text;
}

export async function floorplanRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get('/api/floorplans', { schema: { summary: 'library and user floor plans', tags: ['floorplans'], response: { 200: Type.Object({ floorplans: Type.Array(FloorPlanSummarySchema) }) } } }, async () => ({
    floorplans: ctx.floorplans.list(),
  }));

  app.get<{ Params: { id: string } }>('/api/floorplans/:id', { schema: { summary: 'the plan as GeoJSON', tags: ['floorplans'], params: IdParams } }, async (req, reply) =>
    reply.type('application/geo+json').send(stored(ctx, req.params.id)),
  );

  app.get<{ Params: { id: string }; Querystring: { level?: number } }>(
    '/api/floorplans/:id/svg',
    { schema: { summary: 'the plan drawn as SVG', tags: ['floorplans'], params: IdParams, querystring: Type.Object({ level: Type.Optional(Type.Integer({ minimum: -10, maximum: 100 })) }) } },
    async (req, reply) => {
      const plan = loadFloorPlan(JSON.parse(stored(ctx, req.params.id)) as unknown);
      if (req.query.level !== undefined && !plan.levels.includes(req.query.level)) {
        throw apiError('WSM_FLAG_INVALID', 'level', `expected one of the plan's levels (${plan.levels.join(', ')}), got ${req.query.level}`);
      }
      return reply.type('image/svg+xml').send(renderFloorPlanSvg(plan, req.query.level === undefined ? {} : { level: req.query.level }));
    },
  );

  app.post<{ Body: Record<string, unknown> }>(
    '/api/floorplans',
    {
      schema: {
        summary: 'store a plan: a GeoJSON FeatureCollection, or { dxf, layers, name } to import a DXF drawing',
        tags: ['floorplans'],
        body: Type.Object({}, { additionalProperties: true }),
        response: { 201: FloorPlanSummarySchema },
      },
    },
    async (req, reply) => {
      const body = req.body;
      let geojson: unknown = body;
      if (typeof body.dxf === 'string') {
        const imported = importDxf(body.dxf, body.layers);
        geojson = typeof body.name === 'string' ? { ...imported.plan, wardsim: { ...(imported.plan.wardsim ?? {}), name: body.name } } : imported.plan;
      }
      const plan = loadFloorPlan(geojson);
      const base = (plan.name ?? plan.nameJa ?? 'plan').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'plan';
      const id = `${base}-${randomBytes(3).toString('hex')}`;
      const summary = floorPlanSummary(id, 'user', plan);
      ctx.floorplans.put(summary, JSON.stringify(geojson));
      return reply.code(201).send(summary);
    },
  );
}
