/** SVG path data from pixel points, rounded to 2 decimals (short, stable output). */
import { formatNumber as n } from './svgNode.js';

export type PointPx = [number, number];

/** Open polyline "M…L…". */
export const polylineD = (points: PointPx[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)},${n(y)}`).join('');

/** Closed polygon, one subpath per ring (use fill-rule evenodd for holes). */
export const ringsD = (rings: PointPx[][]): string =>
  rings
    .filter((r) => r.length >= 2)
    .map((r) => `${polylineD(r)}Z`)
    .join('');

/** Band between an upper and a lower line sampled at the same x positions. */
export const bandD = (xs: number[], upper: number[], lower: number[]): string =>
  ringsD([[...xs.map((x, i): PointPx => [x, upper[i]]), ...xs.map((x, i): PointPx => [x, lower[i]]).reverse()]]);

/** Index runs where `defined` holds: lines and bands break at missing values instead of dropping to 0. */
export function definedRuns(length: number, defined: (i: number) => boolean): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  for (let i = 0; i < length; i++) {
    if (defined(i)) run.push(i);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  return runs;
}
