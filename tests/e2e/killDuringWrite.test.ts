/**
 * SIGKILL during `floorplan show --out` and `report --out` never leaves a partial file under the
 * output's name: the output is absent or complete, and the next write removes what a killed
 * writer left behind. The real binary is killed the moment any file appears in the output folder
 * (inotify): with atomic writes that is the temporary file, mid-write; a writer that wrote the
 * output in place would be killed mid-write of the output itself, and the test would see half.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DIR = mkdtempSync(join(tmpdir(), 'wardsim-kill-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Runs the binary; with `killOnFileIn`, kills it with SIGKILL as soon as a file appears in that folder. */
function run(args: string[], killOnFileIn?: string): Promise<{ code: number | null; killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bin/wardsim.ts', ...args], {
      env: { ...process.env, WARDSIM_NO_PROGRESS: '1' },
      stdio: 'ignore',
    });
    let killed = false;
    const watcher =
      killOnFileIn === undefined
        ? undefined
        : watch(killOnFileIn, () => {
            if (!killed) child.kill('SIGKILL');
            killed = true;
          });
    child.on('error', reject);
    child.on('exit', (code) => {
      watcher?.close();
      resolve({ code, killed });
    });
  });
}

/** A plan of 3,600 rooms: its SVG is over a megabyte, so writing it takes a while. */
function writeBigPlan(file: string): void {
  const features: unknown[] = [
    {
      type: 'Feature',
      properties: { kind: 'building', id: 'b', levels: [1] },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [400, 0],
            [400, 400],
            [0, 400],
            [0, 0],
          ],
        ],
      },
    },
  ];
  for (let i = 0; i < 60; i++) {
    for (let j = 0; j < 60; j++) {
      const [x, y] = [i * 6.5 + 2, j * 6.5 + 2];
      features.push({
        type: 'Feature',
        properties: { kind: 'lobby', id: `z${i}-${j}`, level: 1 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x, y],
              [x + 6, y],
              [x + 6, y + 6],
              [x, y + 6],
              [x, y],
            ],
          ],
        },
      });
    }
  }
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', wardsim: { crs: 'local-metres' }, features }));
}

async function killWhileWriting(
  args: string[],
  out: string,
  complete: (text: string) => boolean,
  times: number,
): Promise<void> {
  const dir = join(out, '..');
  for (let k = 0; k < times; k++) {
    const r = await run(args, dir);
    expect(r.killed, 'killed while writing').toBe(true);
    if (existsSync(out)) expect(complete(readFileSync(out, 'utf8')), `after kill ${k}`).toBe(true);
  }
  // The next write completes and removes the temporary files of the killed writers.
  expect((await run(args)).code).toBe(0);
  expect(complete(readFileSync(out, 'utf8'))).toBe(true);
  expect(readdirSync(dir).filter((n) => n !== 'out.svg' && n !== 'report.html')).toEqual([]);
}

describe('SIGKILL during a write', () => {
  it('floorplan show --out: the SVG is absent or whole', async () => {
    const plan = join(DIR, 'big.geojson');
    writeBigPlan(plan);
    mkdirSync(join(DIR, 'show'));
    const out = join(DIR, 'show', 'out.svg');
    await killWhileWriting(
      ['floorplan', 'show', plan, '--out', out],
      out,
      (t) => t.startsWith('<svg') && t.trimEnd().endsWith('</svg>'),
      2,
    );
  }, 300_000);

  it('report --out: the HTML is absent or whole', async () => {
    mkdirSync(join(DIR, 'report'));
    const out = join(DIR, 'report', 'report.html');
    const args = ['report', 'tests/visitors/fixtures/valid.json', '--replications', '2', '--no-staffing', '--out', out];
    await killWhileWriting(args, out, (t) => t.startsWith('<!doctype html>') && t.trimEnd().endsWith('</html>'), 2);
  }, 300_000);
});
