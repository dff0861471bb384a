/** Event kinds, priorities and visitor stages shared by the visitor model's two halves. */
export const ARRIVE = 0;
export const REACH = 1;
export const END = 2;
export const RENEGE = 3;
export const CAPACITY = 4;
export const RETURN = 5;
export const REJOIN = 6;
export const SLOT = 7;
export const STAFF_BACK = 8;
/** Capacity changes run before visitor events at the same instant. */
export const FIRST = 0;
export const NORMAL = 1;

// Where a visitor is.
export const S_WALK_CONCIERGE = 1;
export const S_WALK_RECEPTION = 2;
export const S_WALK_CONTACT = 3;
export const S_QUEUE = 4;
export const S_SERVICE = 5;
export const S_EARLY = 6;
export const S_MISSED = 7;
export const S_GONE = 8;
// Call-back: in the waiting area, away with a smartphone, recalled and walking back.
export const PRESENT = 0;
export const AWAY = 1;
export const RECALLED = 2;
/** Key offset that puts booked visitors ahead of every walk-in once their slot has come. */
export const BOOKED_FIRST = 1e7;
