/**
 * A video consultation's contacts (オンライン相談): the visitor's steps as the office's
 * organisation plans them for a walk-in, then without the one-stop seat of the dispatch
 * organisation (a caller needs no seat in the lobby), each service time × the video factor, and
 * each contact moved to its department's video-booth line where the department has booths.
 */
import { Q_SEAT, type CompiledVisitorModel } from './compileVisitorModel.js';

/** VisitorDay.video: 0 a visit, 1 a video consultation in order with walk-ins, 2 one ahead of them. */
export const VIDEO_IN_ORDER = 1;
export const VIDEO_FIRST = 2;

interface ContactPlan {
  contacts: Int32Array;
  contactQueue: Int32Array;
  contactMin: Float64Array;
}

export function toVideoContacts(day: ContactPlan, m: CompiledVisitorModel, v: number, factor: number): void {
  const base = v * m.maxContacts;
  let n = 0;
  for (let k = 0; k < day.contacts[v]; k++) {
    const q = day.contactQueue[base + k];
    if (m.queues[q].kind === Q_SEAT) continue;
    const booth = m.videoQueueOf[q];
    day.contactQueue[base + n] = booth >= 0 ? booth : q;
    day.contactMin[base + n++] = day.contactMin[base + k] * factor;
  }
  day.contacts[v] = n;
}
