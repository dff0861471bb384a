/**
 * One scenario's run in the result contract (ScenarioRunPart): headline KPIs with their
 * estimates and per-replication vectors, the visitor and workplace blocks, and, with a plan, the
 * area check, the office-area standards and what the plan looks like.
 */
import { Moments } from '../../engine/runner/summaryAccumulator.js';
import { workplaceRunResult } from '../../engine/runner/sizing/simulateWorkplace.js';
import type { Estimate, ScenarioRunPart } from '../../engine/results/index.js';
import { checkPlanArea, checkPlanOfficeStandards } from '../compile/checkPlanArea.js';
import type { SpaceDemandInput } from '../planInputs.js';
import type { VisitorPart } from '../visitors/visitorSchema.js';
import type { ScenarioRun } from './studyRunner.js';
import { assumptionRegister } from './assumptionRegister.js';
import { workplaceBlock } from './workplaceBlock.js';

export interface RunInfo {
  replications: number;
  stoppedBy: string;
  workers: number;
  wallMs: number;
}

export function estimateOf(values: readonly number[]): Estimate {
  const m = new Moments();
  for (const x of values) m.add(x);
  const s = m.summary();
  return { mean: s.mean, ci95: s.ci95 };
}

export function scenarioRunPart(run: ScenarioRun, info: RunInfo, full = false): ScenarioRunPart {
  const c = run.compiled;
  const kpis: Record<string, Estimate> = {};
  const replicationKpis: Record<string, (number | null)[]> = {};
  for (const k of run.kpis) {
    const column = run.columns[k.id];
    kpis[k.id] = estimateOf(column);
    replicationKpis[k.id] = Array.from(column, (x) => (Number.isFinite(x) ? x : null));
  }
  const out: ScenarioRunPart = {
    scenario: { ...c.identity, inputHash: c.inputHash },
    plan: c.plan
      ? { name: c.plan.name, nameJa: c.plan.nameJa, planHash: c.plan.planHash, grossAreaM2: c.plan.grossAreaM2 }
      : null,
    kpis,
    replicationKpis,
    assumptions: assumptionRegister(c.scenario),
  };
  if (run.visitors && c.visitors) {
    const dayType = (c.scenario.visitors as VisitorPart).day?.type ?? 'normal';
    out.visitors = run.visitors.block(c.visitors.input, c.visitors.labels, dayType, full);
  }
  if (run.workplace && c.workplace) {
    const result = workplaceRunResult(c.workplace.model, run.workplace, info, { full });
    out.workplace = workplaceBlock(result, c.workplace.model, c.workplace.labels, c.workplace.planNotes);
  }
  if (c.plan) {
    const demand: SpaceDemandInput = { ...(out.workplace?.needed.spaceDemand ?? {}) };
    if (out.visitors) {
      const seats = out.visitors.waitingArea.personsP95.mean;
      if (seats !== null) demand.waitingSeatsP95 = seats;
      const counters: Record<string, number> = {};
      for (const q of out.visitors.queues)
        if (q.kind === 'counter' && q.counters !== null && q.id !== 'onestop') counters[q.id] = q.counters;
      demand.counterPositionsByDepartment = counters;
    }
    if (Object.keys(demand).length > 0)
      out.areaCheck = checkPlanArea(c.plan, demand, c.scenario.floorplan?.departments);
    if (c.staffByRank)
      out.officeStandards = checkPlanOfficeStandards(c.plan, c.staffByRank.staff, c.staffByRank.derived);
    out.planDrawing = c.plan.drawing;
  }
  return out;
}
