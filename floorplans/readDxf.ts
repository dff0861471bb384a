/**
 * A reader of ASCII DXF for what a floor plan needs: the drawing units ($INSUNITS) and the
 * entities LWPOLYLINE, POLYLINE (with VERTEX … SEQEND), LINE, POINT, TEXT and MTEXT with their
 * layers. A DXF is a list of (group code, value) line pairs; this reader takes one pair per step,
 * so it ends on any input, and refuses a drawing whose pairs are broken (a code that is not a
 * number, a coordinate that is not finite) with the line it stopped at. It replaces a general
 * parser that looped for ever on misaligned pairs. Reference: Autodesk, "DXF Reference" (group
 * codes 0 type, 8 layer, 10/20 x/y, 11/21 second point, 42 bulge, 70 flags, 1/3 text).
 */
import { InputError } from '../engine/inputError.js';

export interface DxfPoint {
  x: number;
  y: number;
}

export interface DxfVertex extends DxfPoint {
  bulge?: number;
}

export type DxfEntity =
  | { type: 'LWPOLYLINE' | 'POLYLINE'; layer: string; closed: boolean; vertices: DxfVertex[] }
  | { type: 'LINE'; layer: string; vertices: DxfPoint[] }
  | { type: 'POINT'; layer: string; position?: DxfPoint }
  | { type: 'TEXT' | 'MTEXT'; layer: string; position?: DxfPoint; text: string }
  | { type: 'OTHER'; layer: string; name: string };

export interface DxfDrawing {
  insunits?: number;
  entities: DxfEntity[];
}

const fail = (line: number, message: string) =>
  new InputError([{ path: `dxf line ${line}`, message }], 'WSM_DXF_INVALID');

/** Reads `text`; throws InputError (WSM_DXF_INVALID) naming the line where the drawing breaks. */
export function readDxf(text: string): DxfDrawing {
  const lines = text.split(/\r\n|\r|\n/);
  const codeAt = (i: number): number => {
    const codeText = lines[i].trim();
    if (!/^-?\d{1,4}$/.test(codeText))
      throw fail(
        i + 1,
        `expected a group code (a whole number), got a line of ${codeText.length} characters that is not one`,
      );
    return Number(codeText);
  };
  const drawing: DxfDrawing = { entities: [] };
  let section = '';
  let lastVariable = '';
  let ended = false;
  // The entity being read; a POLYLINE stays open while its VERTEX entities (read into `vertex`) follow.
  let entity: Builder | null = null;
  let polyline: Builder | null = null;
  let vertex: Builder | null = null;
  const finish = () => {
    if (entity !== null) drawing.entities.push(entity.build());
    if (polyline !== null) drawing.entities.push(polyline.build());
    entity = polyline = vertex = null;
  };
  // One (code, value) pair of lines per step: the loop ends on any input.
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const code = codeAt(i);
    const value = lines[i + 1].trim();
    const line = i + 2;
    if (code === 0) {
      if (value === 'SECTION') {
        finish();
        const named = i + 3 < lines.length && codeAt(i + 2) === 2;
        section = named ? lines[i + 3].trim() : '';
        if (named) i += 2;
        continue;
      }
      if (value === 'ENDSEC' || value === 'EOF') {
        finish();
        section = '';
        if (value === 'EOF') {
          ended = true;
          break;
        }
        continue;
      }
      if (section !== 'ENTITIES') continue;
      if (polyline !== null && value === 'VERTEX') {
        vertex = vertexOf(polyline);
        continue;
      }
      if (polyline !== null && value === 'SEQEND') {
        finish();
        continue;
      }
      finish();
      const next = builderFor(value);
      if (next.kind === 'POLYLINE') polyline = next;
      else entity = next;
      continue;
    }
    if (section === 'HEADER') {
      if (code === 9) lastVariable = value;
      else if (lastVariable === '$INSUNITS' && code === 70) drawing.insunits = integer(value, line);
      continue;
    }
    if (section === 'ENTITIES') (vertex ?? entity ?? polyline)?.take(code, value, line);
  }
  finish();
  // A drawing cut short (a copy interrupted) must not import as the part that arrived.
  if (!ended)
    throw fail(
      lines.length,
      'expected the drawing to end with its EOF marker (0 / EOF), got the end of the file first: the file is cut short',
    );
  return drawing;
}

interface Builder {
  kind: string;
  take(code: number, value: string, line: number): void;
  build(): DxfEntity;
}

function coordinate(value: string, line: number): number {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n))
    throw fail(line, `expected a finite coordinate, got ${JSON.stringify(value.slice(0, 20))}`);
  return n;
}

function integer(value: string, line: number): number {
  const n = Number(value);
  if (!Number.isInteger(n)) throw fail(line, `expected a whole number, got ${JSON.stringify(value.slice(0, 20))}`);
  return n;
}

function builderFor(type: string): Builder {
  let layer = '0';
  const common = (code: number, value: string) => {
    if (code === 8) layer = value;
  };
  switch (type) {
    case 'LWPOLYLINE':
    case 'POLYLINE': {
      const vertices: DxfVertex[] = [];
      let closed = false;
      return {
        kind: type,
        take(code, value, line) {
          common(code, value);
          if (code === 70) closed = (integer(value, line) & 1) === 1;
          else if (type === 'LWPOLYLINE' && code === 10) vertices.push({ x: coordinate(value, line), y: NaN });
          else if (type === 'LWPOLYLINE' && code === 20 && vertices.length > 0)
            vertices[vertices.length - 1].y = coordinate(value, line);
          else if (type === 'LWPOLYLINE' && code === 42 && vertices.length > 0)
            vertices[vertices.length - 1].bulge = coordinate(value, line);
        },
        build: () => ({
          type,
          layer,
          closed,
          vertices: vertices.filter((v) => Number.isFinite(v.x) && Number.isFinite(v.y)),
        }),
        vertices,
      } as Builder & { vertices: DxfVertex[] };
    }
    case 'LINE': {
      const a: DxfPoint = { x: NaN, y: NaN };
      const b: DxfPoint = { x: NaN, y: NaN };
      return {
        kind: type,
        take(code, value, line) {
          common(code, value);
          if (code === 10) a.x = coordinate(value, line);
          else if (code === 20) a.y = coordinate(value, line);
          else if (code === 11) b.x = coordinate(value, line);
          else if (code === 21) b.y = coordinate(value, line);
        },
        build: () => ({ type, layer, vertices: [a, b].filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)) }),
      };
    }
    case 'POINT':
    case 'TEXT':
    case 'MTEXT': {
      const at: DxfPoint = { x: NaN, y: NaN };
      let text = '';
      return {
        kind: type,
        take(code, value, line) {
          common(code, value);
          if (code === 10) at.x = coordinate(value, line);
          else if (code === 20) at.y = coordinate(value, line);
          else if (code === 1 || code === 3) text += value;
        },
        build: () => {
          const position = Number.isFinite(at.x) && Number.isFinite(at.y) ? at : undefined;
          return type === 'POINT' ? { type, layer, position } : { type, layer, position, text };
        },
      };
    }
    default:
      return {
        kind: 'OTHER',
        take: (code, value) => common(code, value),
        build: () => ({ type: 'OTHER', layer, name: type }),
      };
  }
}

/** A VERTEX of the POLYLINE being read: its 10/20/42 go to the polyline's vertex list. */
function vertexOf(polyline: Builder): Builder {
  const vertices = (polyline as Builder & { vertices: DxfVertex[] }).vertices;
  const v: DxfVertex = { x: NaN, y: NaN };
  vertices.push(v);
  return {
    kind: 'VERTEX',
    take(code, value, line) {
      if (code === 10) v.x = coordinate(value, line);
      else if (code === 20) v.y = coordinate(value, line);
      else if (code === 42) v.bulge = coordinate(value, line);
    },
    build: () => ({ type: 'OTHER', layer: '', name: 'VERTEX' }),
  };
}
