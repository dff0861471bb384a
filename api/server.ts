/**
 * The HTTP API (docs/api.md): `buildApp` makes a Fastify instance with every route, the store
 * under `dataDir` (created, migrated and loaded with the library) and the job queue; runs the
 * server stopped in the middle of are marked interrupted and queued again. It does not listen:
 * tests use `app.inject()`, `startServer` (listen.ts) binds a port.
 */
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { Ajv } from 'ajv';
import Fastify, { type FastifyInstance } from 'fastify';
import { ENGINE_VERSION } from '../engine/version.js';
import { parseJsonText } from '../scenarios/load/parseJsonText.js';
import type { ApiContext } from './context.js';
import { apiError, errorHandler, problemOf, sendProblem } from './errors.js';
import { RunHub } from './jobs/runHub.js';
import { RunQueue } from './jobs/runQueue.js';
import { DEFAULT_LIMITS, type ApiLimits } from './limits.js';
import { floorplanRoutes } from './plugins/floorplans.js';
import { healthRoutes } from './plugins/health.js';
import { runRoutes, studyRequestOfRun } from './plugins/runs.js';
import { scenarioRoutes } from './plugins/scenarios.js';
import { uiRoutes } from './plugins/staticUi.js';
import { openDatabase } from './store/database.js';
import { FloorPlanStore } from './store/floorplanStore.js';
import { preloadLibrary } from './store/preloadLibrary.js';
import { RunStore } from './store/runStore.js';
import { ScenarioStore } from './store/scenarioStore.js';
import { storeResolver } from './store/storeResolver.js';

export interface AppOptions {
  dataDir: string;
  /** When set, every write needs `Authorization: Bearer <token>`. */
  token?: string;
  limits?: Partial<ApiLimits>;
  /** Runs at once (each already uses every core); default 1. */
  concurrency?: number;
  logger?: boolean;
}

export type WardsimApp = FastifyInstance & { ctx: ApiContext };

export async function buildApp(options: AppOptions): Promise<WardsimApp> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const db = openDatabase(options.dataDir);
  const scenarios = new ScenarioStore(db);
  const floorplans = new FloorPlanStore(db);
  const runs = new RunStore(db);
  const hub = new RunHub(runs);
  const resolver = storeResolver(scenarios, floorplans);
  const ctx = { db, scenarios, floorplans, runs, hub, resolver, limits } as ApiContext;
  ctx.queue = new RunQueue(
    runs,
    hub,
    async (id) => studyRequestOfRun(ctx, runs.get(id) as NonNullable<ReturnType<RunStore['get']>>),
    options.concurrency ?? 1,
  );
  await preloadLibrary(scenarios, floorplans);

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: limits.bodyBytes }) as unknown as WardsimApp;
  // Bodies are checked as they are: Fastify's defaults would drop unknown fields and turn a number
  // into text to fit a union (a seed beyond 2^53 passed as a string). Query strings and path
  // parameters arrive as text, so they keep the coercion of numbers.
  const bodyAjv = new Ajv({
    allErrors: true,
    verbose: true,
    removeAdditional: false,
    coerceTypes: false,
    useDefaults: false,
    strict: false,
  });
  const textAjv = new Ajv({
    allErrors: false,
    removeAdditional: false,
    coerceTypes: true,
    useDefaults: true,
    strict: false,
  });
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? bodyAjv : textAjv).compile(schema));
  app.decorate('ctx', ctx);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((req, reply) =>
    sendProblem(
      reply,
      problemOf(
        'WSM_NOT_FOUND',
        [
          {
            code: 'WSM_NOT_FOUND',
            path: '',
            message: `expected a route of the API (/docs), got ${req.method} ${req.url.split('?')[0]}`,
          },
        ],
        req.url,
      ),
    ),
  );
  // One JSON boundary for files and bodies (parseJsonText: depth, size, finite numbers, no
  // prototype keys), instead of Fastify's parser, which lets `1e999` through as Infinity.
  app.removeContentTypeParser('application/json');
  app.removeContentTypeParser('text/plain'); // every body is JSON: a text body is refused, not read as a string
  const parseBody = (_req: unknown, body: string | Buffer, done: (err: Error | null, value?: unknown) => void) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(apiError('WSM_JSON_INVALID', '', 'expected a JSON body, got an empty one'));
    try {
      done(null, parseJsonText(text, ''));
    } catch (err) {
      done(err as Error);
    }
  };
  app.addContentTypeParser(['application/json', 'application/geo+json'], { parseAs: 'string' }, parseBody);

  if (limits.ratePerMinute > 0) {
    await app.register(rateLimit, {
      max: limits.ratePerMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (_req, ctx2) => ({
        statusCode: 429,
        code: 'WSM_RATE_LIMITED',
        message: `expected at most ${ctx2.max} requests a minute, got more; retry in ${Math.ceil(ctx2.ttl / 1000)} s`,
      }),
    });
  }
  if (options.token) {
    const expected = `Bearer ${options.token}`;
    app.addHook('onRequest', async (req) => {
      if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
      if (req.headers.authorization !== expected)
        throw apiError(
          'WSM_UNAUTHORIZED',
          'authorization',
          'expected Authorization: Bearer <token> (the server has WARDSIM_TOKEN set), got none or another',
        );
    });
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'wardsim API',
        version: ENGINE_VERSION,
        description: 'Simulate and size ward offices: scenarios, floor plans, runs, results, reports (docs/api.md).',
      },
      components: options.token ? { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } } : {},
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await healthRoutes(app, ctx);
  await scenarioRoutes(app, ctx);
  await floorplanRoutes(app, ctx);
  await runRoutes(app, ctx);
  await uiRoutes(app);

  app.addHook('onClose', async () => {
    // Running runs stop where they are; they are interrupted (and run again) at the next start.
    ctx.queue.stop();
    await Promise.race([ctx.queue.whenIdle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    db.close();
  });

  // Runs the last server was working on: interrupted, and run again.
  const unfinished = runs.interruptUnfinished();
  for (const id of unfinished.interrupted) hub.publish(id, 'interrupted', {});
  for (const id of unfinished.pending) ctx.queue.enqueue(id);
  return app;
}
