/**
 * The draws of the visitor segments (高齢者・外国人・子育て …) for one simulated day: each
 * would-be visitor draws one uniform from the `segment` stream (its segment by the procedure's
 * cumulative shares, or none), and for every step one number from each segment's
 * `segmentExtra:<id>` stream that adds minutes — whatever their own segment, so that a change of
 * one segment's share moves nobody else's numbers (common random numbers). These are streams of
 * their own: the existing streams, and so every scenario without segments, are unchanged.
 */
import { Distribution } from '../../core/distribution.js';
import type { RandomStream, RandomStreams } from '../../core/randomStream.js';
import type { SegmentInput } from './visitorModifiers.js';

export class SegmentDraws {
  private readonly rng: RandomStream;
  /** Per procedure: cumulative segment shares (a uniform at or above the last is in no segment). */
  private readonly cum: Float64Array[];
  private readonly factor: Float64Array;
  private readonly extra: (Distribution | null)[];

  constructor(segments: readonly SegmentInput[], procedures: number, streams: RandomStreams) {
    this.rng = streams.get('segment');
    this.cum = Array.from({ length: procedures }, (_, p) => {
      let sum = 0;
      return Float64Array.from(segments, (s) => (sum += s.shareByProcedure[p]));
    });
    this.factor = Float64Array.from(segments, (s) => s.serviceFactor);
    this.extra = segments.map((s) =>
      s.extraMinPerContact === null
        ? null
        : new Distribution(s.extraMinPerContact, streams.get(`segmentExtra:${s.id}`)),
    );
  }

  /** Segment of a would-be visitor of procedure `p` (−1: none); one uniform each. */
  pick(p: number): number {
    this.rng.step();
    const u = this.rng.u;
    const cum = this.cum[p];
    for (let i = 0; i < cum.length; i++) if (u < cum[i]) return i;
    return -1;
  }

  /**
   * Step `k` of a visitor of segment `seg`: every segment's extra minutes are drawn; when the step
   * is needed its minutes become minutes × factor + the own segment's extra.
   * NOTE: the minutes stay in the array (no call carries a double; see core/serverPool.ts).
   */
  apply(seg: number, needed: boolean, minutes: Float64Array, k: number): void {
    let extra = 0;
    for (let i = 0; i < this.extra.length; i++) {
      const d = this.extra[i];
      if (d === null) continue;
      d.draw();
      if (i === seg) extra = d.last;
    }
    if (seg >= 0 && needed) minutes[k] = minutes[k] * this.factor[seg] + extra;
  }
}
