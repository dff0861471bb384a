/**
 * Shared argument handling for sub-commands, on Node's own util.parseArgs
 * (no dependency needed: it is stable in Node 20 and reports unknown flags).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { readFile } from 'node:fs/promises';
import { InputError } from '../engine/inputError.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** Thrown for a bad command line; the dispatcher prints it with the command's help (exit 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses `args` against `options` (+ --help); returns null when help was asked for and printed. */
export function parseCommandArgs(args: string[], options: OptionSpec, help: string): ParsedArgs | null {
  let parsed: ParsedArgs;
  try {
    const result = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    parsed = { values: result.values as ParsedArgs['values'], positionals: result.positionals };
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${help}`);
  }
  if (parsed.values.help === true) {
    process.stdout.write(help);
    return null;
  }
  return parsed;
}

/** Reads an integer flag; `undefined` when absent. Rejects non-integers and values out of range. */
export function intFlag(values: ParsedArgs['values'], name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(n) || n < min || n > max) {
    throw new InputError([{ path: `--${name}`, message: `expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}` }]);
  }
  return n;
}

/** Reads a number flag; `undefined` when absent. */
export function numberFlag(values: ParsedArgs['values'], name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new InputError([{ path: `--${name}`, message: `expected a number from ${min} to ${max}, got ${JSON.stringify(raw)}` }]);
  }
  return n;
}


import { MAX_INPUT_BYTES } from '../scenarios/inputLimits.js';
export { MAX_INPUT_BYTES };

/** Reads and parses a JSON file; a missing file or broken JSON becomes an InputError naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    const buf = await readFile(file);
    if (buf.byteLength > MAX_INPUT_BYTES) {
      throw new InputError([{ path: file, message: `file is ${buf.byteLength} bytes, the limit is ${MAX_INPUT_BYTES}` }]);
    }
    text = buf.toString('utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError([{ path: file, message: `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new InputError([{ path: file, message: `not valid JSON: ${(err as Error).message}` }]);
  }
}

/** `--seed`: an integer stays a number, anything else is a text seed; `fallback` when absent. */
export function seedFlag(values: ParsedArgs['values'], fallback: number | string): number | string {
  const raw = values.seed;
  if (typeof raw !== 'string') return fallback;
  return /^-?\d+$/.test(raw) ? Number(raw) : raw;
}

/** `--lang ja|en` (default en). */
export function langFlag(values: ParsedArgs['values']): 'ja' | 'en' {
  const raw = values.lang ?? 'en';
  if (raw !== 'ja' && raw !== 'en') throw new UsageError(`--lang: expected ja or en, got ${JSON.stringify(raw)}`);
  return raw;
}
