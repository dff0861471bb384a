/** A station's figures of one replication, read from its statistics at the end of the run. */
import type { StationReplicationResult } from './networkResult.js';
import type { CompiledStation } from './networkSimulation.js';

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

export function stationResult(st: CompiledStation, end: number): StationReplicationResult {
  const s = st.stats;
  const pool = st.pool;
  const h = s.waitHistogram;
  const result: StationReplicationResult = {
    waitMin: s.wait.meanOrNaN(),
    waitP50Min: h.quantile(0.5),
    waitP90Min: h.quantile(0.9),
    waitP95Min: h.quantile(0.95),
    waitMaxMin: s.wait.count > 0 ? s.wait.max : NaN,
    pWait: ratio(s.waited, s.starts),
    utilization: pool.utilizationTo(end),
    busyServers: pool.busyTime.averageTo(end),
    queueLength: pool.queueTime.averageTo(end),
    queueLengthMax: pool.queueTime.max,
    sojournMin: s.sojourn.meanOrNaN(),
    pAbandon: ratio(s.abandoned, s.arrivals),
    pBlocked: ratio(s.blocked, s.arrivals),
    pBalk: ratio(s.balked, s.arrivals),
    arrivals: s.arrivals,
    served: s.served,
    overtimeServerMin: pool.overtimeTime.integralTo(end),
  };
  if (s.arrivalSeries && s.servedSeries && s.waitSeries) {
    result.series = {
      arrivals: Array.from(s.arrivalSeries.counts),
      served: Array.from(s.servedSeries.counts),
      waitMin: s.waitSeries.means(),
    };
  }
  return result;
}
