/**
 * PEAK-DAY (peakDayInput.ts): one department's peak day, 460 visitors, 14 counters — what one
 * replication of the visitor model costs when the events are few (≈ 1,400). Times
 * runVisitorReplication on one core (median of 9 batches of 200 days after 300 warm-up days) and
 * its parts: drawing the day's visitors, the events, the day's report. Then, when SimPy is
 * installed (`python3 -c "import simpy"`, or the Debian python3-simpy3 under /usr/bin/python3),
 * runs benchmarks/simpy/peakDay.py — the same model in SimPy — and prints the ratio.
 * Targets: ≤ 0.25 ms per replication, ≥ 20 × SimPy.
 * Run from the project root: node dist/benchmarks/peakDay.js
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RandomStreams } from '../engine/core/randomStream.js';
import { runVisitorReplication, visitorSimulationFor } from '../engine/models/visitors/runVisitorReplication.js';
import { median, writeBenchResult } from './benchReport.js';
import { peakDayInput } from './peakDayInput.js';

/** Median ms per call of `fn(i)` over `batches` batches of `size` calls. */
function perCall(batches: number, size: number, fn: (i: number) => void): number {
  const per: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) fn(b * size + i);
    per.push((performance.now() - t0) / size);
  }
  return median(per);
}

/** The first Python that imports simpy, or null. */
function simpyPython(): string | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    try {
      execFileSync(python, ['-c', 'import simpy'], { stdio: 'ignore' });
      return python;
    } catch {
      // not this one
    }
  }
  return null;
}

export function benchPeakDay(): Record<string, unknown> {
  const input = peakDayInput();
  for (let i = 0; i < 300; i++) runVisitorReplication(input, 'warm-up', i);
  const sample = runVisitorReplication(input, 'bench', 0);
  const msPerDay = perCall(9, 200, (i) => void runVisitorReplication(input, 'bench', i));
  // Parts: the same simulation object the runs above used.
  const sim = visitorSimulationFor(input);
  const streams = new RandomStreams('bench', 0);
  const drawMs = perCall(5, 200, (i) => {
    streams.reset('bench', i);
    sim.day.generate(streams);
  });
  const simulateMs = perCall(5, 200, (i) => sim.simulate('bench', i));
  const reportMs = perCall(5, 200, (i) => void sim.stats.result(i, 0));

  const python = simpyPython();
  let simpy: { msPerDay: number; simpy: string; python: string; meanWaitMin: number } | null = null;
  if (python !== null) {
    const out = execFileSync(python, [join(process.cwd(), 'benchmarks', 'simpy', 'peakDay.py'), '300'], {
      encoding: 'utf8',
    });
    simpy = JSON.parse(out.trim().split('\n').pop() ?? '{}');
  }
  return {
    visitors: sample.visitors.arrived,
    eventsPerDay: sample.events,
    msPerDayMedian: +msPerDay.toFixed(4),
    parts: {
      drawDayMs: +drawMs.toFixed(4),
      eventsMs: +(simulateMs - drawMs).toFixed(4),
      reportMs: +reportMs.toFixed(4),
    },
    simpy: simpy === null ? 'not installed (python3-simpy3)' : { ...simpy, python },
    simpyMsPerDay: simpy?.msPerDay ?? null,
    /** SimPy time ÷ wardsim time per day. */
    timesFasterThanSimpy: simpy === null ? null : +(simpy.msPerDay / msPerDay).toFixed(1),
    targets: { msPerDay: 0.25, timesFasterThanSimpy: 20 },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = benchPeakDay();
  writeBenchResult('peak-day', result);
  console.log(JSON.stringify(result));
}
