import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wardsim } from '../cliHarness.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const TMP = mkdtempSync(join(tmpdir(), 'wardsim-floorplan-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Runs `wardsim floorplan …` in-process and captures what it writes. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await wardsim(['floorplan', ...args]);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('wardsim floorplan', () => {
  it('check prints the area table of a valid plan (exit 0)', async () => {
    const r = await run('check', join(ROOT, 'floorplans', 'library', 'kita-current.geojson'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('counter-koseki-jumin-1F');
    expect(r.out).toMatch(/gross floor area \(outlines × levels\): 5913\.6 m²/);
  });

  it('check prints one line per problem naming the feature (exit 2)', async () => {
    const r = await run('check', join(FIXTURES, 'invalid', 'overlap.geojson'));
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(/^features\[5\] \(id "office-a"\)\.geometry: .*"meeting-overlap"/);
  });

  it('check --json with demand and staff files', async () => {
    const demand = join(TMP, 'demand.json');
    const staff = join(TMP, 'staff.json');
    writeFileSync(
      demand,
      JSON.stringify({ waitingSeatsP95: 80, counterPositionsByDepartment: { 'koseki-jumin': 10 } }),
    );
    writeFileSync(staff, JSON.stringify({ general: 20 }));
    const r = await run('check', join(FIXTURES, 'small-valid.geojson'), '--json', '--demand', demand, '--staff', staff);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as {
      ok: boolean;
      zones: unknown[];
      spaceCheck: { status: string }[];
      officeStandards: { planGrossM2: number };
    };
    expect(result.ok).toBe(true);
    expect(result.zones).toHaveLength(6);
    expect(result.spaceCheck.map((x) => x.status)).toEqual(['ok', 'deficit']);
    expect(result.officeStandards.planGrossM2).toBeCloseTo(600, 6);
  });

  it('check rejects a bad demand file with the field path', async () => {
    const demand = join(TMP, 'bad-demand.json');
    writeFileSync(demand, JSON.stringify({ waitingSeats: 3 }));
    const r = await run('check', join(FIXTURES, 'small-valid.geojson'), '--demand', demand);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^waitingSeats: unknown field .*\[WSM_DEMAND_INVALID\]$/m);
  });

  it('show --out writes an SVG of one level', async () => {
    const out = join(TMP, 'plan.svg');
    const r = await run(
      'show',
      join(ROOT, 'floorplans', 'library', 'kita-option-a.geojson'),
      '--out',
      out,
      '--level',
      '1',
    );
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('data-id="lobby-1F"');
    expect(svg).toContain('ロビー');
  });

  it('show rejects a level the plan does not have', async () => {
    const r = await run('show', join(FIXTURES, 'small-valid.geojson'), '--level', '4');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--level: expected one of the plan's levels .*\[WSM_FLAG_INVALID\]/);
  });

  it('import --out writes GeoJSON from the DXF fixture', async () => {
    const out = join(TMP, 'plan.geojson');
    const r = await run(
      'import',
      join(FIXTURES, 'ward-1f.dxf'),
      '--layers',
      join(FIXTURES, 'ward-1f.layers.json'),
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(r.err).toContain('skipped unmapped layers: A-FURN (2)');
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { features: unknown[] };
    expect(doc.features).toHaveLength(13);
  });

  it('prints help for the command and each sub-command', async () => {
    expect((await run('--help')).out).toContain('Usage: wardsim floorplan <check|show|import>');
    for (const sub of ['check', 'show', 'import']) {
      const r = await run(sub, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain(`Usage: wardsim floorplan ${sub}`);
    }
  });

  it('reports a missing file naming it (exit 2, WSM_FILE_UNREADABLE)', async () => {
    const r = await run('check', join(TMP, 'nope.geojson'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/nope\.geojson.*no such file.*\[WSM_FILE_UNREADABLE\]/);
  });

  it('refuses to write the SVG over the plan it draws, and leaves the plan as it was', async () => {
    const plan = join(TMP, 'own.geojson');
    const text = readFileSync(join(FIXTURES, 'small-valid.geojson'), 'utf8');
    writeFileSync(plan, text);
    const r = await run('show', plan, '--out', plan);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^--out: expected an output file other than the inputs.*\[WSM_FLAG_INVALID\]/);
    expect(readFileSync(plan, 'utf8')).toBe(text);
  });
});
