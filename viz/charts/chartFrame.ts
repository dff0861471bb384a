/**
 * The frame every chart shares: size and margins, the root <svg> with its accessible name
 * (<title>, <desc>, role="img"), a font stack that has Japanese glyphs on Linux, macOS and
 * Windows, an optional visible title and the legend above the plot area.
 */
import type { ChartOptions } from './chartTypes.js';
import { legend, type LegendItem } from './legend.js';
import { INK } from './palette.js';
import { h, translate, type SvgChildInput, type SvgNode } from './svgNode.js';

/** CJK-capable fonts first (server reports are often viewed on Linux, then macOS, then Windows). */
export const FONT_FAMILY = '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif';

export interface MarginsPx {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FrameSpec {
  /** Chart kind for the root class, e.g. 'fan' → class "wardsim-chart chart-fan". */
  kind: string;
  /** Default width when the caller gives none. */
  widthPx: number;
  /** Default total height when the caller gives none (ignored if innerHeightPx is given). */
  heightPx?: number;
  /** Plot height derived from the data (rows, panels, plan aspect); total height follows. */
  innerHeightPx?: number;
  /** Margins around the plot area, below the title and legend. */
  marginPx: MarginsPx;
  legend?: LegendItem[];
}

export interface Frame {
  id: string;
  kind: string;
  widthPx: number;
  heightPx: number;
  fontSizePx: number;
  margin: MarginsPx;
  /** Top-left corner of the plot area in the root's coordinates. */
  plotXPx: number;
  plotYPx: number;
  innerWidthPx: number;
  innerHeightPx: number;
  /** Legend group, already laid out (null when there is nothing to explain). */
  legendNode: SvgNode | null;
}

/** id of an element inside this chart: prefixed so two charts on one page never clash. */
export const ref = (frame: Frame, suffix: string): string => `${frame.id}-${suffix}`;

export function chartFrame(options: ChartOptions, spec: FrameSpec): Frame {
  const fontSizePx = options.fontSizePx ?? 12;
  const widthPx = Math.max(80, options.widthPx ?? spec.widthPx);
  const margin = spec.marginPx;
  const titleH = options.showTitle === false ? 0 : Math.round(fontSizePx * 2.2);
  const items = spec.legend ?? [];
  const lay = items.length ? legend(items, widthPx - margin.left - margin.right, fontSizePx) : null;
  const legendH = lay ? lay.heightPx + Math.round(fontSizePx * 0.6) : 0;
  const top = titleH + legendH + margin.top;
  let innerHeightPx: number;
  let heightPx: number;
  if (options.heightPx !== undefined) {
    heightPx = options.heightPx;
    innerHeightPx = Math.max(20, heightPx - top - margin.bottom);
  } else if (spec.innerHeightPx !== undefined) {
    innerHeightPx = Math.max(20, spec.innerHeightPx);
    heightPx = Math.ceil(top + innerHeightPx + margin.bottom);
  } else {
    heightPx = spec.heightPx ?? Math.round(widthPx * 0.5);
    innerHeightPx = Math.max(20, heightPx - top - margin.bottom);
  }
  return {
    id: options.id,
    kind: spec.kind,
    widthPx,
    heightPx,
    fontSizePx,
    margin,
    plotXPx: margin.left,
    plotYPx: top,
    innerWidthPx: Math.max(20, widthPx - margin.left - margin.right),
    innerHeightPx,
    legendNode: lay ? h('g', { transform: translate(margin.left, titleH + 2) }, lay.node) : null,
  };
}

/**
 * The root <svg>: accessible name and description first, then `defs` (patterns, gradients),
 * the visible title, the legend and `plot` placed at the plot area's corner.
 */
export function chartRoot(
  frame: Frame,
  options: ChartOptions,
  plot: SvgChildInput,
  defs: SvgChildInput[] = [],
): SvgNode {
  const titleId = ref(frame, 'title');
  const descId = ref(frame, 'desc');
  const defsNode = defs.filter(Boolean).length ? h('defs', {}, defs) : null;
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      id: frame.id,
      class: `wardsim-chart chart-${frame.kind}`,
      role: 'img',
      'aria-labelledby': titleId,
      'aria-describedby': descId,
      width: frame.widthPx,
      height: frame.heightPx,
      viewBox: `0 0 ${frame.widthPx} ${frame.heightPx}`,
      'font-family': FONT_FAMILY,
      'font-size': frame.fontSizePx,
      fill: INK.text,
    },
    h('title', { id: titleId }, options.title),
    h('desc', { id: descId }, options.desc),
    defsNode,
    options.showTitle !== false &&
      h(
        'text',
        {
          class: 'chart-title',
          x: frame.margin.left,
          y: Math.round(frame.fontSizePx * 1.4),
          'font-size': frame.fontSizePx * 1.25,
          'font-weight': 'bold',
        },
        options.title,
      ),
    frame.legendNode,
    h('g', { class: 'plot', transform: translate(frame.plotXPx, frame.plotYPx) }, plot),
  );
}
