/** The label of one plan zone: placed inside the zone, shrunk to fit, in black or white for contrast. */
import { finiteOrNull } from './format.js';
import { contrastText } from './palette.js';
import type { PointPx } from './pathData.js';
import { boundsM, labelPointM, largestRing, type XYM } from './planGeometry.js';
import { h, type SvgNode } from './svgNode.js';
import { textWidthPx } from './textWidth.js';

export interface LabelledZone {
  label: string;
  rings: XYM[][];
  value: number | null;
}

/** The zone's name, and its value underneath when the zone is tall enough; shrunk (not below 7 px) to fit. */
export function planZoneLabel(
  z: LabelledZone,
  at: (p: XYM) => PointPx,
  pxPerM: number,
  fs: number,
  fmt: (v: number) => string,
  fill: string,
): SvgNode | null {
  const ring = largestRing(z.rings);
  if (ring.length < 3) return null;
  const b = boundsM(ring);
  const zoneW = (b.maxXM - b.minXM) * pxPerM;
  const zoneH = (b.maxYM - b.minYM) * pxPerM;
  const [x, y] = at(labelPointM(ring));
  const base = fs * 0.85;
  const size = Math.max(7, Math.min(base, (base * (zoneW - 4)) / Math.max(1, textWidthPx(z.label, base))));
  const v = finiteOrNull(z.value);
  const twoLines = v !== null && zoneH > size * 2.6;
  const ink = contrastText(fill);
  return h(
    'text',
    {
      class: 'zone-label',
      x,
      y: twoLines ? y - size * 0.25 : y + size * 0.35,
      'text-anchor': 'middle',
      'font-size': size,
      fill: ink,
    },
    z.label,
    twoLines && h('tspan', { x, dy: size * 1.15, 'font-size': size * 0.9 }, fmt(v)),
  );
}
