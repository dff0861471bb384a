/**
 * Which unit counts of a space to simulate, and the answers read from them, when the requests
 * depend on the count (requestsDependOnUnits.ts). Each simulated count is a run of the whole
 * office with that count on the same seed (common random numbers), so its blocking is right at
 * that count; to keep `wardsim size` fast only the counts that decide the answers are run — a
 * window around them found from the replayed curve's guess:
 *
 * - `unitsNeeded` = c with simulated blocking ≤ β at c and > β at c − 1;
 * - `unitsNeededUpper` = the same with the upper 95 % bound.
 *
 * The run of today's count and the count 0 (every request blocked, whatever the stream) are
 * known without a run. Mode `all` simulates every count up to the first one at which no
 * request was blocked in any replication: from there on the count is never reached, so every
 * larger count gives the very same run (blocking exactly 0, the same carried load).
 */
import type { BlockingCurvePoint } from './sizeSpaces.js';

export type CurveMode = 'window' | 'all';

export interface SizedCurvePoint extends BlockingCurvePoint {
  /** True when the point comes from a run with this many units; false: today's requests replayed. */
  simulated: boolean;
}

export interface CountSearchInput {
  /** The curve replayed from today's run (its point at unitsNow is simulated). */
  replayed: readonly BlockingCurvePoint[];
  unitsNow: number;
  replayedNeeded: number | null;
  replayedNeededUpper: number | null;
  beta: number;
  mode: CurveMode;
  /** Runs the office with `units` units of the space; the blocking point at that count. */
  simulate: (units: number) => Promise<BlockingCurvePoint>;
}

export interface CountSearchResult {
  curve: SizedCurvePoint[];
  unitsNeeded: number | null;
  unitsNeededUpper: number | null;
}

const EPS = 1e-12;

export async function searchSpaceCounts(input: CountSearchInput): Promise<CountSearchResult> {
  const { replayed, beta } = input;
  const maxUnits = replayed.length - 1;
  const known = new Map<number, BlockingCurvePoint>();
  if (input.unitsNow <= maxUnits) known.set(input.unitsNow, replayed[input.unitsNow]);
  known.set(0, replayed[0]);
  const get = async (c: number): Promise<BlockingCurvePoint> => {
    const have = known.get(c);
    if (have !== undefined) return have;
    const p = await input.simulate(c);
    known.set(c, p);
    return p;
  };
  const meets = (p: BlockingCurvePoint, upper: boolean) =>
    p.mean === null || p.mean + (upper ? (p.ci95 ?? 0) : 0) <= beta + EPS;
  if (input.mode === 'all') {
    for (let c = 1; c <= maxUnits; c++) {
      const p = await get(c);
      if (p.mean !== 0 || (p.ci95 ?? 0) !== 0) continue;
      // Nothing blocked at c: the c-th unit was never needed, so every larger count is this run.
      for (let d = c + 1; d <= maxUnits; d++) {
        if (!known.has(d))
          known.set(d, {
            units: d,
            mean: 0,
            ci95: 0,
            utilization: p.utilization === null ? null : (p.utilization * c) / d,
          });
      }
      break;
    }
  }

  // Walks from a guess to the count where the target is first met (the count below misses it).
  const answer = async (guess: number | null, upper: boolean): Promise<number | null> => {
    let g = Math.min(maxUnits, Math.max(0, guess ?? maxUnits));
    for (;;) {
      if (meets(await get(g), upper)) {
        if (g === 0 || !meets(await get(g - 1), upper)) return g;
        g--;
      } else {
        if (g === maxUnits) return null;
        g++;
      }
    }
  };
  const unitsNeeded = await answer(input.replayedNeeded, false);
  const upperGuess = Math.max(unitsNeeded ?? maxUnits, input.replayedNeededUpper ?? maxUnits);
  const unitsNeededUpper = unitsNeeded === null ? null : await answer(upperGuess, true);
  const curve = replayed.map((p, c): SizedCurvePoint => {
    const sim = known.get(c);
    return sim === undefined ? { ...p, simulated: false } : { ...sim, simulated: true };
  });
  return { curve, unitsNeeded, unitsNeededUpper };
}
