#!/usr/bin/env node
/**
 * The `wardsim` command: a thin dispatcher. Each sub-command lives in bin/commands/<name>.ts
 * and exports `run(args): Promise<number>` returning the process exit code
 * (0 ok, 1 runtime failure, 2 bad input or usage).
 */
import { commands } from './commands/index.js';
import { InputError, formatIssues } from '../engine/inputError.js';
import { UsageError } from './cliArgs.js';

const HELP = `wardsim — simulate and size ward offices (区役所) and city halls

Usage: wardsim <command> [options]

Commands:
${Object.entries(commands)
  .map(([name, c]: [string, { summary: string }]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run 'wardsim <command> --help' for the options of one command.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    const { ENGINE_VERSION } = await import('../engine/version.js');
    process.stdout.write(`${ENGINE_VERSION}\n`);
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`wardsim: unknown command '${name}'\n\n${HELP}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`wardsim: ${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    if (err instanceof InputError) {
      process.stderr.write(`${formatIssues(err.issues)}\n`);
      process.exitCode = 2;
      return;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`wardsim: ${message}\n`);
    if (process.env.WARDSIM_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = 1;
  },
);
