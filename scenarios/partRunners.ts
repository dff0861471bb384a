import type { PartRunner } from './partRunner.js';
import { visitorPartRunner } from './visitors/visitorPartRunner.js';
import { workplacePartRunner } from './workplace/workplacePartRunner.js';

/** Every scenario part `wardsim run` knows, in the order they are run and printed. */
export const partRunners: PartRunner[] = [visitorPartRunner as PartRunner, workplacePartRunner as PartRunner];
