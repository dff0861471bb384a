/**
 * Command-line parsing shared by every command, on Node's own util.parseArgs (stable in Node 20,
 * strict about unknown flags). A bad flag is an InputError naming the flag (exit 2).
 */
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../engine/inputError.js';
import type { RedisEndpoint } from '../engine/runner/executors/bullmq/redisEndpoint.js';
import { fileResolver, type ScenarioResolver } from '../scenarios/load/resolver.js';
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
    const result = parseArgs({
      args: joinNegativeValues(args, options),
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
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

/**
 * `--replications -1` as `--replications=-1`: Node's parser takes a value starting with "-" for
 * another option ("argument is ambiguous"); joined, the flag's own check says what is expected.
 */
function joinNegativeValues(args: string[], options: OptionSpec): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    const next = args[i + 1];
    if (
      name !== undefined &&
      options[name]?.type === 'string' &&
      next !== undefined &&
      /^-\d|^-\.\d|^-Infinity$/.test(next)
    ) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]);
  }
  return out;
}

const flagError = (name: string, message: string) =>
  new InputError([{ path: `--${name}`, message }], 'WSM_FLAG_INVALID');

/** An integer flag; undefined when absent. */
export function intFlag(values: Values, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw flagError(name, `expected an integer from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/** A number flag; undefined when absent. */
export function numberFlag(values: Values, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n < min || n > max)
    throw flagError(name, `expected a number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  return n;
}

/** `--seed`: a safe integer stays a number, any other text is a text seed; undefined when absent. */
export function seedFlag(values: Values): number | string | undefined {
  const raw = values.seed;
  if (typeof raw !== 'string') return undefined;
  if (raw.length === 0 || raw.length > 200)
    throw flagError('seed', `expected an integer or a text of 1 to 200 characters, got ${raw.length} characters`);
  if (/^-?\d+$/.test(raw)) {
    const n = Number(raw);
    // Above 2^53 distinct integers collide as doubles: such a seed must stay text.
    if (!Number.isSafeInteger(n))
      throw flagError(
        'seed',
        `expected an integer of at most ${Number.MAX_SAFE_INTEGER} (or quote it as text), got ${raw}`,
      );
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

/**
 * `--workers W`, else for a run of one replication this thread (0): one replication keeps one
 * thread busy whatever the count, and a worker thread of its own would only add its start-up
 * and the copying of the job and its result while this thread waits. Else undefined: all cores.
 */
export function runWorkersFlag(values: Values, replications: number | undefined): number | undefined {
  return workersFlag(values) ?? (replications === 1 ? 0 : undefined);
}

/** Options of every command that reads scenarios or plans: where references may point. */
export const INPUT_OPTIONS: OptionSpec = { 'allow-path': { type: 'string', multiple: true } };

/** Help lines of --allow-path and --force, with the flag column `width` wide (the command's own). */
export function inputHelpLines(width = 22, force = true): string {
  const line = (flag: string, text: string) => `  ${flag.padEnd(width)}${text}`;
  return [
    ...(force ? [line('--force', 'run even when the estimated work is past the budget (docs/limits.md)')] : []),
    line('--allow-path DIR', 'let references (extends, part files, floorplan.file) also point into DIR (repeatable)'),
  ].join('\n');
}

/** The resolver of a command's inputs: files (confined as docs/limits.md says) and the library. */
export function resolverFor(values: Values, io: CommandIo): ScenarioResolver {
  const raw = values['allow-path'];
  const allowPaths = raw === undefined ? [] : Array.isArray(raw) ? raw.map(String) : [String(raw)];
  for (const dir of allowPaths)
    if (dir.trim() === '') throw flagError('allow-path', 'expected a folder, got an empty text');
  return fileResolver({ cwd: io.cwd, allowPaths });
}

export const COMMON_RUN_OPTIONS: OptionSpec = {
  ...INPUT_OPTIONS,
  force: { type: 'boolean' },
  redis: { type: 'string' },
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

/**
 * The work budget of a command: `--force` lifts it; WARDSIM_WORK_BUDGET (simulated events) sets
 * another than the default, e.g. lower on a shared server or in a fuzzer.
 */
export function workFlags(values: Values, io: CommandIo): { force: boolean; maxEvents?: number } {
  const raw = io.env.WARDSIM_WORK_BUDGET;
  if (raw === undefined || raw === '') return { force: values.force === true };
  const maxEvents = Number(raw);
  if (!(maxEvents >= 1e3 && maxEvents <= 1e15)) {
    throw new InputError(
      [
        {
          path: 'WARDSIM_WORK_BUDGET',
          message: `expected a number of simulated events from 1e3 to 1e15, got ${JSON.stringify(raw)}`,
        },
      ],
      'WSM_FLAG_INVALID',
    );
  }
  return { force: values.force === true, maxEvents };
}

/** The run options shared by run, compare and sweep. */
export function studyFlags(values: Values): {
  replications?: number;
  precision?: number;
  minReplications?: number;
  seed?: number | string;
  workers?: number;
  full: boolean;
  force: boolean;
} {
  const replications = intFlag(values, 'replications', 1, MAX_RUN_REPLICATIONS);
  const out = {
    replications,
    precision: numberFlag(values, 'precision', 1e-4, 1),
    minReplications: intFlag(values, 'min-replications', 2, MAX_RUN_REPLICATIONS),
    seed: seedFlag(values),
    workers: runWorkersFlag(values, replications),
    full: values.full === true,
    force: values.force === true,
  };
  if (out.minReplications !== undefined && out.precision === undefined)
    throw flagError('min-replications', 'expected only together with --precision');
  return out;
}

/** Replications one run may ask for (engine/runner/runReplications.ts MAX_REPLICATIONS). */
export const MAX_RUN_REPLICATIONS = 100_000;

/** `--part visitors|workplace` (repeatable). */
export function partFlag(values: Values): ('visitors' | 'workplace')[] | undefined {
  const raw = values.part;
  if (raw === undefined) return undefined;
  const list = (Array.isArray(raw) ? raw : [raw]).flatMap((x) => String(x).split(','));
  for (const p of list)
    if (p !== 'visitors' && p !== 'workplace')
      throw flagError('part', `expected visitors or workplace, got ${JSON.stringify(p)}`);
  return list as ('visitors' | 'workplace')[];
}

/** `--out FILE` when given. */
export function outFlag(values: Values): string | undefined {
  const raw = values.out;
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.trim() === '')
    throw flagError('out', `expected a file name, got ${JSON.stringify(raw)}`);
  return raw;
}

export const RUN_HELP_OPTIONS = `  --replications N      replications (default: the scenario's, else 100); with --precision the most to run (default 1000)
  --precision R         add replications until every watched KPI's 95% half-width is within R × its mean (e.g. 0.02)
  --min-replications N  with --precision: run at least N (default 10)
  --seed S              master seed (default: the scenario's, else 1); same input + seed ⇒ same numbers
  --workers W           worker threads, at most the number of cores (default: all; this thread for a single
                        replication; 0 = this thread); results do not depend on it
  --lang ja|en          language of the text (default en)
  --json                print one JSON document (the result contract: docs/results.md)
  --full                with --json: full summaries (n, sd, min, max) for every figure
  --out FILE            write to FILE (atomically) instead of standard output
${redisHelpLine()}
${inputHelpLines()}
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
    if (eq <= 0)
      throw new InputError(
        [{ path: '--set', message: `expected PATH=v1,v2,…, got ${JSON.stringify(item)}` }],
        'WSM_SWEEP_PATH_UNKNOWN',
      );
    const path = item.slice(0, eq).trim();
    const text = item.slice(eq + 1);
    if (text.trim() === '')
      throw new InputError(
        [{ path: `--set ${path}`, message: 'expected at least one value, got none' }],
        'WSM_SWEEP_VALUE_INVALID',
      );
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

/** A flag whose value is one of `words` (undefined when absent). */
export function wordFlag<T extends string>(values: Values, name: string, words: readonly T[]): T | undefined {
  const value = values[name];
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (words as readonly string[]).includes(value)) return value as T;
  throw flagError(name, `expected ${words.join(' or ')}, got ${JSON.stringify(value)}`);
}

// --redis: where a study's replications run (docs/distributed.md).

/** Help line of --redis, with the flag column `width` wide (the command's own). */
export function redisHelpLine(width = 22): string {
  const text = 'queue the replications on Redis for `wardsim worker`s (or WARDSIM_REDIS_URL); same numbers';
  return `  ${'--redis URL'.padEnd(width)}${text}`;
}

/** `--redis URL`, else WARDSIM_REDIS_URL: the Redis whose workers run the replications (undefined: here). */
/** The Redis URL of --redis or WARDSIM_REDIS_URL, or undefined: the study runs on this machine. */
function redisUrl(values: Values, env: NodeJS.ProcessEnv): string | undefined {
  if (values.redis !== undefined) return String(values.redis);
  const raw = env.WARDSIM_REDIS_URL;
  return raw === undefined || raw.trim() === '' ? undefined : raw;
}

/** The study runs on this machine's threads (neither --redis nor WARDSIM_REDIS_URL). */
export function runsLocally(values: Values, env: NodeJS.ProcessEnv): boolean {
  return redisUrl(values, env) === undefined;
}

export async function redisFlag(values: Values, env: NodeJS.ProcessEnv): Promise<RedisEndpoint | undefined> {
  const fromFlag = values.redis !== undefined;
  const raw = redisUrl(values, env);
  if (raw === undefined) return undefined;
  // BullMQ and its Redis client load only for a command that uses them.
  const { RedisEndpoint } = await import('../engine/runner/executors/bullmq/redisEndpoint.js');
  return new RedisEndpoint(raw, fromFlag ? '--redis' : 'WARDSIM_REDIS_URL');
}

/** Runs `study` on the Redis queue when --redis or WARDSIM_REDIS_URL is set, else on this machine. */
export async function onRedis<T>(values: Values, io: CommandIo, study: () => Promise<T>): Promise<T> {
  const redis = await redisFlag(values, io.env);
  if (redis === undefined) return study();
  return redis.run(study, (line) => io.stderr.write(`wardsim: ${line}\n`));
}

/** `--concurrency N` of `wardsim worker`: default the machine's cores. */
export function concurrencyFlag(values: Values): number {
  return intFlag(values, 'concurrency', 1, 256) ?? availableParallelism();
}
