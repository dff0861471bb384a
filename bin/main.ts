/**
 * The `wardsim` dispatcher, callable in-process (tests) as well as from bin/wardsim.ts. Bad input
 * is one line per problem with its code on standard error (with --json: a `kind: "error"` document
 * on standard output) and exit code 2; a failure of the run itself exits with 1.
 */
import { formatIssues, InputError } from '../engine/inputError.js';
import { FORMAT_VERSION } from '../engine/results/common.js';
import { commands } from './commands/index.js';
import { UsageError } from './flags.js';
import type { CommandIo } from './io.js';

const HELP = `Usage: wardsim <command> [options]

wardsim — simulate and size ward offices (区役所) and city halls.

Commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}

Run 'wardsim <command> --help' for the options of one command; 'wardsim --version' for the version.
`;

export async function runWardsim(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  const json = rest.includes('--json');
  try {
    if (name === undefined) {
      io.stderr.write(`wardsim: expected a command [WSM_USAGE]\n\n${HELP}`);
      return 2;
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout.write(HELP);
      return 0;
    }
    if (name === '--version' || name === '-v') {
      const { ENGINE_VERSION } = await import('../engine/version.js');
      io.stdout.write(`${ENGINE_VERSION}\n`);
      return 0;
    }
    const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (entry === undefined)
      throw new UsageError(
        `unknown command ${JSON.stringify(name)} (commands: ${Object.keys(commands).join(', ')})`,
        'Usage: wardsim <command> [options]',
      );
    return await (await entry.load()).run(rest, io);
  } catch (err) {
    return report(err, io, json);
  }
}

function report(err: unknown, io: CommandIo, json: boolean): number {
  if (err instanceof UsageError || err instanceof InputError) {
    const errors =
      err instanceof InputError ? err.issues : [{ code: 'WSM_USAGE' as const, path: '', message: err.message }];
    if (json) io.stdout.write(`${JSON.stringify({ kind: 'error', formatVersion: FORMAT_VERSION, errors }, null, 2)}\n`);
    else if (err instanceof InputError)
      io.stderr.write(`${err.issues.map((i) => `${formatIssues([i])} [${i.code}]`).join('\n')}\n`);
    else io.stderr.write(`wardsim: ${err.message} [WSM_USAGE]\n${err.usage ?? ''}${err.usage ? '\n' : ''}`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`wardsim: ${message}\n`);
  if (io.env.WARDSIM_DEBUG && err instanceof Error) io.stderr.write(`${err.stack}\n`);
  return 1;
}
