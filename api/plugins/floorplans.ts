/**
 * Floor plans: list, the GeoJSON, upload (GeoJSON, or DXF with a layer map), check without storing
 * (the same `floorplan-check` document as `wardsim floorplan check --json`), the plan drawn as SVG.
 */
import { randomBytes } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { InputError } from '../../engine/inputError.js';
import { FORMAT_VERSION } from '../../engine/results/index.js';
import { contentHash } from '../../engine/runner/contentHash.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { importDxf, loadFloorPlan } from '../../floorplans/index.js';
import { checkFloorPlan, memoryResolver, type FloorPlanCheckResult } from '../../scenarios/study/index.js';
import { renderFloorPlanSvg } from '../../viz/floorPlanSvg.js';
import type { ApiContext } from '../context.js';
import { apiError } from '../errors.js';
import { floorPlanSummary } from '../store/summaries.js';
import { FloorPlanCheckResponse, FloorPlanSummarySchema, FloorPlanUploadBody, IdParams } from './routeSchemas.js';

type UploadBody = Record<string, unknown>;

function stored(ctx: ApiContext, id: string): string {
  const text = ctx.floorplans.geojsonText(id);
  if (text === undefined) {
    throw apiError('WSM_NOT_FOUND', 'id', `expected the id of a stored floor plan, got ${JSON.stringify(id)}`);
  }
  return text;
}

/** The GeoJSON an upload stands for: the body, or its DXF imported (InputError when it cannot be). */
function geojsonOf(body: UploadBody): unknown {
  if (typeof body.dxf !== 'string') return body;
  if (body.layers === undefined) {
    const message = 'expected the layer map of the DXF drawing (docs/floorplans.md), got none';
    throw new InputError([{ path: 'layers', message }], 'WSM_DXF_INVALID');
  }
  const { plan } = importDxf(body.dxf, body.layers);
  return typeof body.name === 'string' ? { ...plan, wardsim: { ...(plan.wardsim ?? {}), name: body.name } } : plan;
}

/** Checks a plan held in memory through the CLI's own check (so both give the same document). */
function checkGeojson(ctx: ApiContext, geojson: unknown): Promise<FloorPlanCheckResult> {
  const resolver = memoryResolver(new Map([['floorplan-validate', JSON.stringify(geojson)]]), ctx.resolver);
  return checkFloorPlan('memory:floorplan-validate', {}, resolver);
}

/** A DXF upload that cannot be imported (bad layer map, unreadable drawing): refused, no zones. */
function unimportable(body: UploadBody, err: InputError): FloorPlanCheckResult {
  return {
    kind: 'floorplan-check',
    formatVersion: FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    inputHash: contentHash({ kind: 'floorplan-check', dxf: body.dxf, layers: body.layers ?? null }),
    ok: false,
    issues: err.issues,
    name: typeof body.name === 'string' ? body.name : null,
    crs: 'local-metres',
    levels: [],
    grossAreaM2: 0,
    zones: [],
    levelAreas: [],
  };
}

export async function floorplanRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    '/api/floorplans',
    {
      schema: {
        summary: 'library and user floor plans',
        tags: ['floorplans'],
        response: { 200: Type.Object({ floorplans: Type.Array(FloorPlanSummarySchema) }) },
      },
    },
    async () => ({ floorplans: ctx.floorplans.list() }),
  );

  app.get<{ Params: { id: string } }>(
    '/api/floorplans/:id',
    { schema: { summary: 'the plan as GeoJSON', tags: ['floorplans'], params: IdParams } },
    async (req, reply) => reply.type('application/geo+json').send(stored(ctx, req.params.id)),
  );

  app.get<{ Params: { id: string }; Querystring: { level?: number } }>(
    '/api/floorplans/:id/svg',
    {
      schema: {
        summary: 'the plan drawn as SVG',
        tags: ['floorplans'],
        params: IdParams,
        querystring: Type.Object({ level: Type.Optional(Type.Integer({ minimum: -10, maximum: 100 })) }),
      },
    },
    async (req, reply) => {
      const plan = loadFloorPlan(JSON.parse(stored(ctx, req.params.id)) as unknown);
      const { level } = req.query;
      if (level !== undefined && !plan.levels.includes(level)) {
        const levels = plan.levels.join(', ');
        throw apiError('WSM_FLAG_INVALID', 'level', `expected one of the plan's levels (${levels}), got ${level}`);
      }
      return reply.type('image/svg+xml').send(renderFloorPlanSvg(plan, level === undefined ? {} : { level }));
    },
  );

  app.post<{ Body: UploadBody }>(
    '/api/floorplans',
    {
      schema: {
        summary: 'store a plan: a GeoJSON FeatureCollection, or { dxf, layers, name } to import a DXF drawing',
        tags: ['floorplans'],
        body: FloorPlanUploadBody,
        response: { 201: FloorPlanSummarySchema },
      },
    },
    async (req, reply) => {
      const geojson = geojsonOf(req.body);
      const plan = loadFloorPlan(geojson);
      const slug = (plan.name ?? plan.nameJa ?? 'plan').toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const base = slug.replace(/^-+|-+$/g, '').slice(0, 40) || 'plan';
      const id = `${base}-${randomBytes(3).toString('hex')}`;
      const summary = floorPlanSummary(id, 'user', plan);
      ctx.floorplans.put(summary, JSON.stringify(geojson));
      return reply.code(201).send(summary);
    },
  );

  // A refused plan is an answer here (200, ok false), not a failed request: clients check first.
  app.post<{ Body: UploadBody }>(
    '/api/floorplans/validate',
    {
      schema: {
        summary: 'check a plan as POST /api/floorplans would, without storing it: the floorplan-check document',
        tags: ['floorplans'],
        body: FloorPlanUploadBody,
        response: { 200: FloorPlanCheckResponse },
      },
    },
    async (req) => {
      let geojson: unknown;
      try {
        geojson = geojsonOf(req.body);
      } catch (err) {
        if (err instanceof InputError) return unimportable(req.body, err);
        throw err;
      }
      return checkGeojson(ctx, geojson);
    },
  );
}
