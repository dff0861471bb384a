/** Build outputs are written atomically: a temporary file beside the target, renamed over it. */
import { renameSync, writeFileSync } from 'node:fs';

export function writeAtomically(file: string, data: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, file);
}
