/**
 * What the simulation says the office needs, in units (seats, positions, desks, booths, rooms).
 * Every field is optional: the area check only reports the items given. Typically the P95 of
 * the simulated peak (sources §6.5: seats = 1.3 × visitors waiting at P95 minus call-back
 * leavers; §6.6: desks per zone at P(present > S) ≤ 5 %; §6.7: booths and rooms).
 */
import { Type, type Static } from '@sinclair/typebox';

const units = Type.Integer({ minimum: 0, maximum: 1_000_000 });
const byKey = Type.Record(Type.String({ minLength: 1 }), units);

export const SpaceDemand = Type.Object(
  {
    waitingSeatsP95: Type.Optional(units),
    counterPositionsByDepartment: Type.Optional(byKey),
    desksByZone: Type.Optional(byKey),
    desksByDepartment: Type.Optional(byKey),
    booths1p: Type.Optional(units),
    boothsGroup: Type.Optional(units),
    /** Rooms needed by seats per room, e.g. {"4": 2, "8": 2, "12": 1, "24": 1} (sources §6.7). */
    meetingRoomsBySize: Type.Optional(Type.Record(Type.String({ pattern: '^[1-9][0-9]*$' }), units)),
    consultationRooms: Type.Optional(units),
    consultationBooths: Type.Optional(units),
    focusSeats: Type.Optional(units),
  },
  { additionalProperties: false, title: 'wardsim space demand' },
);
export type SpaceDemand = Static<typeof SpaceDemand>;
