/**
 * Lays zones side by side along a band (a strip x0…x1 of fixed depth): each gets the band's depth
 * and the width its target area asks for (at least its minimum width). Too little band: every
 * width shrinks in proportion (the plan then shows the deficit in the area check). Band left
 * over: a filler zone takes it (or the last zone, when the rest is a sliver).
 */

export interface BandItem<T> {
  item: T;
  targetM2: number;
  minWidthM: number;
}

export interface PlacedItem<T> {
  item: T;
  x0: number;
  x1: number;
}

/** Rests narrower than this go to the last zone instead of a filler. */
const SLIVER_M = 1;

export function packBand<T>(
  items: readonly BandItem<T>[],
  x0: number,
  x1: number,
  depthM: number,
  filler?: T,
): PlacedItem<T>[] {
  const widths = items.map((i) => Math.max(i.minWidthM, i.targetM2 / depthM));
  const total = widths.reduce((a, b) => a + b, 0);
  const room = x1 - x0;
  const scale = total > room ? room / total : 1;
  const out: PlacedItem<T>[] = [];
  let x = x0;
  items.forEach((it, k) => {
    const w = widths[k] * scale;
    out.push({ item: it.item, x0: x, x1: x + w });
    x += w;
  });
  const rest = x1 - x;
  if (rest > 1e-9) {
    if (filler !== undefined && rest >= SLIVER_M) out.push({ item: filler, x0: x, x1 });
    else if (out.length > 0) out[out.length - 1].x1 = x1;
    else if (filler !== undefined) out.push({ item: filler, x0: x, x1 });
  }
  // Snap to centimetres so shared walls match exactly.
  for (const p of out) {
    p.x0 = Math.round(p.x0 * 100) / 100;
    p.x1 = Math.round(p.x1 * 100) / 100;
  }
  for (let k = 1; k < out.length; k++) out[k].x0 = out[k - 1].x1;
  if (out.length > 0) out[out.length - 1].x1 = x1;
  return out;
}

/** Splits items over bands in order, each band holding what fits by target area (m²); the last band takes the rest. */
export function fillBands<T>(items: readonly BandItem<T>[], capacitiesM2: readonly number[]): BandItem<T>[][] {
  const out: BandItem<T>[][] = capacitiesM2.map(() => []);
  let band = 0;
  let used = 0;
  for (const it of items) {
    while (band < capacitiesM2.length - 1 && used > 0 && used + it.targetM2 > capacitiesM2[band] + 1e-9) {
      band += 1;
      used = 0;
    }
    out[band].push(it);
    used += it.targetM2;
  }
  return out;
}
