/** What every route plugin works with: the stores, the queue and the limits. */
import type { ScenarioResolver } from '../scenarios/study/index.js';
import type { RunHub } from './jobs/runHub.js';
import type { RunQueue } from './jobs/runQueue.js';
import type { ApiLimits } from './limits.js';
import type { Db } from './store/database.js';
import type { FloorPlanStore } from './store/floorplanStore.js';
import type { RunStore } from './store/runStore.js';
import type { ScenarioStore } from './store/scenarioStore.js';

export interface ApiContext {
  db: Db;
  scenarios: ScenarioStore;
  floorplans: FloorPlanStore;
  runs: RunStore;
  hub: RunHub;
  queue: RunQueue;
  resolver: ScenarioResolver;
  limits: ApiLimits;
}
