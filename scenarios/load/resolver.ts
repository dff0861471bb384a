/**
 * Where scenario documents, part files and floor plans come from. A reference is resolved
 * against the document that names it: a relative path against that file's folder, `library:`
 * against the bundled library (scenarios/library, floorplans/library). The CLI reads files and
 * the library; the HTTP API adds its store. Nothing else in wardsim touches the file system to
 * load a scenario.
 */
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
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

/** `library:<name>` → a file of the bundled library: `floorplans/<id>` under floorplans/library, else scenarios/library. */
export function libraryFile(name: string): string {
  const root = packageRoot();
  if (name.startsWith('floorplans/')) {
    const file = name.slice('floorplans/'.length);
    return join(root, 'floorplans', 'library', /\.(geo)?json$/.test(file) ? file : `${file}.geojson`);
  }
  return join(root, 'scenarios', 'library', name.endsWith('.json') ? name : `${name}.json`);
}

/** Reads a regular file of at most MAX_INPUT_BYTES; problems become InputErrors naming `path`. */
export async function readInputFile(file: string, path: string): Promise<string> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError([{ path, message: `expected a readable file, got ${code === 'ENOENT' ? 'no such file' : code} (${file})` }], 'WSM_FILE_UNREADABLE');
  }
  try {
    const stat = await handle.stat();
    // Devices and pipes never end or end late: refuse anything but a regular file before reading.
    if (!stat.isFile()) throw new InputError([{ path, message: `expected a regular file, got ${stat.isDirectory() ? 'a folder' : 'a device, pipe or socket'} (${file})` }], 'WSM_FILE_UNREADABLE');
    if (stat.size > MAX_INPUT_BYTES) {
      throw new InputError([{ path, message: `expected at most ${MAX_INPUT_BYTES} bytes, got ${stat.size} (${file})` }], 'WSM_FILE_TOO_LARGE');
    }
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Files and the bundled library. */
export function fileResolver(cwd = process.cwd()): ScenarioResolver {
  const fileOf = (ref: string, fromUri: string | undefined, path: string): string => {
    if (ref.startsWith('file:')) return fileURLToPath(ref);
    if (ref.startsWith(LIBRARY_PREFIX)) return libraryFile(ref.slice(LIBRARY_PREFIX.length));
    if (fromUri === undefined) return resolve(cwd, ref);
    if (fromUri.startsWith('file:')) return isAbsolute(ref) ? ref : resolve(dirname(fileURLToPath(fromUri)), ref);
    throw new InputError([{ path, message: `expected a library: reference in a document that is not a file, got ${JSON.stringify(ref)}` }], 'WSM_REFERENCE_INVALID');
  };
  return {
    locate: (ref, fromUri, path) => pathToFileURL(fileOf(ref, fromUri, path)).href,
    async read(ref, fromUri, path) {
      const file = fileOf(ref, fromUri, path);
      return { uri: pathToFileURL(file).href, text: await readInputFile(file, path) };
    },
  };
}

/**
 * Documents held in memory by name (an HTTP request body, a store), in front of another resolver
 * for `library:` and further references.
 */
export function memoryResolver(documents: ReadonlyMap<string, string>, fallback: ScenarioResolver = fileResolver()): ScenarioResolver {
  return {
    locate: (ref, fromUri, path) => (ref.startsWith('memory:') ? ref : fallback.locate(ref, fromUri, path)),
    async read(ref, fromUri, path) {
      const key = ref.startsWith('memory:') ? ref.slice('memory:'.length) : undefined;
      if (key !== undefined) {
        const text = documents.get(key);
        if (text === undefined) throw new InputError([{ path, message: `expected a stored document, got no document named ${JSON.stringify(key)}` }], 'WSM_REFERENCE_INVALID');
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
