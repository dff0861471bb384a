/**
 * Cases too large for git or that are not plain files (FIFOs, devices): made at run time in the
 * corpus copy, each with its expectation, in the same shape as corpus/expected.json.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Expectation } from './corpusCases.js';

export interface SpecialCase {
  /** Where the case lives in the corpus copy (its format is the first folder). */
  name: string;
  expected: Expectation;
  make(root: string): void;
}

const write = (root: string, name: string, text: string) => {
  mkdirSync(dirname(join(root, name)), { recursive: true });
  writeFileSync(join(root, name), text);
};
const base = (root: string, file: string) =>
  JSON.parse(readFileSync(join(root, 'base', file), 'utf8')) as Record<string, unknown>;
const fifo = (path: string) => {
  mkdirSync(dirname(path), { recursive: true });
  execFileSync('mkfifo', [path]);
};

/** A square zone of `n` vertices (a regular polygon), in local metres. */
function ring(n: number, r: number, cx = 0, cy = 0): number[][] {
  const pts = Array.from({ length: n }, (_, i) => [
    cx + r * Math.cos((2 * Math.PI * i) / n),
    cy + r * Math.sin((2 * Math.PI * i) / n),
  ]);
  return [...pts, pts[0]];
}

function localPlan(features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', wardsim: { crs: 'local-metres' }, features });
}

/** Files the corpus' cases name that git cannot hold (a FIFO). */
export function makeSpecialFiles(root: string): void {
  fifo(join(root, 'refs/targets/fifo.json'));
}

export const SPECIAL_CASES: SpecialCase[] = [
  {
    name: 'api/body-too-large.json',
    expected: { exit: 413, code: 'WSM_FILE_TOO_LARGE' },
    make: (root) =>
      write(
        root,
        'api/body-too-large.json',
        JSON.stringify({
          method: 'POST',
          url: '/api/scenarios',
          bodyText: JSON.stringify({ name: 'x'.repeat(17 * 1024 * 1024) }),
        }),
      ),
  },
  {
    name: 'dxf/polyline-200k.dxf',
    expected: { exit: 2, code: 'WSM_LIMIT_EXCEEDED', why: 'a 200,000-vertex DXF polyline ran past a minute' },
    make: (root) => {
      const vertices = Array.from(
        { length: 200_000 },
        (_, i) => `10\n${(i * 0.01).toFixed(2)}\n20\n${(i % 2) * 0.01}\n`,
      ).join('');
      const layer = Object.keys((base(root, 'layers.json') as { layers: Record<string, unknown> }).layers)[0];
      const entity = `0\nLWPOLYLINE\n8\n${layer}\n90\n200000\n70\n1\n${vertices}`;
      write(
        root,
        'dxf/polyline-200k.dxf',
        `0\nSECTION\n2\nHEADER\n9\n$INSUNITS\n70\n4\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n${entity}0\nENDSEC\n0\nEOF\n`,
      );
    },
  },
  {
    name: 'scenario/visitors-1e6.json',
    expected: {
      exit: 0,
      why: 'visitorsPerDay at its schema maximum runs one day (about 5 s here)',
      args: ['run', '{case}', '--part', 'visitors', '--replications', '1', '--workers', '0'],
    },
    make: (root) => {
      const s = base(root, 'scenario.json') as { visitors: { demand: { visitorsPerDay: number } } };
      s.visitors.demand.visitorsPerDay = 1_000_000;
      write(root, 'scenario/visitors-1e6.json', JSON.stringify(s));
    },
  },
  {
    name: 'plan/features-20000.geojson',
    expected: { exit: 2, code: 'WSM_LIMIT_EXCEEDED' },
    make: (root) => {
      const zones = Array.from({ length: 20_000 }, (_, i) => ({
        type: 'Feature',
        properties: { kind: 'lobby', id: `z${i}`, level: 1 },
        geometry: { type: 'Polygon', coordinates: [ring(4, 1, i * 3, 0)] },
      }));
      write(root, 'plan/features-20000.geojson', localPlan(zones));
    },
  },
  {
    name: 'plan/many-problems.geojson',
    expected: { exit: 2, code: 'WSM_PLAN_INVALID', why: 'more than about 1e5 problems overflowed the stack' },
    make: (root) => {
      const bad = Array.from({ length: 9_000 }, (_, i) => ({
        type: 'Feature',
        properties: { kind: 'nope', id: `z${i}` },
        geometry: null,
      }));
      write(root, 'plan/many-problems.geojson', localPlan(bad));
    },
  },
  {
    name: 'model/deep-nesting-100k.json',
    expected: { exit: 2, code: 'WSM_LIMIT_EXCEEDED', why: '100k-deep JSON overflowed the stack (exit 1)' },
    make: (root) =>
      write(root, 'model/deep-nesting-100k.json', `{"horizonMin": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`),
  },
  {
    name: 'scenario/deep-nesting-100k.json',
    expected: { exit: 2, code: 'WSM_LIMIT_EXCEEDED' },
    make: (root) =>
      write(
        root,
        'scenario/deep-nesting-100k.json',
        `{"name": "x", "visitors": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
      ),
  },
  {
    name: 'model/fifo.json',
    expected: { exit: 2, code: 'WSM_FILE_UNREADABLE', why: 'a FIFO blocked for ever' },
    make: (root) => fifo(join(root, 'model/fifo.json')),
  },
  {
    name: 'model/dev-zero.json',
    expected: {
      exit: 2,
      code: 'WSM_FILE_UNREADABLE',
      why: 'read 4.3 GB of /dev/zero',
      args: ['simulate', '/dev/zero'],
    },
    make: () => undefined,
  },
  {
    name: 'model/dev-zero-symlink.json',
    expected: { exit: 2, code: 'WSM_FILE_UNREADABLE' },
    make: (root) => symlinkSync('/dev/zero', join(root, 'model/dev-zero-symlink.json')),
  },
  {
    name: 'model/folder.json',
    expected: { exit: 2, code: 'WSM_FILE_UNREADABLE' },
    make: (root) => mkdirSync(join(root, 'model/folder.json')),
  },
  {
    name: 'model/too-large.json',
    expected: { exit: 2, code: 'WSM_FILE_TOO_LARGE' },
    make: (root) => {
      // Sparse: 65 MB of nothing on disk, refused by its size before it is read.
      const fd = openSync(join(root, 'model/too-large.json'), 'w');
      ftruncateSync(fd, 65 * 1024 * 1024);
      closeSync(fd);
    },
  },
  {
    name: 'model/many-problems.json',
    expected: { exit: 2, code: 'WSM_MODEL_INVALID', why: 'about 1e5 validation problems overflowed the stack' },
    make: (root) => {
      const m = base(root, 'model.json');
      const bad = { id: 'x', servers: -1, serviceMin: { dist: 'exponential', mean: -1 } };
      write(
        root,
        'model/many-problems.json',
        JSON.stringify({ ...m, stations: Array.from({ length: 1000 }, () => bad) }),
      );
    },
  },
  {
    name: 'model/appointments-2e6.json',
    expected: { exit: 2, code: 'WSM_MODEL_INVALID' },
    make: (root) => {
      const m = base(root, 'model.json');
      const sources = [{ id: 'a', to: 'desk', arrivalsAtMin: Array.from({ length: 2_000_000 }, (_, i) => i * 1e-4) }];
      write(root, 'model/appointments-2e6.json', JSON.stringify({ ...m, sources }));
    },
  },
  {
    name: 'plan/vertices-1e5.geojson',
    expected: { exit: 2, code: 'WSM_LIMIT_EXCEEDED', why: 'a 1e5-vertex polygon ran past a minute' },
    make: (root) =>
      write(
        root,
        'plan/vertices-1e5.geojson',
        localPlan([
          {
            type: 'Feature',
            properties: { kind: 'building', id: 'b', levels: [1] },
            geometry: { type: 'Polygon', coordinates: [ring(100_000, 50)] },
          },
        ]),
      ),
  },
  {
    name: 'plan/doors-20000.geojson',
    expected: { exit: 2, code: 'WSM_LIMIT_EXCEEDED', why: '20,000 doors ran past a minute' },
    make: (root) => {
      const doors = Array.from({ length: 20_000 }, (_, i) => ({
        type: 'Feature',
        properties: { kind: 'door', id: `d${i}`, level: 1 },
        geometry: { type: 'Point', coordinates: [i * 0.001, 0] },
      }));
      write(root, 'plan/doors-20000.geojson', localPlan(doors));
    },
  },
];
