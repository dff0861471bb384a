/**
 * A progress bar for long runs (cli-progress), drawn on stderr only when stderr is a terminal
 * and the output is not JSON — scripts and CI logs get clean output.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, target: number): void;
  stop(): void;
}

export function createProgress(label: string, enabled: boolean): Progress {
  if (!enabled || !process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} replications | {duration_formatted} elapsed | eta {eta_formatted}`, stream: process.stderr, hideCursor: true },
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
    },
  };
}
