/**
 * Colours, chosen so every chart reads for people with colour-vision deficiency (about 1 man in
 * 20 in Japan) and in greyscale print:
 * - categories: Okabe & Ito (2008), eight hues that stay distinct under protan, deutan and
 *   tritan vision. Ordered for lines on white: yellow last because it has the lowest contrast.
 * - sequential (occupancy, KPI sweeps): cividis (optimised for deuteranopia, lightness rises
 *   monotonically so greyscale keeps the order) or viridis.
 * - diverging (m² surplus/deficit, differences): ColorBrewer RdBu or PuOr, both rated
 *   colour-blind safe; deficit (negative) on the warm side (red / orange), surplus on the cool
 *   side, and near-white at zero.
 * Colour is never the only cue: charts also use dash patterns, hatching, outlines and labels.
 */
import {
  color,
  interpolateCividis,
  interpolatePuOr,
  interpolateRdBu,
  interpolateViridis,
  scaleDiverging,
  scaleSequential,
  type ScaleDiverging,
  type ScaleSequential,
} from 'd3';

/** Okabe–Ito, in the order series receive them. */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  black: '#000000',
  yellow: '#F0E442',
} as const;

export const CATEGORY_COLOURS: readonly string[] = Object.values(OKABE_ITO);

/** Colour of the i-th category (wraps after eight; charts add a second cue such as the marker shape). */
export const categoryColour = (i: number): string =>
  CATEGORY_COLOURS[((i % CATEGORY_COLOURS.length) + CATEGORY_COLOURS.length) % CATEGORY_COLOURS.length];

/** Neutral inks for axes, grids, rules and text. */
export const INK = {
  text: '#222222',
  axis: '#555555',
  grid: '#e3e3e3',
  rule: '#000000',
  noData: '#f2f2f2',
  paper: '#ffffff',
} as const;

export type SequentialScheme = 'cividis' | 'viridis';
export type DivergingScheme = 'RdBu' | 'PuOr';

const SEQUENTIAL: Record<SequentialScheme, (t: number) => string> = {
  cividis: interpolateCividis,
  viridis: interpolateViridis,
};

// d3's PuOr runs purple → orange; flip it so negative (deficit) is orange like RdBu's red.
const DIVERGING: Record<DivergingScheme, (t: number) => string> = {
  RdBu: interpolateRdBu,
  PuOr: (t) => interpolatePuOr(1 - t),
};

/** Sequential scale over [min, max] (a zero-width domain is widened so every value gets a colour). */
export function sequentialScale(
  [min, max]: [number, number],
  scheme: SequentialScheme = 'cividis',
): ScaleSequential<string> {
  const hi = max > min ? max : min + 1;
  return scaleSequential(SEQUENTIAL[scheme]).domain([min, hi]).clamp(true);
}

/** Diverging scale centred on 0 over [−maxAbs, +maxAbs]. */
export function divergingScale(maxAbs: number, scheme: DivergingScheme = 'RdBu'): ScaleDiverging<string> {
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  return scaleDiverging(DIVERGING[scheme]).domain([-m, 0, m]).clamp(true);
}

/** Black or white, whichever reads better on `fill` (WCAG relative luminance). */
export function contrastText(fill: string): string {
  const c = color(fill)?.rgb();
  if (!c) return INK.text;
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const lum = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
  // Crossover where contrast with black equals contrast with white.
  return lum > 0.179 ? '#000000' : '#ffffff';
}

/** A colour as #rrggbb (d3 interpolators return rgb(...) strings; hex is shorter and stable). */
export const hex = (c: string): string => color(c)?.formatHex() ?? c;
