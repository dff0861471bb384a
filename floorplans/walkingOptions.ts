/**
 * Speeds and time costs of the walking network: planning assumptions [A] to calibrate
 * (docs/sources.md, project assumptions); the simulation takes them from the scenario.
 *
 * - Level walking: staff 80 m/min (1.33 m/s, a brisk adult indoor pace); visitors 65 m/min
 *   (1.08 m/s) because ward-office visitors include older people, parents with children and
 *   people unfamiliar with the building [A]. Pedestrian-planning texts (e.g. Fruin 1971,
 *   "Pedestrian Planning and Design") put free adult walking at about 1.2–1.4 m/s [U].
 * - Stairs: walked length 12 m per storey (two flights of about 11 risers on a 4 m storey plus the
 *   landing) at half the level speed along the slope [A].
 * - Lifts: a wait of 0.75 min (visitors) / 0.5 min (staff) per ride plus 0.1 min per storey
 *   (about 1 m/s car speed, door times included) [A]; a lift ride adds no walked metres.
 */
export type Audience = 'visitor' | 'staff';

export interface WalkingOptions {
  audience: Audience;
  /** Walking speed on the level in m/min. */
  speedMPerMin?: number;
  /** Walked length on a stair per storey climbed or descended, in m. */
  stairLengthMPerLevel?: number;
  /** Speed on stairs as a fraction of the level speed. */
  stairSpeedFactor?: number;
  /** Mean wait for a lift per ride, in min. */
  liftWaitMin?: number;
  /** Lift travel per storey, in min. */
  liftTimeMinPerLevel?: number;
  /** Largest spacing of passage points along a wide door, in m (see doorSamplePoints.ts). */
  doorSpacingM?: number;
  /** How far a door may sit off a wall and still open into the space, in m. */
  doorToleranceM?: number;
}

export type ResolvedWalkingOptions = Required<WalkingOptions>;

/** Default walking speed in m/min by audience [A] (see the file comment). */
export const DEFAULT_SPEED_M_PER_MIN: Readonly<Record<Audience, number>> = { visitor: 65, staff: 80 };

/** Fills defaults in; rejects non-positive numbers (a caller bug, not user input). */
export function resolveWalkingOptions(options: WalkingOptions): ResolvedWalkingOptions {
  const r: ResolvedWalkingOptions = {
    audience: options.audience,
    speedMPerMin: options.speedMPerMin ?? DEFAULT_SPEED_M_PER_MIN[options.audience],
    stairLengthMPerLevel: options.stairLengthMPerLevel ?? 12,
    stairSpeedFactor: options.stairSpeedFactor ?? 0.5,
    liftWaitMin: options.liftWaitMin ?? (options.audience === 'visitor' ? 0.75 : 0.5),
    liftTimeMinPerLevel: options.liftTimeMinPerLevel ?? 0.1,
    doorSpacingM: options.doorSpacingM ?? 1,
    doorToleranceM: options.doorToleranceM ?? 0.1,
  };
  for (const [key, value] of Object.entries(r)) {
    if (typeof value === 'number' && !(value > 0 || (key === 'liftWaitMin' && value === 0))) {
      throw new RangeError(`walking option ${key}: expected > 0, got ${value}`);
    }
  }
  return r;
}
