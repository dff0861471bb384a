/**
 * The browser UI at `/`: the files esbuild wrote to dist/ui (npm run build), read once and served
 * from memory. Paths are looked up in that set only, so nothing else on disk can be reached.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { packageRoot } from '../../scenarios/load/packageRoot.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
};

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(`/${relative(dir, p).split('\\').join('/')}`, readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

export async function uiRoutes(app: FastifyInstance): Promise<void> {
  const files = filesUnder(join(packageRoot(), 'dist', 'ui'));
  const serve = (path: string) => files.get(path);
  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    const index = serve('/index.html');
    if (index === undefined)
      return reply
        .type('text/plain; charset=utf-8')
        .send('wardsim API server. The browser UI is built by `npm run build` (dist/ui). API: /docs\n');
    return reply.type(TYPES['.html']).header('cache-control', 'no-cache').send(index);
  });
  app.get<{ Params: { '*': string } }>('/ui/*', { schema: { hide: true } }, async (req, reply) => {
    const path = `/${req.params['*']}`;
    const body = serve(path);
    if (body === undefined) return reply.code(404).type('text/plain').send('not found\n');
    return reply
      .type(TYPES[extname(path)] ?? 'application/octet-stream')
      .header('cache-control', 'public, max-age=300')
      .send(body);
  });
}
