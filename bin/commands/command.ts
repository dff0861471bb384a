/** A `wardsim` sub-command. */
import type { CommandIo } from '../io.js';

export interface Command {
  /** Runs with the arguments after the command name; resolves to the exit code (0 ok, 1 failed, 2 bad input). */
  run(args: string[], io: CommandIo): Promise<number>;
}
