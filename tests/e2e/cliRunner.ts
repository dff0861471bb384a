/** Runs the `wardsim` CLI from source (through tsx, as a user's shell would run the built one). */
import { spawnSync } from 'node:child_process';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], timeoutMs = 120_000): CliRun {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/wardsim.ts', ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
