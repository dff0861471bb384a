/** Names of the intervals, hours, procedures, queues and staff groups of a visitor day (ja/en). */
import { compileVisitorModel } from '../../engine/models/visitors/compileVisitorModel.js';
import { valueAt } from '../../engine/models/visitors/staffRoster.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import { clockText } from '../visitors/toVisitorInput.js';
import type { VisitorPart } from '../visitors/visitorSchema.js';
import { segmentLabels, videoBoothNames } from './modifierLabels.js';

export interface Label {
  id: string;
  name: string;
  nameJa: string;
}

export interface VisitorLabels {
  intervals: string[];
  hours: string[];
  procedures: Label[];
  queues: (Label & { kind: 'counter' | 'specialist' | 'seats' | 'other'; counters: number | null })[];
  staff: { id: string; kind: string; onCounter: number[]; phoneStaffMin?: number }[];
  /** Only with visitor segments. */
  segments?: (Label & { serviceFactor: number; extraMinPerContactMean: number })[];
}

/** Queues the model adds that are no department of the scenario. */
const MODEL_QUEUES: Record<string, [string, string]> = {
  onestop: ['one-stop desk', 'ワンストップ窓口'],
  'onestop-seats': ['one-stop seats', 'ワンストップ席'],
  concierge: ['concierge', '総合案内'],
  reception: ['reception kiosk', '受付・発券'],
};

export function visitorLabels(part: VisitorPart, input: VisitorInput): VisitorLabels {
  const model = compileVisitorModel(input);
  const dept = new Map(part.departments.map((d) => [d.id, d]));
  const kinds = ['counter', 'specialist', 'seats'] as const;
  return {
    intervals: Array.from({ length: model.bins }, (_, i) => clockText(input.openMin + i * input.intervalMin)),
    hours: Array.from({ length: model.hours }, (_, h) => `${String(model.firstHour + h).padStart(2, '0')}:00`),
    procedures: part.procedures.map((p) => ({ id: p.id, name: p.name ?? p.id, nameJa: p.nameJa ?? p.name ?? p.id })),
    queues: model.queues
      .filter((q) => q.id !== 'concierge' && q.id !== 'reception')
      .map((q) => {
        const d = dept.get(q.id);
        const [en, ja] = MODEL_QUEUES[q.id] ??
          videoBoothNames(q.id, dept) ?? [d?.name ?? q.id, d?.nameJa ?? d?.name ?? q.id];
        return {
          id: q.id,
          name: en,
          nameJa: ja,
          kind: kinds[q.kind] ?? 'other',
          counters: Number.isFinite(q.counters) ? q.counters : null,
        };
      }),
    staff: model.groups.map((g) => ({
      id: g.id,
      kind: g.kind,
      onCounter: Array.from({ length: model.bins }, (_, i) =>
        valueAt(g.onCounter, input.openMin + i * input.intervalMin),
      ),
      ...(g.phoneStaffMin === undefined ? {} : { phoneStaffMin: g.phoneStaffMin }),
    })),
    ...segmentLabels(part),
  };
}

/** The name of a staff group or queue id in a language (departments, the one-stop desk …). */
export function groupLabel(labels: VisitorLabels, id: string): Label {
  const q = labels.queues.find((x) => x.id === id);
  if (q) return q;
  const [en, ja] = MODEL_QUEUES[id] ?? [id, id];
  return { id, name: en, nameJa: ja };
}
