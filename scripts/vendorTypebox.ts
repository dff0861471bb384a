/**
 * Bundles @sinclair/typebox into one module of the build (dist/vendor/typebox.js) and points the
 * built code's imports at it.
 *
 * Why: TypeBox's ESM build is about 200 files, half of every module a command loads, and Node
 * resolves, reads and links each one: importing it took about 75 ms before the first
 * replication, the bundle about 5 ms. The bundle is the same package at the same version
 * (esbuild only concatenates), and TypeBox marks its schemas with global symbols
 * (Symbol.for), so schemas from the bundle and from node_modules (run from source, in the
 * tests) are the same to every check. Only `from '@sinclair/typebox'` in dist/**\/*.js changes;
 * the .d.ts files keep the package name for their types.
 *
 * Run by `npm run build` after tsc; `node dist/scripts/vendorTypebox.js [distDir]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { writeAtomically } from './writeAtomically.js';

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])@sinclair\/typebox\2/g;

/** `source` with every import of '@sinclair/typebox' pointed at `target` (a relative specifier). */
export function pointImportsAt(source: string, target: string): string {
  return source.replace(SPECIFIER, (_, lead: string, quote: string) => `${lead}${quote}${target}${quote}`);
}

/** Bundles the package into `outFile` (one ESM module, the package's own exports). */
export async function bundleTypebox(outFile: string): Promise<void> {
  await build({
    entryPoints: ['@sinclair/typebox'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: outFile,
    logLevel: 'warning',
    legalComments: 'inline',
  });
}

/** The bundle, and every built .js under `distDir` importing it; returns the files rewritten. */
export async function vendorTypebox(distDir: string): Promise<string[]> {
  const bundle = join(distDir, 'vendor', 'typebox.js');
  await bundleTypebox(bundle);
  const changed: string[] = [];
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.js') && !f.startsWith(`vendor${sep}`) && !f.startsWith(`ui${sep}`),
  );
  for (const f of files) {
    const file = join(distDir, f);
    const text = readFileSync(file, 'utf8');
    if (!text.includes('@sinclair/typebox')) continue;
    let target = relative(dirname(file), bundle).split(sep).join('/');
    if (!target.startsWith('.')) target = `./${target}`;
    const next = pointImportsAt(text, target);
    if (next !== text) {
      writeAtomically(file, next);
      changed.push(f);
    }
  }
  return changed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const distDir = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  const changed = await vendorTypebox(distDir);
  process.stderr.write(`typebox: one bundle (dist/vendor/typebox.js) for ${changed.length} built modules\n`);
}
