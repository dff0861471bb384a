import { Histogram } from '../../core/histogram.js';
import { IntervalSeries } from '../../core/intervalSeries.js';
import { Tally } from '../../core/tally.js';

/** Quantile histogram: 16,384 bins of 1/50 of the mean service time (waits up to ~330 services). */
const WAIT_BINS = 16_384;
const BINS_PER_SERVICE = 50;

/** Per-station counters and streaming statistics of one replication (reset at warm-up). */
export class StationStats {
  arrivals = 0;
  /** Service starts, and how many of them had waited (> 0 min). */
  starts = 0;
  waited = 0;
  served = 0;
  abandoned = 0;
  blocked = 0;
  balked = 0;
  readonly wait = new Tally();
  readonly waitHistogram: Histogram;
  readonly sojourn = new Tally();
  /** Optional per-interval series: arrivals, service starts with their waits, completions. */
  readonly arrivalSeries: IntervalSeries | null;
  readonly waitSeries: IntervalSeries | null;
  readonly servedSeries: IntervalSeries | null;

  constructor(serviceMeanMin: number, series: { startMin: number; widthMin: number; bins: number } | null) {
    this.waitHistogram = new Histogram(Math.max(1e-4, serviceMeanMin / BINS_PER_SERVICE), WAIT_BINS);
    this.arrivalSeries = series && new IntervalSeries(series.startMin, series.widthMin, series.bins);
    this.waitSeries = series && new IntervalSeries(series.startMin, series.widthMin, series.bins);
    this.servedSeries = series && new IntervalSeries(series.startMin, series.widthMin, series.bins);
  }

  reset(): void {
    this.arrivals = 0;
    this.starts = 0;
    this.waited = 0;
    this.served = 0;
    this.abandoned = 0;
    this.blocked = 0;
    this.balked = 0;
    this.wait.reset();
    this.waitHistogram.reset();
    this.sojourn.reset();
    this.arrivalSeries?.reset();
    this.waitSeries?.reset();
    this.servedSeries?.reset();
  }
}
