/**
 * A synthetic office floor plan for benchmarks and scale tests: each level is 60 m × 50 m
 * (3,000 m²) with a cross-shaped corridor, a stair at each end of the cross corridor and four
 * quadrants of 4 m × 5.75 m rooms (one L-shaped room of three cells per quadrant). Rooms that do
 * not touch the corridor get a door to the neighbour one step closer to it (suites), so every
 * room is reachable. Two levels give about 210 zones on 6,000 m². All spaces are staff-only.
 */
import { PlanBuilder, rect, sharedWall } from '../../planBuilder.js';
import type { FloorPlanGeoJson, Position } from '../../floorPlanGeoJson.js';

const W = 60;
const D = 50;
const CELL_W = 4;
const CELL_H = 5.75;
const COLS = 7;
const ROWS = 4;

interface Quadrant {
  x0: number;
  y0: number;
  name: string;
}
const QUADRANTS: Quadrant[] = [
  { x0: 0, y0: 0, name: 'sw' },
  { x0: 32, y0: 0, name: 'se' },
  { x0: 0, y0: 27, name: 'nw' },
  { x0: 32, y0: 27, name: 'ne' },
];

/** The synthetic plan (local metres) with `levels` storeys. */
export function syntheticGridPlan(levels = 2): FloorPlanGeoJson {
  const b = new PlanBuilder({ name: `synthetic ${levels}-level grid plan` });
  const levelList = Array.from({ length: levels }, (_, i) => i + 1);
  b.building('building', levelList, rect(0, 0, W, D));
  b.vertical('stair-w', 'stair', levelList, rect(0, 23, 4, 27));
  b.vertical('stair-e', 'stair', levelList, rect(56, 23, 60, 27));
  for (const level of levelList) {
    const corridor = `corridor-${level}`;
    const cross: Position[] = [
      [28, 0],
      [32, 0],
      [32, 23],
      [56, 23],
      [56, 27],
      [32, 27],
      [32, 50],
      [28, 50],
      [28, 27],
      [4, 27],
      [4, 23],
      [28, 23],
      [28, 0],
    ];
    b.zone(corridor, 'circulation-staff', level, cross);
    b.doorBetween(`door-stair-w-${level}`, level, 'stair-w', corridor, 1.5);
    b.doorBetween(`door-stair-e-${level}`, level, 'stair-e', corridor, 1.5);
    for (const q of QUADRANTS) addQuadrant(b, level, q, corridor, cross);
  }
  return b.toGeoJson();
}

function addQuadrant(b: PlanBuilder, level: number, q: Quadrant, corridor: string, cross: Position[]): void {
  // Cell → room id; the L room takes cells (2,1), (3,1), (2,2).
  const roomOf: string[][] = [];
  const rings = new Map<string, Position[]>();
  const lId = `room-${level}-${q.name}-L`;
  for (let c = 0; c < COLS; c++) {
    roomOf.push([]);
    for (let r = 0; r < ROWS; r++) {
      const inL = (c === 2 && r === 1) || (c === 3 && r === 1) || (c === 2 && r === 2);
      roomOf[c].push(inL ? lId : `room-${level}-${q.name}-${c}-${r}`);
    }
  }
  const x = (c: number) => q.x0 + c * CELL_W;
  const y = (r: number) => q.y0 + r * CELL_H;
  for (let c = 0; c < COLS; c++) {
    for (let r = 0; r < ROWS; r++) {
      const id = roomOf[c][r];
      if (id === lId) continue;
      rings.set(id, rect(x(c), y(r), x(c + 1), y(r + 1)));
    }
  }
  rings.set(lId, [
    [x(2), y(1)],
    [x(4), y(1)],
    [x(4), y(2)],
    [x(3), y(2)],
    [x(3), y(3)],
    [x(2), y(3)],
    [x(2), y(1)],
  ]);
  for (const [id, ring] of rings)
    b.zone(id, id === lId ? 'meeting-room' : 'office', level, ring, id === lId ? {} : { department: `dept-${q.name}` });

  // Breadth-first from the rooms on the corridor: each other room opens to a neighbour one step closer.
  const dist = new Map<string, number>();
  const queue: string[] = [];
  for (const [id, ring] of rings) {
    if (sharedWall(ring, cross) !== null) {
      dist.set(id, 0);
      queue.push(id);
      b.doorBetween(`door-${id}`, level, id, corridor, 0.9);
    }
  }
  const neighbours = (id: string): string[] => {
    const out = new Set<string>();
    for (let c = 0; c < COLS; c++) {
      for (let r = 0; r < ROWS; r++) {
        if (roomOf[c][r] !== id) continue;
        for (const [dc, dr] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ]) {
          const n = roomOf[c + dc]?.[r + dr];
          if (n !== undefined && n !== id) out.add(n);
        }
      }
    }
    return [...out].sort();
  };
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const n of neighbours(id)) {
      if (dist.has(n)) continue;
      dist.set(n, (dist.get(id) ?? 0) + 1);
      queue.push(n);
      b.doorBetween(`door-${n}`, level, n, id, 0.9);
    }
  }
}
