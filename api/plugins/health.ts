/** GET /health: the server is up, with its engine version and queue. */
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { FORMAT_VERSION } from '../../engine/results/index.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import type { ApiContext } from '../context.js';

export async function healthRoutes(app: FastifyInstance, ctx: ApiContext): Promise<void> {
  app.get(
    '/health',
    {
      config: { rateLimit: false },
      schema: {
        summary: 'the server is up',
        tags: ['health'],
        response: {
          200: Type.Object({
            status: Type.Literal('ok'),
            engineVersion: Type.String(),
            formatVersion: Type.Number(),
            queue: Type.Object({ queued: Type.Integer(), running: Type.Integer() }),
          }),
        },
      },
    },
    async () => ({
      status: 'ok' as const,
      engineVersion: ENGINE_VERSION,
      formatVersion: FORMAT_VERSION,
      queue: ctx.runs.counts(),
    }),
  );
}
