/**
 * Builds plan documents in metres from code: rectangles and rings for spaces, doors placed on
 * the wall two spaces share, stairs and lifts, security lines. Used by the sample-plan generator,
 * the benchmark and tests; handy for parametric studies too.
 */
import type { FeatureProperties } from './featureProperties.js';
import type { FloorPlanGeoJson, PlanFeature, PlanMetadata, Position } from './floorPlanGeoJson.js';

type Extra = Omit<FeatureProperties, 'kind' | 'id'>;

/** A closed rectangle ring from (x0, y0) to (x1, y1), counter-clockwise. */
export function rect(x0: number, y0: number, x1: number, y1: number): Position[] {
  return [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
}

export class PlanBuilder {
  readonly features: PlanFeature[] = [];
  private readonly rings = new Map<string, Position[]>();

  constructor(readonly meta: PlanMetadata = {}) {}

  private add(kind: FeatureProperties['kind'], id: string, geometry: PlanFeature['geometry'], extra: Extra): this {
    if (this.features.some((f) => f.properties.id === id)) throw new Error(`PlanBuilder: duplicate id ${id}`);
    this.features.push({ type: 'Feature', geometry, properties: { kind, id, ...extra } });
    return this;
  }

  /** A building outline serving `levels`. */
  building(id: string, levels: number[], ring: Position[], extra: Extra = {}): this {
    return this.add('building', id, { type: 'Polygon', coordinates: [ring] }, { levels, ...extra });
  }

  /** A zone (any polygon kind other than stair/lift/building); extra rings are holes. */
  zone(
    id: string,
    kind: FeatureProperties['kind'],
    level: number,
    ring: Position[],
    extra: Extra = {},
    holes: Position[][] = [],
  ): this {
    this.rings.set(id, ring);
    return this.add(kind, id, { type: 'Polygon', coordinates: [ring, ...holes] }, { level, ...extra });
  }

  /** A stair or lift footprint on every level in `levels`. */
  vertical(id: string, kind: 'stair' | 'lift', levels: number[], ring: Position[], extra: Extra = {}): this {
    this.rings.set(id, ring);
    return this.add(kind, id, { type: 'Polygon', coordinates: [ring] }, { levels, ...extra });
  }

  /** A door drawn as the opening from a to b (or a Point when b is omitted). */
  door(id: string, level: number, a: Position, b?: Position, extra: Extra = {}): this {
    const geometry: PlanFeature['geometry'] =
      b === undefined ? { type: 'Point', coordinates: a } : { type: 'LineString', coordinates: [a, b] };
    return this.add('door', id, geometry, { level, ...extra });
  }

  /**
   * A door of `widthM` on the longest wall stretch shared by spaces `a` and `b`, at fraction
   * `at` (0..1, default centre) along it; throws when they share no wall.
   */
  doorBetween(id: string, level: number, a: string, b: string, widthM = 1.8, extra: Extra = {}, at = 0.5): this {
    const shared = sharedWall(this.ringOf(a), this.ringOf(b));
    if (shared === null) throw new Error(`PlanBuilder: ${a} and ${b} share no wall`);
    const [p, q] = shared;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const w = Math.min(widthM, len - 0.2);
    const c = Math.min(Math.max(at * len, w / 2 + 0.1), len - w / 2 - 0.1);
    const ux = (q[0] - p[0]) / len;
    const uy = (q[1] - p[1]) / len;
    return this.door(
      id,
      level,
      [p[0] + ux * (c - w / 2), p[1] + uy * (c - w / 2)],
      [p[0] + ux * (c + w / 2), p[1] + uy * (c + w / 2)],
      extra,
    );
  }

  /** A security line (glass, IC-card gates) on `level`. */
  securityLine(id: string, level: number, points: Position[], extra: Extra = {}): this {
    return this.add('security-line', id, { type: 'LineString', coordinates: points }, { level, ...extra });
  }

  ringOf(id: string): Position[] {
    const ring = this.rings.get(id);
    if (ring === undefined) throw new Error(`PlanBuilder: no space ${id}`);
    return ring;
  }

  /** The document in local metres. */
  toGeoJson(): FloorPlanGeoJson {
    return {
      type: 'FeatureCollection',
      wardsim: { ...this.meta, crs: 'local-metres' },
      features: this.features.map((f) => structuredClone(f)),
    };
  }
}

/** Longest collinear overlap of an edge of ring a with an edge of ring b, or null. */
export function sharedWall(a: Position[], b: Position[]): [Position, Position] | null {
  let best: [Position, Position] | null = null;
  let bestLen = 1e-6;
  for (let i = 0; i + 1 < a.length; i++) {
    const p = a[i];
    const q = a[i + 1];
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len === 0) continue;
    const ux = (q[0] - p[0]) / len;
    const uy = (q[1] - p[1]) / len;
    for (let j = 0; j + 1 < b.length; j++) {
      const r = b[j];
      const s = b[j + 1];
      const off = (pt: Position) => Math.abs((pt[0] - p[0]) * uy - (pt[1] - p[1]) * ux);
      if (off(r) > 1e-6 || off(s) > 1e-6) continue;
      const tr = (r[0] - p[0]) * ux + (r[1] - p[1]) * uy;
      const ts = (s[0] - p[0]) * ux + (s[1] - p[1]) * uy;
      const lo = Math.max(0, Math.min(tr, ts));
      const hi = Math.min(len, Math.max(tr, ts));
      if (hi - lo > bestLen) {
        bestLen = hi - lo;
        best = [
          [p[0] + ux * lo, p[1] + uy * lo],
          [p[0] + ux * hi, p[1] + uy * hi],
        ];
      }
    }
  }
  return best;
}
