/** Tick values of a linear domain without building a scale (legends that are not axes). */
import { ticks } from 'd3';

export function linearTicks([d0, d1]: [number, number], count: number): number[] {
  return ticks(Math.min(d0, d1), Math.max(d0, d1), count);
}
