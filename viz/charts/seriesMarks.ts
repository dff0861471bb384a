/**
 * Lines and bands over possibly missing values: one path per run of defined values, so a gap in
 * the data is a gap in the drawing (never a drop to 0, never "NaN" in path data).
 */
import { INK } from './palette.js';
import { bandD, definedRuns, polylineD } from './pathData.js';
import { h, type SvgAttrInput, type SvgNode } from './svgNode.js';

type Attrs = Record<string, SvgAttrInput>;

const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** Line paths through the defined values (runs of one value draw no line; add points for them). */
export function linePaths(
  values: (number | null)[],
  xPx: (i: number) => number,
  yPx: (v: number) => number,
  attrs: Attrs,
): SvgNode[] {
  return definedRuns(values.length, (i) => ok(values[i]))
    .filter((run) => run.length > 1)
    .map((run) => h('path', { ...attrs, d: polylineD(run.map((i) => [xPx(i), yPx(values[i] ?? 0)])), fill: 'none' }));
}

/**
 * Band paths between `lower` and `upper` where both are defined. A lone defined value gets a box
 * `loneHalfWidthPx` either side, since there is no neighbour to draw a band to.
 */
export function bandPaths(
  lower: (number | null)[],
  upper: (number | null)[],
  xPx: (i: number) => number,
  yPx: (v: number) => number,
  loneHalfWidthPx: number,
  attrs: Attrs,
): SvgNode[] {
  return definedRuns(lower.length, (i) => ok(lower[i]) && ok(upper[i])).map((run) => {
    const lone = run.length === 1;
    const ix = lone ? [run[0], run[0]] : run;
    const xs = lone ? [xPx(run[0]) - loneHalfWidthPx, xPx(run[0]) + loneHalfWidthPx] : run.map(xPx);
    const d = bandD(
      xs,
      ix.map((i) => yPx(upper[i] ?? 0)),
      ix.map((i) => yPx(lower[i] ?? 0)),
    );
    return h('path', { ...attrs, d });
  });
}

/** A horizontal rule with a wide invisible twin that catches the pointer for its tooltip. */
export function ruleMarks(x1Px: number, x2Px: number, yPx: number, cls: string, tip: string, attrs: Attrs): SvgNode {
  return h(
    'g',
    { class: `rule ${cls}` },
    h('line', { x1: x1Px, x2: x2Px, y1: yPx, y2: yPx, stroke: INK.rule, 'stroke-width': 1.5, ...attrs }),
    h('line', {
      class: `hit ${cls}`,
      x1: x1Px,
      x2: x2Px,
      y1: yPx,
      y2: yPx,
      stroke: INK.rule,
      'stroke-opacity': 0,
      'stroke-width': 9,
      'data-tip': tip,
    }),
  );
}

/** Same as ruleMarks, vertical. */
export function vRuleMarks(xPx: number, y1Px: number, y2Px: number, cls: string, tip: string, attrs: Attrs): SvgNode {
  return h(
    'g',
    { class: `rule ${cls}` },
    h('line', { x1: xPx, x2: xPx, y1: y1Px, y2: y2Px, stroke: INK.rule, 'stroke-width': 1.5, ...attrs }),
    h('line', {
      class: `hit ${cls}`,
      x1: xPx,
      x2: xPx,
      y1: y1Px,
      y2: y2Px,
      stroke: INK.rule,
      'stroke-opacity': 0,
      'stroke-width': 9,
      'data-tip': tip,
    }),
  );
}
