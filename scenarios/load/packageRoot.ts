/**
 * The folder of the installed wardsim package (where package.json is), found from this module's
 * own location so it works from the TypeScript sources, from dist/ and from an npm install.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the wardsim package root');
    dir = up;
  }
  root = dir;
  return dir;
}
