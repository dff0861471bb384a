/**
 * Which models are plain counter days: every line a department counter served first come first
 * served by its own staff, and nothing on the visitors' way — no concierge, kiosk, one-stop desk,
 * bookings, video, call-back, balking, giving up, closed-span rules, triage or return visits.
 * Such a day draws and runs on fast paths (VisitorDay.drawPlain, plainCounterDay.ts) that skip
 * what the levers need and keep every number the same.
 */
import { CLOSED_WAIT, Q_COUNTER, type CompiledVisitorModel } from './compileVisitorModel.js';

/** True when every line and visitor of `m` is plain (see the file comment). */
export function isPlainCounterDay(m: CompiledVisitorModel): boolean {
  const input = m.input;
  if (m.conciergeQueue >= 0 || m.kioskQueue >= 0 || m.oneStopQueue >= 0 || m.seatQueue >= 0) return false;
  // Nothing that makes a visitor book, wait away, balk, give up, go astray or come back.
  if (m.hasVideo || input.callback.share > 0 || input.patience.balkP > 0) return false;
  if (input.triage !== undefined || input.incompleteVisits !== undefined) return false;
  if (input.procedures.some((p) => p.reservationShare > 0 || p.patienceMin !== null)) return false;
  return m.queues.every((q) => {
    if (q.kind !== Q_COUNTER || !Number.isFinite(q.counters) || !q.inWaitingArea) return false;
    if (q.whenClosed !== CLOSED_WAIT || q.groups.length !== 1) return false;
    // Its own staff only, who serve no other line and are never called from the back office.
    const g = m.groups[q.groups[0]];
    return !g.backOffice && g.queues.length === 1;
  });
}
