/**
 * Writing results: to standard output, or to a file given with --out, atomically (a temporary
 * file in the same folder, then a rename), so a run killed mid-write never leaves half a file,
 * and never over one of the command's inputs.
 */
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../engine/inputError.js';
import type { CommandIo } from './io.js';

function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    // Not there yet: compare the folder's real path with the name.
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Refuses an output path that is (after symbolic links) one of the inputs. */
export function refuseOverwritingInputs(out: string, inputs: readonly string[], io: CommandIo, flag = '--out'): void {
  const target = realOrResolved(resolve(io.cwd, out));
  for (const input of inputs) {
    if (input.includes(':') && !input.startsWith('/')) continue; // library: and other references are never written
    if (realOrResolved(resolve(io.cwd, input)) === target) {
      throw new InputError(
        [
          {
            path: flag,
            message: `expected an output file other than the inputs, got ${JSON.stringify(out)}, which is an input`,
          },
        ],
        'WSM_FLAG_INVALID',
      );
    }
  }
}

/** Writes `text` to `file` atomically. */
export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  // The writer's process id is in the name, so a later write can tell a dead writer's leftover.
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  await removeStaleTemps(file);
  try {
    await writeFile(temp, text);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      [{ path: '--out', message: `expected a writable file, got ${code} (${file})` }],
      'WSM_FLAG_INVALID',
    );
  }
}

/**
 * Temporary files of earlier writes to `file` whose process was killed before the rename
 * (SIGKILL, power loss) are removed, so they never pile up next to the output. Only names of
 * exactly our pattern are touched, and only when the process that wrote them is gone.
 */
async function removeStaleTemps(file: string): Promise<void> {
  const dir = dirname(file);
  const escaped = basename(file).replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${escaped}\\.(\\d+)-[0-9a-f]{8}\\.tmp$`);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return; // the folder is checked when the file is written
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || processAlive(pid)) continue;
    await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The text to stdout, or to `--out` (atomically, never over an input). */
export async function emit(
  text: string,
  io: CommandIo,
  out: string | undefined,
  inputs: readonly string[],
): Promise<void> {
  if (out === undefined) {
    io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  refuseOverwritingInputs(out, inputs, io);
  await writeFileAtomic(resolve(io.cwd, out), text.endsWith('\n') ? text : `${text}\n`);
}

/** A result as pretty JSON. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes each table as DIR/<id>.csv (atomically), creating DIR; refuses a DIR that is an input. */
export async function emitCsv(
  dir: string,
  files: { name: string; text: string }[],
  io: CommandIo,
  inputs: readonly string[],
): Promise<void> {
  refuseOverwritingInputs(dir, inputs, io, '--csv');
  const target = resolve(io.cwd, dir);
  try {
    await mkdir(target, { recursive: true });
  } catch (err) {
    throw new InputError(
      [
        {
          path: '--csv',
          message: `expected a folder that can be created, got ${(err as NodeJS.ErrnoException).code ?? 'error'} (${target})`,
        },
      ],
      'WSM_FLAG_INVALID',
    );
  }
  for (const f of files) await writeFileAtomic(join(target, f.name), f.text);
}

/** `--out`/`--pdf` paths: refuse early (before a long run) any that is an input or repeated. */
export function refuseOutputs(outs: (string | undefined)[], inputs: readonly string[], io: CommandIo): void {
  const given = outs.filter((o): o is string => o !== undefined);
  for (const o of given) refuseOverwritingInputs(o, inputs, io);
  if (new Set(given.map((o) => resolve(io.cwd, o))).size < given.length) {
    throw new InputError(
      [{ path: '--out', message: 'expected different files for --out and --pdf, got the same file twice' }],
      'WSM_FLAG_INVALID',
    );
  }
}

/** Bytes (a PDF) to `file` relative to the working directory, atomically, never over an input. */
export async function emitFile(
  file: string,
  data: Uint8Array,
  io: CommandIo,
  inputs: readonly string[],
): Promise<void> {
  refuseOverwritingInputs(file, inputs, io);
  await writeFileAtomic(resolve(io.cwd, file), data);
}
