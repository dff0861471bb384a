#!/usr/bin/env node
/** The `wardsim` command (bin/main.ts does the work; this file only connects it to the process). */
import { runWardsim } from './main.js';
import { processIo } from './io.js';

runWardsim(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`wardsim: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
