/**
 * Progress of long runs, always on standard error (results go to standard output, so a piped or
 * redirected run still shows how far it is): a bar on a terminal, else one plain line every few
 * seconds. WARDSIM_NO_PROGRESS=1 turns it off.
 */
import cliProgress from 'cli-progress';
import type { CommandIo } from './io.js';

export interface Progress {
  update(done: number, target: number): void;
  stop(): void;
}

/** Plain lines at most this often when standard error is not a terminal. */
const LINE_EVERY_MS = 5000;

export function createProgress(label: string, io: CommandIo, unit = 'replications'): Progress {
  if (io.env.WARDSIM_NO_PROGRESS === '1') return { update() {}, stop() {} };
  return io.stderr.isTTY ? barProgress(label, io, unit) : lineProgress(label, io, unit);
}

function barProgress(label: string, io: CommandIo, unit: string): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${unit} | {duration_formatted} elapsed | eta {eta_formatted}`,
      stream: io.stderr as NodeJS.WritableStream,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, target) {
      if (!started) {
        bar.start(target, done);
        started = true;
      }
      bar.setTotal(target);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

function lineProgress(label: string, io: CommandIo, unit: string): Progress {
  const started = performance.now();
  let last = started;
  let printed = false;
  let latest = { done: 0, target: 0 };
  const line = () => {
    const s = (performance.now() - started) / 1000;
    const { done, target } = latest;
    const eta = done > 0 && target > done ? `, about ${Math.ceil((s / done) * (target - done))} s left` : '';
    io.stderr.write(
      `${label}: ${done}/${target} ${unit} (${target > 0 ? Math.floor((100 * done) / target) : 0}%), ${s.toFixed(0)} s${eta}\n`,
    );
    printed = true;
  };
  return {
    update(done, target) {
      latest = { done, target };
      const now = performance.now();
      if (now - last >= LINE_EVERY_MS && last !== Infinity) {
        last = now;
        line();
      }
    },
    stop() {
      if (printed) line();
      printed = false;
      last = Infinity;
    },
  };
}
