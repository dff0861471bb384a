/**
 * Where a command writes: standard output for results, standard error for progress and problems.
 * Commands never touch process.stdout directly, so tests run them in-process and read what they
 * wrote (tests/cliHarness.ts), exactly as a user's shell would see it.
 */
import type { Writable } from 'node:stream';

export interface CommandIo {
  stdout: Pick<Writable, 'write'> & { isTTY?: boolean };
  stderr: Pick<Writable, 'write'> & { isTTY?: boolean; columns?: number };
  /** Working directory for relative paths. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export function processIo(): CommandIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
