/**
 * Command-line parsing shared by every command, on Node's own util.parseArgs (stable in Node 20,
 * strict about unknown flags). A bad flag is an InputError naming the flag (exit 2).
 */
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../engine/inputError.js';
import type { CommandIo } from './io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | string[] | undefined>;

export interface ParsedArgs {
  values: Values;
  positionals: string[];
}

/** Thrown for a bad command line; the dispatcher prints one line and the command's usage line (exit 2). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The first line of a help text: "Usage: …" or the synopsis. */
export function usageLine(help: string): string {
  return help.split('\n').find((l) => l.trim() !== '') ?? '';
}

/** Parses `args` against `options` (+ --help); returns null when help was asked for and printed. */
export function parseCommandArgs(args: string[], options: OptionSpec, help: string, io: CommandIo): ParsedArgs | null {
  let parsed: ParsedArgs;
  try {
    const result = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    parsed = { values: result.values as Values, positionals: result.positionals };
  } catch (err) {
    // Node's text names the option; keep that and drop its advice about "--" (not ours).
    const text = (err as Error).message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(text, usageLine(help));
  }
  if (parsed.values.help === true) {
    io.stdout.write(help);
    return null;
  }
  return parsed;
}

const flagError = (name: string, message: string) => new InputError([{ path: `--${name}`, message }], 'WSM_FLAG_INVALID');

/** An integer flag; undefined when absent. */
export function intFlag(values: Values, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw flagError(name, `expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/** A number flag; undefined when absent. */
export function numberFlag(values: Values, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) throw flagError(name, `expected a number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/** `--seed`: a safe integer stays a number, any other text is a text seed; undefined when absent. */
export function seedFlag(values: Values): number | string | undefined {
  const raw = values.seed;
  if (typeof raw !== 'string') return undefined;
  if (raw.length === 0 || raw.length > 200) throw flagError('seed', `expected an integer or a text of 1 to 200 characters, got ${raw.length} characters`);
  if (/^-?\d+$/.test(raw)) {
    const n = Number(raw);
    // Above 2^53 distinct integers collide as doubles: such a seed must stay text.
    if (!Number.isSafeInteger(n)) throw flagError('seed', `expected an integer of at most ${Number.MAX_SAFE_INTEGER} (or quote it as text), got ${raw}`);
    return n;
  }
  return raw;
}

/** `--lang ja|en` (default en). */
export function langFlag(values: Values): 'ja' | 'en' {
  const raw = values.lang ?? 'en';
  if (raw !== 'ja' && raw !== 'en') throw flagError('lang', `expected ja or en, got ${JSON.stringify(raw)}`);
  return raw;
}

/** `--workers W`: at most the machine's cores (more threads only cost memory and switching). */
export function workersFlag(values: Values): number | undefined {
  return intFlag(values, 'workers', 0, availableParallelism());
}

export const COMMON_RUN_OPTIONS: OptionSpec = {
  replications: { type: 'string' },
  precision: { type: 'string' },
  'min-replications': { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  full: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
};

/** Exactly `n` positional arguments named `what`. */
export function positionals(parsed: ParsedArgs, what: string, help: string, min = 1, max = min): string[] {
  const p = parsed.positionals;
  if (p.length < min || p.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    throw new UsageError(`expected ${want} ${what}, got ${p.length}`, usageLine(help));
  }
  return p;
}

/** The run options shared by run, compare and sweep. */
export function studyFlags(values: Values): {
  replications?: number;
  precision?: number;
  minReplications?: number;
  seed?: number | string;
  workers?: number;
  full: boolean;
} {
  const out = {
    replications: intFlag(values, 'replications', 1, MAX_RUN_REPLICATIONS),
    precision: numberFlag(values, 'precision', 1e-4, 1),
    minReplications: intFlag(values, 'min-replications', 2, MAX_RUN_REPLICATIONS),
    seed: seedFlag(values),
    workers: workersFlag(values),
    full: values.full === true,
  };
  if (out.minReplications !== undefined && out.precision === undefined) throw flagError('min-replications', 'expected only together with --precision');
  return out;
}

/** Replications one run may ask for (engine/runner/runReplications.ts MAX_REPLICATIONS). */
export const MAX_RUN_REPLICATIONS = 100_000;

/** `--part visitors|workplace` (repeatable). */
export function partFlag(values: Values): ('visitors' | 'workplace')[] | undefined {
  const raw = values.part;
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((x) => String(x).split(','));
  for (const p of list) if (p !== 'visitors' && p !== 'workplace') throw flagError('part', `expected visitors or workplace, got ${JSON.stringify(p)}`);
  return list as ('visitors' | 'workplace')[];
}

/** `--out FILE` when given. */
export function outFlag(values: Values): string | undefined {
  const raw = values.out;
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '') throw flagError('out', `expected a file name, got ${JSON.stringify(raw)}`);
  return raw;
}

export const RUN_HELP_OPTIONS = `  --replications N      replications (default: the scenario's, else 100); with --precision the most to run (default 1000)
  --precision R         add replications until every watched KPI's 95% half-width is within R × its mean (e.g. 0.02)
  --min-replications N  with --precision: run at least N (default 10)
  --seed S              master seed (default: the scenario's, else 1); same input + seed ⇒ same numbers
  --workers W           worker threads, at most the number of cores (default: all; 0 = this thread); results do not depend on it
  --lang ja|en          language of the text (default en)
  --json                print one JSON document (the result contract: docs/results.md)
  --full                with --json: full summaries (n, sd, min, max) for every figure
  --out FILE            write to FILE (atomically) instead of standard output
  -h, --help            this help`;

/** `--set PATH=v1,v2,…` (repeatable): values as JSON where they parse, else text. */
export function setFlags(values: Values): { path: string; values: (number | string | boolean | null)[] }[] {
  const raw = values.set;
  const list = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  return list.map((item) => {
    // The first "=" outside [id=…] selectors separates the path from its values.
    let depth = 0;
    let eq = -1;
    for (let i = 0; i < item.length && eq < 0; i++) {
      if (item[i] === '[') depth++;
      else if (item[i] === ']') depth--;
      else if (item[i] === '=' && depth === 0) eq = i;
    }
    if (eq <= 0) throw new InputError([{ path: '--set', message: `expected PATH=v1,v2,…, got ${JSON.stringify(item)}` }], 'WSM_SWEEP_PATH_UNKNOWN');
    const path = item.slice(0, eq).trim();
    const text = item.slice(eq + 1);
    if (text.trim() === '') throw new InputError([{ path: `--set ${path}`, message: 'expected at least one value, got none' }], 'WSM_SWEEP_VALUE_INVALID');
    return { path, values: splitValues(text).map(parseValue) };
  });
}

/** Splits on commas outside double quotes. */
function splitValues(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

function parseValue(text: string): number | string | boolean | null {
  try {
    const v = JSON.parse(text) as unknown;
    if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  } catch {
    // not JSON: text
  }
  return text;
}

/** An integer flag that takes one of a few values. */
export function choiceFlag<T extends number>(values: Values, name: string, choices: readonly T[]): T | undefined {
  const n = intFlag(values, name, Math.min(...choices), Math.max(...choices));
  if (n !== undefined && !choices.includes(n as T)) throw flagError(name, `expected ${choices.join(', ')}, got ${n}`);
  return n as T | undefined;
}
