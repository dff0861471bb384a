/**
 * Draws a plan as a standalone SVG string without a DOM: d3.geoPath over d3.geoIdentity (a
 * planar transform, y flipped because plan y runs north and SVG y runs down) returns path data
 * strings. One panel per level, all at the same scale; zones coloured by kind and labelled,
 * stairs and lifts hatched grey, doors green (public) or orange (staff), security lines dashed red.
 */
import { geoIdentity, geoPath } from 'd3';
import {
  planSpaces,
  polygonAreaM2,
  toClosedRings,
  type FloorPlan,
  type PlanPolygon,
  type XY,
} from '../floorplans/index.js';

export interface SvgOptions {
  /** Only this level; default every level, top floor first. */
  level?: number;
  /** Width of the drawing in px (default 1200). */
  widthPx?: number;
}

/** Fill colour by kind, grouped by hue: public blues/greens, staff warm tones. */
export const KIND_COLOURS: Readonly<Record<string, string>> = {
  entrance: '#9ecae1',
  lobby: '#c6dbef',
  waiting: '#deebf7',
  concierge: '#6baed6',
  reception: '#6baed6',
  counter: '#fdd0a2',
  'consultation-room': '#c7e9c0',
  'consultation-booth': '#a1d99b',
  exhibition: '#dadaeb',
  'circulation-public': '#f0f0f0',
  office: '#fee6ce',
  'booth-1p': '#fcbba1',
  'booth-group': '#fc9272',
  'meeting-room': '#fdae6b',
  focus: '#e5d8bd',
  lounge: '#fff7bc',
  'circulation-staff': '#e0e0e0',
  service: '#d9d9d9',
  stair: '#bdbdbd',
  lift: '#969696',
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Geo =
  | { type: 'Polygon'; coordinates: XY[][] }
  | { type: 'LineString'; coordinates: XY[] }
  | { type: 'Point'; coordinates: XY };

const poly = (p: PlanPolygon): Geo => ({ type: 'Polygon', coordinates: toClosedRings(p) });

/** The plan (or one level of it) as an SVG document string. */
export function renderFloorPlanSvg(plan: FloorPlan, options: SvgOptions = {}): string {
  const levels = options.level === undefined ? [...plan.levels].reverse() : [options.level];
  const widthPx = options.widthPx ?? 1200;
  const spaces = planSpaces(plan);
  const outlines = plan.buildings.map((b) => poly(b.polygon));
  const all = [...outlines, ...spaces.map((s) => poly(s.polygon))];
  const pad = 20;
  const titleH = 28;
  // Same scale on every panel: fit all levels' footprints into one panel's box.
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of all) {
    for (const ring of g.coordinates as XY[][]) {
      for (const [x, y] of ring) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  const [minX, minY, maxX, maxY] = Number.isFinite(box[0]) ? box : [0, 0, 1, 1];
  const innerW = widthPx - 2 * pad;
  const scale = innerW / Math.max(maxX - minX, 1e-9);
  const panelH = Math.ceil((maxY - minY) * scale) + 2 * pad + titleH;
  const projection = geoIdentity()
    .reflectY(true)
    .scale(scale)
    .translate([pad - minX * scale, pad + titleH + maxY * scale]);
  const path = geoPath(projection).pointRadius(4);
  const d = (g: Geo) => path(g as Parameters<typeof path>[0]) ?? '';
  const at = (p: XY) => projection(p) ?? [0, 0];

  const out: string[] = [];
  const legend = legendItems(spaces.filter((x) => levels.includes(x.level)).map((x) => x.kind));
  const legendRows = Math.ceil(legend.length / LEGEND_PER_ROW);
  const heightPx = panelH * levels.length + legendRows * LEGEND_ROW_PX + pad;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}" viewBox="0 0 ${widthPx} ${heightPx}" font-family="'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic',sans-serif">`,
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#636363" stroke-width="1.5"/></pattern></defs>',
    `<title>${esc(plan.nameJa ?? plan.name ?? 'floor plan')}</title>`,
  );
  levels.forEach((level, k) => {
    out.push(`<g class="level" data-level="${level}" transform="translate(0,${k * panelH})">`);
    out.push(
      `<text x="${pad}" y="${pad + 14}" font-size="16" font-weight="bold">${esc(`${plan.nameJa ?? plan.name ?? ''} ${level > 0 ? `${level}F` : `B${-level}F`}`.trim())}</text>`,
    );
    for (const b of plan.buildings.filter((x) => x.levels.includes(level))) {
      out.push(
        `<path class="building" data-id="${esc(b.id)}" d="${d(poly(b.polygon))}" fill="#ffffff" stroke="#252525" stroke-width="2.5"/>`,
      );
    }
    for (const s of spaces.filter((x) => x.level === level)) {
      const vertical = s.kind === 'stair' || s.kind === 'lift';
      const fill = KIND_COLOURS[s.kind] ?? '#ffffff';
      const area = polygonAreaM2(s.polygon);
      out.push(
        `<path class="zone kind-${s.kind}" data-id="${esc(s.id)}" data-access="${s.access}" d="${d(poly(s.polygon))}" fill="${fill}" fill-rule="evenodd" stroke="#525252" stroke-width="1"><title>${esc(
          `${s.id} (${s.kind}${s.department ? `, ${s.department}` : ''}, ${s.access}) ${area.toFixed(1)} m²`,
        )}</title></path>`,
      );
      if (vertical)
        out.push(`<path d="${d(poly(s.polygon))}" fill="url(#hatch)" stroke="none" pointer-events="none"/>`);
    }
    for (const s of spaces.filter((x) => x.level === level)) {
      const [x, y] = at(s.anchor);
      const label = s.properties.nameJa ?? s.properties.name ?? s.id;
      out.push(
        `<text class="label" x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="10" text-anchor="middle" dominant-baseline="middle">${esc(label)}</text>`,
      );
    }
    for (const door of plan.doors.filter((x) => x.level === level)) {
      const colour = door.access === 'public' ? '#238b45' : '#e6550d';
      const g: Geo =
        door.points.length === 1
          ? { type: 'Point', coordinates: door.points[0] }
          : { type: 'LineString', coordinates: door.points };
      out.push(
        door.points.length === 1
          ? `<path class="door door-${door.access}" data-id="${esc(door.id)}" d="${d(g)}" fill="${colour}"/>`
          : `<path class="door door-${door.access}" data-id="${esc(door.id)}" d="${d(g)}" fill="none" stroke="${colour}" stroke-width="4" stroke-linecap="butt"/>`,
      );
    }
    for (const line of plan.securityLines.filter((x) => x.level === level)) {
      out.push(
        `<path class="security-line" data-id="${esc(line.id)}" d="${d({ type: 'LineString', coordinates: line.points })}" fill="none" stroke="#cb181d" stroke-width="3" stroke-dasharray="8 4"/>`,
      );
    }
    out.push('</g>');
  });
  // Legend: every zone kind drawn, then doors and the security line.
  const top = panelH * levels.length;
  const colW = (widthPx - 2 * pad) / LEGEND_PER_ROW;
  legend.forEach((item, i) => {
    const x = pad + (i % LEGEND_PER_ROW) * colW;
    const y = top + Math.floor(i / LEGEND_PER_ROW) * LEGEND_ROW_PX;
    const swatch =
      item.kind === 'door-public' || item.kind === 'door-staff'
        ? `<line x1="${x}" y1="${y + 7}" x2="${x + 18}" y2="${y + 7}" stroke="${item.colour}" stroke-width="4"/>`
        : item.kind === 'security-line'
          ? `<line x1="${x}" y1="${y + 7}" x2="${x + 18}" y2="${y + 7}" stroke="${item.colour}" stroke-width="3" stroke-dasharray="6 3"/>`
          : `<rect x="${x}" y="${y}" width="18" height="14" fill="${item.colour}" stroke="#525252"/>`;
    out.push(
      `<g class="legend-item">${swatch}<text x="${x + 24}" y="${y + 11}" font-size="11">${esc(item.label)}</text></g>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

const LEGEND_PER_ROW = 5;
const LEGEND_ROW_PX = 20;

/** Japanese and English names of what the legend shows. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  entrance: '玄関 entrance',
  lobby: 'ロビー lobby',
  waiting: '待合 waiting',
  concierge: '総合案内 concierge',
  reception: '受付 reception',
  counter: '窓口 counter',
  'consultation-room': '相談室 consultation',
  'consultation-booth': '相談ブース consult. booth',
  exhibition: '展示 exhibition',
  'circulation-public': '共用通路 public corridor',
  office: '執務室 office',
  'booth-1p': '1人ブース 1-person booth',
  'booth-group': 'グループブース group booth',
  'meeting-room': '会議室 meeting room',
  focus: '集中席 focus',
  lounge: 'ラウンジ lounge',
  'circulation-staff': '職員通路 staff corridor',
  service: '諸室 service',
  stair: '階段 stair',
  lift: 'EV lift',
  'door-public': '扉（一般） public door',
  'door-staff': '扉（職員・IC） staff door',
  'security-line': 'セキュリティライン security line',
};

function legendItems(kinds: string[]): { kind: string; label: string; colour: string }[] {
  const used = Object.keys(KIND_COLOURS).filter((k) => kinds.includes(k));
  return [
    ...used.map((k) => ({ kind: k, label: KIND_LABELS[k] ?? k, colour: KIND_COLOURS[k] })),
    { kind: 'door-public', label: KIND_LABELS['door-public'], colour: '#238b45' },
    { kind: 'door-staff', label: KIND_LABELS['door-staff'], colour: '#e6550d' },
    { kind: 'security-line', label: KIND_LABELS['security-line'], colour: '#cb181d' },
  ];
}
