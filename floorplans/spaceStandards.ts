/**
 * Floor area per unit of each kind of space, used both ways: to derive a zone's capacity from
 * its area when the plan does not give it, and to turn simulated demand into needed m².
 * Status tags as in docs/sources.md: [V] verified source, [D] derived, [A] assumption to calibrate.
 */
export interface SpaceStandards {
  /** m² per waiting seat including local aisles [A]: about 0.5 m wide × 1.1 m row pitch + a share of aisle. */
  m2PerWaitingSeat: number;
  /** Share of a lobby's area that is seating rather than through-circulation [A]. */
  lobbySeatingShare: number;
  /**
   * m² per counter position on the visitor side [A]: about 1.8 m of counter × 2.8 m (counter top 0.7 m, visitor and
   * companion chairs 1.4 m, passage 0.7 m).
   */
  m2PerCounterPosition: number;
  /**
   * m² per desk in an office zone incl. local aisles and storage [A]; between a W1200×D700 bench with chair and aisle
   * (≈4 m², sources §6.6 [V] desk size) and whole ABW floors at 6.7–6.9 m²/staff (sources §1.3 [V]).
   */
  m2PerDesk: number;
  /** m² per 1-person web/phone booth [D]: ABW guide 2–4 m² per phone booth (sources §2.2 [V]), lower-middle value. */
  m2PerBooth1p: number;
  /** m² per group (2–4 person) booth [D]: 4 seats × 2 m², the low end of 2–3 m²/seat (sources §1.3 [V]). */
  m2PerBoothGroup: number;
  /**
   * Persons per group booth [A] (sources §6.7: 2–4 person web booths; 4-person booths chosen in Chigasaki/Nasushiobara
   * [V]).
   */
  personsPerBoothGroup: number;
  /** m² per meeting-room seat [V]: 2–3 m²/seat (sources §1.3); the §6.7 room mix implies 2.1–2.5 [D]. */
  m2PerMeetingSeat: number;
  /** m² per citizen consultation room (2–4 persons) [A]: 4 seats × 2.5 m². */
  m2PerConsultationRoom: number;
  /** m² per citizen consultation booth (partitioned, 2–3 persons) [A]. */
  m2PerConsultationBooth: number;
  /** m² per semi-open focus seat [A]. */
  m2PerFocusSeat: number;
  /** m² per lounge / refresh-area seat [A]. */
  m2PerLoungeSeat: number;
}

export const DEFAULT_SPACE_STANDARDS: Readonly<SpaceStandards> = Object.freeze({
  m2PerWaitingSeat: 1.5,
  lobbySeatingShare: 0.5,
  m2PerCounterPosition: 5,
  m2PerDesk: 6,
  m2PerBooth1p: 2.5,
  m2PerBoothGroup: 8,
  personsPerBoothGroup: 4,
  m2PerMeetingSeat: 2.5,
  m2PerConsultationRoom: 10,
  m2PerConsultationBooth: 4,
  m2PerFocusSeat: 3,
  m2PerLoungeSeat: 2,
});

/** Defaults overridden by `overrides`; every value must be > 0 (lobbySeatingShare in 0..1). */
export function resolveSpaceStandards(overrides: Partial<SpaceStandards> = {}): SpaceStandards {
  const s = { ...DEFAULT_SPACE_STANDARDS, ...overrides };
  for (const [key, value] of Object.entries(s)) {
    const ok = key === 'lobbySeatingShare' ? value >= 0 && value <= 1 : value > 0;
    if (!(typeof value === 'number' && ok))
      throw new RangeError(
        `space standard ${key}: expected ${key === 'lobbySeatingShare' ? '0..1' : '> 0'}, got ${String(value)}`,
      );
  }
  return s;
}
