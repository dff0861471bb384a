/**
 * Counter positions per sized staffing group, the hard limit of `wardsim staff` (issue 14): the
 * scenario's counters of each department (and of the one-stop desk), and with a linked floor
 * plan the positions its counter zones of that department hold (given, else derived from the
 * zone's area by the space standards) — the fewer of the two, since both are physical.
 */
import type { CompiledScenario } from '../compile/compileScenario.js';

export interface CounterPositions {
  positions: number;
  source: 'scenario' | 'plan';
}

export function counterPositionsOf(compiled: CompiledScenario): Record<string, CounterPositions> {
  const input = compiled.visitors?.input;
  const out: Record<string, CounterPositions> = {};
  if (input === undefined) return out;
  const toPlanDept = (id: string) => compiled.scenario.floorplan?.departments?.[id] ?? id;
  const fromPlan = (id: string): number | undefined => {
    const zones = compiled.plan?.zones.filter((z) => z.kind === 'counter' && z.department === toPlanDept(id)) ?? [];
    return zones.length === 0 ? undefined : zones.reduce((a, z) => a + (z.capacity.counterPositions ?? 0), 0);
  };
  const limit = (id: string, counters: number): CounterPositions => {
    const plan = fromPlan(id);
    return plan !== undefined && plan < counters
      ? { positions: plan, source: 'plan' }
      : { positions: counters, source: 'scenario' };
  };
  for (const d of input.departments) out[d.id] = limit(d.id, d.counters);
  const oneStop = input.organisation.oneStop;
  if (oneStop) out.onestop = limit('onestop', oneStop.counters);
  return out;
}
