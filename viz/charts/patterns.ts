/**
 * Hatch patterns for <defs>: a second cue beside colour (service level under target, staff
 * shortfall, missing values), so the distinction survives colour-blindness and greyscale print.
 */
import { h, type SvgNode } from './svgNode.js';

/** Diagonal lines of `stroke` over `background`; refer to it as `url(#id)`. */
export function hatchPattern(id: string, stroke: string, background: string, spacingPx = 6): SvgNode {
  return h(
    'pattern',
    { id, width: spacingPx, height: spacingPx, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    h('rect', { width: spacingPx, height: spacingPx, fill: background }),
    h('line', { x1: 0, y1: 0, x2: 0, y2: spacingPx, stroke, 'stroke-width': 2 }),
  );
}
