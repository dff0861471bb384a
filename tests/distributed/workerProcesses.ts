/**
 * Real `wardsim worker` processes for a test, from source (node --import tsx, as tests/e2e runs
 * the binary). Each has its own process group, so killing it takes its sandboxes with it, as a
 * machine that dies would.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface WorkerProcess {
  pid: number;
  /** What it wrote to standard error so far. */
  log(): string;
  /** Kills the worker and its sandboxed processes at once. */
  kill(): Promise<void>;
  /** Asks it to stop (SIGTERM) and waits for its exit code. */
  stop(): Promise<number | null>;
}

interface WorkerSettings {
  lockMs?: number;
  concurrency?: number;
}

export async function startWorkers(url: string, n: number, options: WorkerSettings = {}): Promise<WorkerProcess[]> {
  return Promise.all(Array.from({ length: n }, () => startWorker(url, options)));
}

function startWorker(url: string, options: WorkerSettings): Promise<WorkerProcess> {
  const args = ['--import', 'tsx', 'bin/wardsim.ts', 'worker', '--redis', url];
  args.push('--concurrency', String(options.concurrency ?? 1));
  if (options.lockMs !== undefined) args.push('--lock-ms', String(options.lockMs));
  const proc: ChildProcess = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const worker: WorkerProcess = {
    pid: proc.pid as number,
    log: () => stderr,
    async kill() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      try {
        process.kill(-(proc.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    },
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      return exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wardsim worker did not start within 30 s:\n${stderr}`)), 30_000);
    const check = () => {
      if (!/serving redis:/.test(stderr)) return;
      clearTimeout(timer);
      proc.stderr?.off('data', check);
      resolve(worker);
    };
    proc.stderr?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`wardsim worker exited with ${code} before it started:\n${stderr}`));
    });
  });
}
