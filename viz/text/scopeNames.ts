/** Names for the ids a scenario run mentions (departments, counters, zones, spaces), in one language. */
import type { ScenarioRunPart } from '../../engine/results/index.js';
import { nameIn, type Lang } from '../i18n/index.js';

export function scopeNamesOf(run: ScenarioRunPart, lang: Lang): (id: string) => string {
  const names = new Map<string, string>();
  for (const z of run.planDrawing?.zones ?? []) names.set(z.id, nameIn(lang, z));
  for (const q of run.visitors?.queues ?? []) names.set(q.id, nameIn(lang, q));
  for (const z of run.workplace?.zones ?? []) {
    names.set(z.id, nameIn(lang, z));
    // A zone of one department names that department in the area check's desk rows.
    if (z.departments.length === 1 && !names.has(z.departments[0])) names.set(z.departments[0], nameIn(lang, z));
  }
  for (const s of run.workplace?.spaces ?? []) names.set(s.id, nameIn(lang, s));
  return (id) => names.get(id) ?? id;
}
