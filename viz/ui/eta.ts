/**
 * Time left of a run from its progress events: the rate over the samples seen so far (the first
 * replication includes start-up, so the rate is taken from the first sample with progress, not
 * from the submit). Undefined until progress has moved.
 */

export interface ProgressSample {
  atMs: number;
  /** 0–1 */
  progress: number;
}

export function etaMs(samples: readonly ProgressSample[]): number | null {
  const moving = samples.filter((s) => s.progress > 0);
  if (moving.length < 2) return null;
  const first = moving[0];
  const last = moving[moving.length - 1];
  const dp = last.progress - first.progress;
  const dt = last.atMs - first.atMs;
  if (dp <= 0 || dt <= 0) return null;
  return Math.max(0, ((1 - last.progress) * dt) / dp);
}

/** Seconds below two minutes, whole minutes above (the estimate is not better than that). */
export function etaText(ms: number, words: { seconds: (n: number) => string; minutes: (n: number) => string }): string {
  const s = Math.ceil(ms / 1000);
  return s < 120 ? words.seconds(Math.max(1, s)) : words.minutes(Math.round(s / 60));
}

/** Progress as a whole percentage for the bar and its text. */
export const percentText = (progress: number): string => `${Math.floor(Math.max(0, Math.min(1, progress)) * 100)} %`;
