import { createHash } from 'node:crypto';
import stableStringify from 'fast-json-stable-stringify';

/** SHA-256 (hex, first 16 chars) of a JSON value with keys sorted: the same input gives the same hash. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex').slice(0, 16);
}
