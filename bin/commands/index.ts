/**
 * Every sub-command of `wardsim`, by name, with its one-line summary. Commands are imported only
 * when run, so `wardsim --help` and a command's first replication start without loading the rest.
 */
import type { Command } from './command.js';

export interface CommandEntry {
  summary: string;
  load: () => Promise<Command>;
}

export const commands: Record<string, CommandEntry> = {
  run: {
    summary: 'simulate a ward-office scenario (visitors, counters, workplace)',
    load: async () => (await import('./run.js')).run,
  },
  compare: {
    summary: 'compare scenarios on common random numbers: paired differences, verdict',
    load: async () => (await import('./compare.js')).compare,
  },
  sweep: {
    summary: 'run a scenario over a grid of settings (--set PATH=v1,v2,…)',
    load: async () => (await import('./sweep.js')).sweep,
  },
  report: {
    summary: 'write the study report: self-contained HTML (ja/en), PDF and CSV',
    load: async () => (await import('./report.js')).report,
  },
  staff: {
    summary: 'fewest counter staff per interval for a service level (simulation vs Erlang C)',
    load: async () => (await import('./staff.js')).staff,
  },
  size: {
    summary: 'size desks per zone, booths and meeting rooms (α, β), with a telework sweep',
    load: async () => (await import('./size.js')).size,
  },
  floorplan: {
    summary: 'check, draw (SVG) and import (DXF) floor plans',
    load: async () => (await import('./floorplan.js')).floorplan,
  },
  serve: {
    summary: 'start the HTTP API and browser UI (Fastify + SQLite)',
    load: async () => (await import('./serve.js')).serve,
  },
  simulate: {
    summary: 'simulate a queueing-network model file (validation, power users)',
    load: async () => (await import('./simulate.js')).simulate,
  },
  study: {
    summary: 'city study: wards × options, building programmes and the verdict 増・減・維持',
    load: async () => (await import('./study.js')).study,
  },
  worker: {
    summary: 'serve replications queued on Redis (BullMQ) by --redis runs, in sandboxes',
    load: async () => (await import('./worker.js')).worker,
  },
};
