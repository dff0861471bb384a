/** The fields every result carries (engine/results/common.ts), filled from a finished study. */
import { ENGINE_VERSION } from '../../engine/version.js';
import { FORMAT_VERSION, type Envelope, type ResultKind, type StoppingRule } from '../../engine/results/common.js';

export interface EnvelopeInput {
  inputHash: string;
  seed: number | string;
  replications: number;
  stoppingRule: StoppingRule;
  stoppedBy: string;
  wallMs: number;
  workers: number;
}

export function envelopeOf<K extends ResultKind>(kind: K, e: EnvelopeInput): Envelope<K> {
  return {
    kind,
    formatVersion: FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    inputHash: e.inputHash,
    seed: e.seed,
    replications: e.replications,
    stoppingRule: e.stoppingRule,
    stoppedBy: e.stoppedBy as Envelope<K>['stoppedBy'],
    wallMs: Math.round(e.wallMs),
    workers: e.workers,
  };
}
