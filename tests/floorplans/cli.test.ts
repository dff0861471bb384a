import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { floorplan } from '../../bin/commands/floorplan.js';
import { InputError } from '../../engine/inputError.js';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const TMP = mkdtempSync(join(tmpdir(), 'wardsim-floorplan-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** Runs `wardsim floorplan …` in-process and captures what it writes. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await floorplan.run(args);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
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
    writeFileSync(demand, JSON.stringify({ waitingSeatsP95: 80, counterPositionsByDepartment: { 'koseki-jumin': 10 } }));
    writeFileSync(staff, JSON.stringify({ general: 20 }));
    const r = await run('check', join(FIXTURES, 'small-valid.geojson'), '--json', '--demand', demand, '--staff', staff);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { ok: boolean; zones: unknown[]; spaceCheck: { status: string }[]; officeStandards: { planGrossM2: number } };
    expect(result.ok).toBe(true);
    expect(result.zones).toHaveLength(6);
    expect(result.spaceCheck.map((x) => x.status)).toEqual(['ok', 'deficit']);
    expect(result.officeStandards.planGrossM2).toBeCloseTo(600, 6);
  });

  it('check rejects a bad demand file with the field path', async () => {
    const demand = join(TMP, 'bad-demand.json');
    writeFileSync(demand, JSON.stringify({ waitingSeats: 3 }));
    await expect(run('check', join(FIXTURES, 'small-valid.geojson'), '--demand', demand)).rejects.toThrow(InputError);
  });

  it('show --out writes an SVG of one level', async () => {
    const out = join(TMP, 'plan.svg');
    const r = await run('show', join(ROOT, 'floorplans', 'library', 'kita-option-a.geojson'), '--out', out, '--level', '1');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toContain('data-id="lobby-1F"');
    expect(svg).toContain('ロビー');
  });

  it('show rejects a level the plan does not have', async () => {
    await expect(run('show', join(FIXTURES, 'small-valid.geojson'), '--level', '4')).rejects.toThrow(/--level/);
  });

  it('import --out writes GeoJSON from the DXF fixture', async () => {
    const out = join(TMP, 'plan.geojson');
    const r = await run('import', join(FIXTURES, 'ward-1f.dxf'), '--layers', join(FIXTURES, 'ward-1f.layers.json'), '--out', out);
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

  it('reports a missing file as an InputError naming it', async () => {
    await expect(run('check', join(TMP, 'nope.geojson'))).rejects.toThrow(InputError);
  });
});
