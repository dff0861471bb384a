/**
 * A north arrow: a split arrowhead rotated `northDeg` clockwise from up (0 = north is up on the
 * drawing), with the caller's letter (e.g. 'N' or '北') upright beyond its tip.
 */
import { INK } from './palette.js';
import { formatNumber as n, h, type SvgNode } from './svgNode.js';

export function northArrow(northDeg: number, label: string, radiusPx: number, fontSizePx: number): SvgNode {
  const deg = Number.isFinite(northDeg) ? northDeg : 0;
  const r = radiusPx;
  const rad = (deg * Math.PI) / 180;
  const d = r + fontSizePx * 0.9;
  return h(
    'g',
    { class: 'north-arrow', 'data-north-deg': deg },
    h(
      'g',
      { transform: `rotate(${n(deg)})` },
      h('path', { d: `M0,${n(-r)}L${n(r * 0.45)},${n(r)}L0,${n(r * 0.55)}Z`, fill: INK.paper, stroke: INK.rule }),
      h('path', { d: `M0,${n(-r)}L${n(-r * 0.45)},${n(r)}L0,${n(r * 0.55)}Z`, fill: INK.rule, stroke: INK.rule }),
    ),
    h(
      'text',
      {
        x: Math.sin(rad) * d,
        y: -Math.cos(rad) * d + fontSizePx * 0.35,
        'text-anchor': 'middle',
        'font-weight': 'bold',
      },
      label,
    ),
  );
}
