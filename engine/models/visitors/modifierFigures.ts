/**
 * Day figures of video consultations and visitor segments, read from the day's tables once the
 * day is over (nothing is gathered during the run): how many consultations were held, waited
 * and took staff time; and per segment who came, was served and waited how long.
 */
import { ratio } from './dayFigures.js';
import type { SegmentInput } from './visitorModifiers.js';
import type { VisitorReplicationResult } from './visitorResult.js';
import { OUT_SERVED } from './visitorTable.js';

interface DayTables {
  comers: number;
  order: Int32Array;
  video: Uint8Array;
  segment: Int8Array;
  contacts: Int32Array;
  contactMin: Float64Array;
}

interface VisitTables {
  outcome: Uint8Array;
  waitTotal: Float64Array;
}

type VideoFigures = NonNullable<VisitorReplicationResult['video']>;
type SegmentFiguresById = NonNullable<VisitorReplicationResult['segments']>;

/** Video consultations: held (scheduled that day), served, mean wait of the served, staff minutes given. */
export function videoFigures(day: DayTables, vs: VisitTables, maxContacts: number): VideoFigures {
  let consultations = 0;
  let served = 0;
  let waitSum = 0;
  let staffMin = 0;
  for (let i = 0; i < day.comers; i++) {
    const v = day.order[i];
    if (!(day.video[v] > 0)) continue;
    consultations++;
    if (vs.outcome[v] !== OUT_SERVED) continue;
    served++;
    waitSum += vs.waitTotal[v];
    for (let k = 0; k < day.contacts[v]; k++) staffMin += day.contactMin[v * maxContacts + k];
  }
  return { consultations, served, waitMeanMin: ratio(waitSum, served), staffMin };
}

/** Per segment (visitors who came to the office): arrived, served, mean wait of the served. */
export function segmentFigures(day: DayTables, vs: VisitTables, segments: readonly SegmentInput[]): SegmentFiguresById {
  const arrived = new Float64Array(segments.length);
  const served = new Float64Array(segments.length);
  const waitSum = new Float64Array(segments.length);
  for (let i = 0; i < day.comers; i++) {
    const v = day.order[i];
    const s = day.segment[v];
    if (s < 0 || day.video[v] > 0) continue;
    arrived[s]++;
    if (vs.outcome[v] !== OUT_SERVED) continue;
    served[s]++;
    waitSum[s] += vs.waitTotal[v];
  }
  const out: SegmentFiguresById = {};
  segments.forEach(
    (s, i) => (out[s.id] = { arrived: arrived[i], served: served[i], waitMeanMin: ratio(waitSum[i], served[i]) }),
  );
  return out;
}
