/**
 * Runs `wardsim` in-process, as the shell would run the binary, and captures what it writes:
 * most CLI tests use this (fast); one test per command spawns the real binary (tests/e2e).
 */
import { runWardsim } from '../bin/main.js';
import type { CommandIo } from '../bin/io.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function wardsim(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) },
    stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
    cwd: options.cwd ?? process.cwd(),
    env: { WARDSIM_NO_PROGRESS: '1', ...options.env },
  };
  const code = await runWardsim(args, io);
  return { code, stdout, stderr };
}

/** Runs and parses `--json` output (stdout). */
export async function wardsimJson<T = Record<string, unknown>>(
  args: string[],
  options?: { cwd?: string },
): Promise<{ code: number; json: T; stderr: string }> {
  const r = await wardsim([...args, '--json'], options);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}
