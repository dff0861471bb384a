import type { Command } from './command.js';
import { floorplan } from './floorplan.js';
import { run } from './run.js';
import { simulate } from './simulate.js';
import { size } from './size.js';
import { staff } from './staff.js';

/** Every sub-command of `wardsim`, by name. */
export const commands: Record<string, Command> = {
  run,
  floorplan,
  simulate,
  staff,
  size,
};
