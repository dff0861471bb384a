/** A temporary copy of the corpus to run in: wrappers for part files, and the special cases made. */
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CORPUS_DIR } from './corpusCases.js';
import { makeSpecialFiles, SPECIAL_CASES, type SpecialCase } from './specialCases.js';

export interface PreparedCorpus {
  root: string;
  special: SpecialCase[];
}

export function prepareCorpus(): PreparedCorpus {
  const root = mkdtempSync(join(tmpdir(), 'wardsim-corpus-'));
  cpSync(CORPUS_DIR, root, { recursive: true });
  // A part file reaches wardsim through a scenario that names it.
  for (const part of ['visitors', 'workplace'] as const) {
    const dir = join(root, `${part}-part`);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const wrapper = { name: `${part} part case ${name}`, [part]: `./${basename(name)}` };
      writeFileSync(join(dir, `${name}.${part}-wrapper.json`), JSON.stringify(wrapper));
    }
  }
  makeSpecialFiles(root);
  for (const c of SPECIAL_CASES) c.make(root);
  return { root, special: SPECIAL_CASES };
}
