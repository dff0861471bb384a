/**
 * Where scenario documents, part files and floor plans come from. A reference is resolved
 * against the document that names it: a relative path against that file's folder, `library:`
 * against the bundled library (scenarios/library, floorplans/library). The CLI reads files and
 * the library; the HTTP API adds its store. Nothing else in wardsim touches the file system to
 * load a scenario.
 */
import { constants, existsSync, realpathSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { InputError } from '../../engine/inputError.js';
import { MAX_INPUT_BYTES } from '../inputLimits.js';
import { packageRoot } from './packageRoot.js';

/** A document as read: where it is (a URI) and its text. */
export interface ResolvedSource {
  /** `file:///…` or `memory:<name>`: the base for references inside the document. */
  uri: string;
  text: string;
}

export interface ScenarioResolver {
  /** The URI of `ref` named in the document at `fromUri`, without reading it. */
  locate(ref: string, fromUri: string | undefined, path: string): string;
  /**
   * Reads the document named `ref` in the document at `fromUri` (undefined: a reference given by
   * the user, resolved against the working directory). `path` names the reference in errors.
   */
  read(ref: string, fromUri: string | undefined, path: string): Promise<ResolvedSource>;
}

export const LIBRARY_PREFIX = 'library:';

/**
 * `library:<name>` → a file of the bundled library: `floorplans/<id>` under floorplans/library,
 * else scenarios/library, where a bare name not found at the top is looked up among the ward
 * scenarios (scenarios/library/wards), so every library scenario has one short name.
 */
export function libraryFile(name: string): string {
  const root = packageRoot();
  if (name.startsWith('floorplans/')) {
    const file = name.slice('floorplans/'.length);
    return join(root, 'floorplans', 'library', /\.(geo)?json$/.test(file) ? file : `${file}.geojson`);
  }
  const file = name.endsWith('.json') ? name : `${name}.json`;
  const top = join(root, 'scenarios', 'library', file);
  if (file.includes('/') || existsSync(top)) return top;
  const ward = join(root, 'scenarios', 'library', 'wards', file);
  return existsSync(ward) ? ward : top;
}

/** Reads a regular file of at most MAX_INPUT_BYTES; problems become InputErrors naming `path`. */
export async function readInputFile(file: string, path: string): Promise<string> {
  const unreadable = (what: string) =>
    new InputError(
      [{ path, message: `expected a readable regular file, got ${what} (${file})` }],
      'WSM_FILE_UNREADABLE',
    );
  // Look before opening: opening a FIFO waits for a writer, and a device never ends.
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw unreadable(code === 'ENOENT' ? 'no such file' : code);
  }
  if (!info.isFile()) throw unreadable(info.isDirectory() ? 'a folder' : 'a device, pipe or socket');
  if (info.size > MAX_INPUT_BYTES) throw tooLarge(file, path, info.size);
  let handle;
  try {
    // O_NONBLOCK: should the path turn into a FIFO after the look, opening still returns at once.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw unreadable((err as NodeJS.ErrnoException).code ?? 'error');
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw unreadable('a device, pipe or socket');
    // Read until the end, never more than one byte past the limit (a file may grow while read).
    let buffer = Buffer.alloc(Math.min(opened.size, MAX_INPUT_BYTES) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_INPUT_BYTES) throw tooLarge(file, path, length);
        const grown = Buffer.alloc(Math.min(2 * length, MAX_INPUT_BYTES + 1));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return buffer.toString('utf8', 0, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, path: string, size: number): InputError {
  const message = `expected at most ${MAX_INPUT_BYTES.toLocaleString('en')} bytes, got ${size.toLocaleString('en')} (${file})`;
  return new InputError([{ path, message }], 'WSM_FILE_TOO_LARGE');
}

export interface FileResolverOptions {
  /** Folder that relative paths given by the user resolve against (default: process.cwd()). */
  cwd?: string;
  /** Folders references may also point into (`--allow-path DIR`). */
  allowPaths?: readonly string[];
  /**
   * Whether the user names files (the CLI: a path given on the command line is read wherever it
   * is, and its folder becomes a place its references may point into). The HTTP API passes false:
   * a client names no server file, so only the library and `allowPaths` can be read.
   */
  userFiles?: boolean;
}

/**
 * Files and the bundled library. A reference inside a document (extends, a part file,
 * floorplan.file) must stay inside the working folder's tree, the folder tree of a file the user
 * named, the library or an allowed folder, so a scenario handed on by someone else cannot make
 * wardsim read (and report on) any file of the machine.
 */
export function fileResolver(options: FileResolverOptions | string = {}): ScenarioResolver {
  const {
    cwd = process.cwd(),
    allowPaths = [],
    userFiles = true,
  } = typeof options === 'string' ? { cwd: options } : options;
  // Where references may point: the library, allowed folders and, on the command line, the
  // working folder's tree (a project's options/ may extend its base/) and each named file's.
  const roots = [
    join(packageRoot(), 'scenarios', 'library'),
    join(packageRoot(), 'floorplans', 'library'),
    ...allowPaths.map((p) => resolve(cwd, p)),
    ...(userFiles ? [cwd] : []),
  ].map(realOrSelf);
  const fileOf = (ref: string, fromUri: string | undefined, path: string): string => {
    if (ref.startsWith('file:')) return fileURLToPath(ref);
    if (ref.startsWith(LIBRARY_PREFIX)) return libraryFile(ref.slice(LIBRARY_PREFIX.length));
    if (fromUri === undefined) return resolve(cwd, ref);
    if (fromUri.startsWith('file:')) return isAbsolute(ref) ? ref : resolve(dirname(fileURLToPath(fromUri)), ref);
    throw new InputError(
      [{ path, message: `expected a library: reference in a document that is not a file, got ${JSON.stringify(ref)}` }],
      'WSM_REFERENCE_INVALID',
    );
  };
  const confine = (file: string, ref: string, fromUri: string | undefined, path: string): void => {
    // A path typed by the user is theirs to choose; `file:` URIs and library: names come from documents.
    const named = fromUri === undefined && !ref.startsWith('file:') && !ref.startsWith(LIBRARY_PREFIX);
    const real = realOrSelf(file);
    if (named && userFiles) {
      roots.push(dirname(real));
      return;
    }
    if (roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep))) return;
    const message = `expected a file inside the scenario's folder or the library, got ${JSON.stringify(ref)} (${file}); allow its folder with --allow-path`;
    throw new InputError([{ path, message }], 'WSM_REFERENCE_OUTSIDE');
  };
  return {
    locate: (ref, fromUri, path) => pathToFileURL(fileOf(ref, fromUri, path)).href,
    async read(ref, fromUri, path) {
      const file = fileOf(ref, fromUri, path);
      confine(file, ref, fromUri, path);
      return { uri: pathToFileURL(file).href, text: await readInputFile(file, path) };
    },
  };
}

/** The real path of `file` (symbolic links followed), or the path itself when it does not exist. */
function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * Documents held in memory by name (an HTTP request body, a store), in front of another resolver
 * for `library:` and further references.
 */
export function memoryResolver(
  documents: ReadonlyMap<string, string>,
  fallback: ScenarioResolver = fileResolver(),
): ScenarioResolver {
  return {
    locate: (ref, fromUri, path) => (ref.startsWith('memory:') ? ref : fallback.locate(ref, fromUri, path)),
    async read(ref, fromUri, path) {
      const key = ref.startsWith('memory:') ? ref.slice('memory:'.length) : undefined;
      if (key !== undefined) {
        const text = documents.get(key);
        if (text === undefined)
          throw new InputError(
            [{ path, message: `expected a stored document, got no document named ${JSON.stringify(key)}` }],
            'WSM_REFERENCE_INVALID',
          );
        return { uri: ref, text };
      }
      return fallback.read(ref, fromUri, path);
    },
  };
}

/** A human name for a document URI (a file path, or the name itself). */
export function displayUri(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}
