import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWalkingNetwork } from '../../floorplans/buildWalkingNetwork.js';
import { syntheticGridPlan } from '../../floorplans/library/generate/syntheticGridPlan.js';
import { validateFloorPlan } from '../../floorplans/validateFloorPlan.js';
import type { WalkingNetwork } from '../../floorplans/walkingNetwork.js';
import { THREAD_MIN_ZONES, zoneDistanceMatrix, type ZoneDistanceMatrix } from '../../floorplans/zoneDistanceMatrix.js';
import {
  startZoneDistanceThread,
  stopZoneDistanceThread,
  zoneDistanceThreadStats,
} from '../../floorplans/zoneDistanceThreads.js';

/** Same bytes, so NaN, −0 and every last bit count. */
function sameBits(a: Float64Array, b: Float64Array): boolean {
  return (
    a.length === b.length &&
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
  );
}

function expectSameMatrix(a: ZoneDistanceMatrix, b: ZoneDistanceMatrix): void {
  expect(a.zoneIds).toEqual(b.zoneIds);
  expect(sameBits(a.lengthM, b.lengthM)).toBe(true);
  expect(sameBits(a.timeMin, b.timeMin)).toBe(true);
}

describe('zone distance matrix on two threads', () => {
  let staff: WalkingNetwork;
  let visitor: WalkingNetwork;
  let single: ZoneDistanceMatrix;

  beforeAll(() => {
    const { plan, issues } = validateFloorPlan(syntheticGridPlan(20));
    expect(issues).toEqual([]);
    staff = buildWalkingNetwork(plan, { audience: 'staff' });
    visitor = buildWalkingNetwork(plan, { audience: 'visitor' });
    single = zoneDistanceMatrix(staff, { threadMinZones: Infinity });
  });

  afterAll(() => stopZoneDistanceThread());

  it('gives the single-thread matrix to the bit on a plan above the threshold', async () => {
    expect(staff.zoneIds.length).toBeGreaterThanOrEqual(THREAD_MIN_ZONES);
    expect(await startZoneDistanceThread()).toBe(true);
    const threaded = zoneDistanceMatrix(staff);
    expect(zoneDistanceThreadStats.lastRun?.workerRows).toBeGreaterThan(0);
    expect(zoneDistanceThreadStats.lastRun?.workerFailed).toBe(false);
    expectSameMatrix(threaded, single);
    expect(threaded.lengthM.buffer).toBeInstanceOf(ArrayBuffer); // plain, not shared, memory
  });

  it('starts no thread for a small plan, nor for a network without searched rows', async () => {
    await stopZoneDistanceThread();
    const starts = zoneDistanceThreadStats.threadStarts;
    const { plan } = validateFloorPlan(syntheticGridPlan(2));
    const small = buildWalkingNetwork(plan, { audience: 'staff' });
    const m = zoneDistanceMatrix(small);
    expectSameMatrix(m, zoneDistanceMatrix(small, { threadMinZones: Infinity }));
    // 2,100 zones, but every one staff-only: the visitor matrix is all Infinity fills.
    const v = zoneDistanceMatrix(visitor);
    expect(v.timeMin.every((t) => t === Infinity)).toBe(true);
    expect(zoneDistanceThreadStats.threadStarts).toBe(starts);
  });

  it('does not hang when the worker dies mid-row: the main thread finishes its rows', async () => {
    expect(await startZoneDistanceThread()).toBe(true);
    const started = performance.now();
    const m = zoneDistanceMatrix(staff, { workerExitAfterRows: 5, stallMs: 300 });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(zoneDistanceThreadStats.lastRun).toEqual({ workerRows: 4, fallbackRows: 1, workerFailed: true });
    expectSameMatrix(m, single);
    // The dead worker was retired: the next large matrix starts a fresh one and is exact again.
    expectSameMatrix(zoneDistanceMatrix(staff), single);
  });
});
