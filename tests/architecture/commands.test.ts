import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * What a command may import: the study layer, the presenters, and the CLI's own parsing and output helpers.
 * A command takes its study functions from their own modules, not the index (which loads every study: the
 * floor plans, the report, Ajv — about a second of start-up for a command that needs none of them).
 */
const ALLOWED = [
  /^\.\.\/\.\.\/scenarios\/study\/\w+\.js$/,
  /^\.\.\/\.\.\/scenarios\/load\/(packageRoot|resolver)\.js$/,
  /^\.\.\/\.\.\/api\/index\.js$/,
  /^\.\.\/\.\.\/viz\/(text|report)\/[\w/]+\.js$/,
  /^\.\.\/\.\.\/viz\/floorPlanSvg\.js$/,
  /^\.\.\/(flags|io|output|preload|progress)\.js$/,
  /^\.\/command\.js$/,
];

/** Static imports and the dynamic ones a command makes after starting its threads. */
const importsOf = (text: string) => [...text.matchAll(/(?:from |import\()'([^']+)'/g)].map((m) => m[1]);

describe('each command in bin/commands parses, calls the study layer and renders; nothing else', () => {
  const files = readdirSync('bin/commands').filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'command.ts');

  it.each(files)('%s imports only the study layer, presenters and CLI helpers', (file) => {
    const text = readFileSync(`bin/commands/${file}`, 'utf8');
    const bad = importsOf(text).filter((spec) => !ALLOWED.some((re) => re.test(spec)));
    expect(bad).toEqual([]);
    // No direct output, file writes or engine calls: results go through emit().
    expect(text).not.toMatch(/process\.(stdout|stderr)|writeFile|runReplications|new Worker/);
  });

  it('every command has --help', () => {
    for (const file of files)
      expect(readFileSync(`bin/commands/${file}`, 'utf8'), file).toMatch(/const HELP = `Usage: wardsim /);
  });
});

describe('layers import downward only', () => {
  const tsFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? tsFiles(`${dir}/${e.name}`) : e.name.endsWith('.ts') ? [`${dir}/${e.name}`] : [],
    );
  const importsOutside = (dir: string, forbidden: RegExp) =>
    tsFiles(dir).flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .filter((s) => forbidden.test(s))
        .map((s) => `${f}: ${s}`),
    );

  it('engine knows nothing of scenarios, floor plans, presenters, the API or the CLI', () => {
    expect(importsOutside('engine', /\/(scenarios|floorplans|viz|api|bin)\//)).toEqual([]);
  });

  it('floorplans and scenarios never import presenters, the API or the CLI', () => {
    expect(importsOutside('floorplans', /\/(scenarios|viz|api|bin)\//)).toEqual([]);
    expect(importsOutside('scenarios', /\/(viz|api|bin)\//)).toEqual([]);
  });
});
