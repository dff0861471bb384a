/**
 * Events a replication of each model is expected to process, from its compiled input alone
 * (nothing runs): what the work budget multiplies by the replications before a command starts.
 * Rough on purpose — within a factor of two or three of the events the models count — since it
 * only has to tell minutes from days; the budget's running check catches the rest.
 */
import { distributionMean, type DistributionSpec } from '../../engine/core/distribution.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import { ROLES, type WorkplaceJob, type WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import { requestsDependOnUnits } from '../../engine/runner/sizing/requestsDependOnUnits.js';
import { sizingDepth } from '../../engine/runner/sizing/simulateWorkplace.js';

const meanOr = (spec: DistributionSpec | null | undefined, fallback: number): number => {
  if (spec === null || spec === undefined) return fallback;
  const m = distributionMean(spec);
  return Number.isFinite(m) ? m : fallback;
};

/** One simulated day of the visitor model. */
export function visitorDayEvents(input: VisitorInput): number {
  // Per visitor: an arrival, and per counter contact a start and an end (plus walking).
  let stepsPerVisitor = 0;
  for (const p of input.procedures) stepsPerVisitor += p.share * p.steps.reduce((n, s) => n + s.p, 0);
  const extra = (input.concierge ? input.concierge.share : 0) + (input.reception ? 1 : 0);
  const perVisitor = 1 + 3 * (stepsPerVisitor + extra);
  const intervals = Math.ceil(Math.max(0, input.closeMin - input.openMin) / input.intervalMin);
  const schedules = input.departments.reduce((n, d) => n + d.staff.length + (d.backOffice?.staff.length ?? 0), 0);
  return input.expectedVisitors * perVisitor + intervals * (input.departments.length + 1) + 2 * schedules;
}

/** One replication (all its days) of the workplace model. */
export function workplaceReplicationEvents(job: WorkplaceJob): number {
  const model = job.model;
  let perDay = 0;
  for (const dept of model.departments) {
    for (const role of ROLES) {
      const people = dept.headcount[role] ?? 0;
      const spec = model.roles[role];
      if (people === 0 || spec === undefined) continue;
      const hours = meanOr(spec.stayMin, 540) / 60;
      const activities = spec.activities.reduce((n, a) => n + a.ratePerHour * hours, 0);
      // Arrival, departure, and per activity a start, an end and a space request.
      perDay += people * (2 + 3 * activities);
    }
  }
  const sweeps = job.sweepShares?.length ?? 1;
  return model.days * perDay * sweeps;
}

/**
 * Whole-office runs `wardsim size` adds for spaces whose requests depend on their count: about
 * two per such space for the window that decides the answers (the guess and its neighbour; more
 * only when the replayed guess is off by several units). For 'all', every count up to the first
 * that blocks nothing: at most the staff who may ask for the space (each holds one unit at a
 * time; no-show holds can exceed it, which the budget's running check catches).
 */
export function spaceCountRunsEstimate(model: WorkplaceModel, curves: 'window' | 'all', maxUnits?: number): number {
  let runs = 0;
  model.spaces.forEach((space, i) => {
    if (!requestsDependOnUnits(model, i)) return;
    const depth = Math.min(maxUnits ?? sizingDepth(model), requestersOf(model, space.id));
    runs += curves === 'all' ? depth : 2;
  });
  return runs;
}

/** Staff whose role has an activity that may use the space. */
function requestersOf(model: WorkplaceModel, spaceId: string): number {
  let n = 0;
  for (const role of ROLES) {
    if (!(model.roles[role]?.activities ?? []).some((a) => a.spaces.includes(spaceId))) continue;
    for (const d of model.departments) n += d.headcount[role] ?? 0;
  }
  return n;
}
