/** A scale bar for plans: two alternating segments of a round length in metres, labelled 0 and "L m". */
import { INK } from './palette.js';
import { formatNumber, h, type SvgNode } from './svgNode.js';

/** `pxPerM` px per metre; the bar is `lengthM` long, top-left at the origin. */
export function scaleBar(lengthM: number, pxPerM: number, fontSizePx: number): SvgNode {
  const w = lengthM * pxPerM;
  const hPx = 6;
  return h(
    'g',
    { class: 'scale-bar', 'data-length-m': lengthM, 'font-size': fontSizePx },
    h('rect', { x: 0, y: 0, width: w / 2, height: hPx, fill: INK.rule, stroke: INK.rule }),
    h('rect', { x: w / 2, y: 0, width: w / 2, height: hPx, fill: INK.paper, stroke: INK.rule }),
    h('text', { x: 0, y: hPx + fontSizePx + 2, 'text-anchor': 'middle' }, '0'),
    // 'm' is the SI symbol, the same in every language.
    h('text', { x: w, y: hPx + fontSizePx + 2, 'text-anchor': 'middle' }, `${formatNumber(lengthM)} m`),
  );
}
