/** A `wardsim` sub-command. */
export interface Command {
  /** One line for `wardsim --help`. */
  summary: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[]): Promise<number>;
}
