/**
 * Builds the browser UI into dist/ui (served at `/` by the API: api/plugins/staticUi.ts):
 * viz/ui/main.ts and everything it imports (the chart factories, d3, the messages) bundled and
 * minified by esbuild into app.js, viz/ui/app.css into app.css, and index.html. Nothing is
 * fetched from a CDN at run time. Fails when JS + CSS exceed the first-load budget.
 *
 * Run: `tsx scripts/buildUi.ts` (or node dist/scripts/buildUi.js after tsc); `--no-minify` and
 * `--sourcemap` for debugging.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { packageRoot } from '../scenarios/load/packageRoot.js';
import { indexHtml } from '../viz/ui/indexHtml.js';

/** First load of JS and CSS together (the brief: ≤ 1 MB). */
export const UI_BUDGET_BYTES = 1_000_000;

export interface BuildUiOptions {
  outDir?: string;
  minify?: boolean;
  sourcemap?: boolean;
}

export interface BuildUiResult {
  outDir: string;
  /** File name → bytes. */
  files: Record<string, number>;
  /** app.js + app.css. */
  firstLoadBytes: number;
}

export async function buildUi(options: BuildUiOptions = {}): Promise<BuildUiResult> {
  const root = packageRoot();
  const outDir = options.outDir ?? join(root, 'dist', 'ui');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: { app: 'viz/ui/main.ts' },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    // browser: a stray import of server code (node: built-ins) fails the build instead of shipping.
    platform: 'browser',
    target: ['es2022'],
    minify: options.minify ?? true,
    sourcemap: options.sourcemap ?? false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  await build({
    absWorkingDir: root,
    entryPoints: { app: 'viz/ui/app.css' },
    outdir: outDir,
    bundle: true,
    minify: options.minify ?? true,
    logLevel: 'warning',
  });
  writeFileSync(join(outDir, 'index.html'), indexHtml({ script: '/ui/app.js', style: '/ui/app.css' }));
  const names = ['index.html', 'app.js', 'app.css', ...(options.sourcemap ? ['app.js.map'] : [])];
  const files = Object.fromEntries(names.map((n) => [n, statSync(join(outDir, n)).size]));
  const firstLoadBytes = (files['app.js'] ?? 0) + (files['app.css'] ?? 0);
  if (firstLoadBytes > UI_BUDGET_BYTES) {
    throw new Error(
      `the UI's first load is ${firstLoadBytes} bytes of JS and CSS, over the budget of ${UI_BUDGET_BYTES}`,
    );
  }
  return { outDir, files, firstLoadBytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const result = await buildUi({ minify: !args.includes('--no-minify'), sourcemap: args.includes('--sourcemap') });
  for (const [name, bytes] of Object.entries(result.files))
    console.log(`dist/ui/${name}  ${(bytes / 1024).toFixed(1)} kB`);
  console.log(`first load (JS + CSS): ${(result.firstLoadBytes / 1024).toFixed(1)} kB of ${UI_BUDGET_BYTES / 1000} kB`);
}
