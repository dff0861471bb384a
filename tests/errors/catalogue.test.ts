import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_CODE_LIST } from '../../engine/errors.js';

describe('the error-code catalogue', () => {
  it('docs/errors.md lists every code of engine/errors.ts, in order, with its HTTP status, and no other', () => {
    const rows = readFileSync('docs/errors.md', 'utf8')
      .split('\n')
      .map((line) => /^\| `(WSM_[A-Z_]+)` \| (\d{3}) \|/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null);
    expect(rows.map((m) => m[1])).toEqual(ERROR_CODE_LIST);
    for (const m of rows) expect(Number(m[2]), m[1]).toBe(ERROR_CODES[m[1] as keyof typeof ERROR_CODES].status);
  });

  it('every code is used by the code that reports problems (no dead codes)', () => {
    const sources = ['engine', 'scenarios', 'floorplans', 'bin', 'api']
      .flatMap((dir) => readDirDeep(dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('errors.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = ERROR_CODE_LIST.filter((c) => !sources.includes(`'${c}'`));
    expect(unused).toEqual([]);
  });
});

function readDirDeep(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? readDirDeep(`${dir}/${e.name}`) : [`${dir}/${e.name}`],
  );
}
