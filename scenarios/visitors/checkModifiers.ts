/**
 * Relational checks of video consultations, phone duty and segments (visitorModifiersSchema.ts)
 * that a JSON Schema cannot express: a procedure's diversion and video share together at most 1,
 * booths and phone duty only on departments that keep their own counter staff (a pooled or
 * superman desk took the others' work), segment ids unique, segment shares of each procedure
 * summing to at most 1, shareByProcedure naming procedures. Tolerant of malformed input.
 */
import type { InputIssue } from '../../engine/inputError.js';
import { checkDistribution } from '../../engine/schema/checkDistribution.js';

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const recs = (x: unknown): Rec[] => (Array.isArray(x) ? x.map((v: unknown) => (isRec(v) ? v : {})) : []);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);
const TOLERANCE = 1e-9;

export function checkModifiers(part: Rec, at: (p: string) => string, issues: InputIssue[]): void {
  const procedures = recs(part.procedures);
  procedures.forEach((p, i) => {
    const video = isRec(p.videoConsultation) ? num(p.videoConsultation.share) : undefined;
    const diversion = num(p.diversion) ?? 0;
    if (video !== undefined && video + diversion > 1 + TOLERANCE) {
      const message = `expected diversion + video share at most 1, got ${diversion} + ${video}`;
      issues.push({ path: at(`procedures[${i}].videoConsultation.share`), message });
    }
  });

  const org = isRec(part.organisation) ? part.organisation : {};
  const type = str(org.type) ?? 'silo';
  const desk =
    isRec(org.oneStop) && Array.isArray(org.oneStop.departments) ? (org.oneStop.departments as unknown[]) : [];
  const byDesk = (id: string) => (type === 'pooled' || type === 'superman') && desk.includes(id);
  recs(part.departments).forEach((d, i) => {
    const id = str(d.id) ?? '';
    if (!byDesk(id)) return;
    for (const field of ['videoBooths', 'phone'] as const) {
      if (d[field] === undefined) continue;
      const message = `expected no ${field} on a department whose counter work the ${type} one-stop desk does, got one`;
      issues.push({ path: at(`departments[${i}].${field}`), message });
    }
  });

  const segments = recs(part.segments);
  const ids = new Map<string, number>();
  const procIds = procedures.map((p) => str(p.id));
  const sums = new Array<number>(procedures.length).fill(0);
  segments.forEach((s, k) => {
    const path = at(`segments[${k}]`);
    const id = str(s.id);
    if (id !== undefined) {
      if (ids.has(id))
        issues.push({
          path: `${path}.id`,
          message: `duplicate id ${JSON.stringify(id)} (also segments[${ids.get(id)}])`,
        });
      else ids.set(id, k);
    }
    if (s.extraMinPerContact !== null) checkDistribution(s.extraMinPerContact, `${path}.extraMinPerContact`, issues);
    const byProc = isRec(s.shareByProcedure) ? s.shareByProcedure : {};
    for (const key of Object.keys(byProc)) {
      if (procIds.includes(key)) continue;
      const known = procIds
        .filter((x) => x !== undefined)
        .map((x) => JSON.stringify(x))
        .join(', ');
      issues.push({
        path: `${path}.shareByProcedure.${key}`,
        message: `expected the id of a procedure (${known}), got ${JSON.stringify(key)}`,
      });
    }
    procIds.forEach((pid, i) => (sums[i] += num(pid === undefined ? undefined : byProc[pid]) ?? num(s.share) ?? 0));
  });
  sums.forEach((sum, i) => {
    if (sum <= 1 + TOLERANCE) return;
    const proc = JSON.stringify(procIds[i] ?? i);
    const message = `expected the segments' shares of procedure ${proc} to sum to at most 1, got ${sum}`;
    issues.push({ path: at('segments'), message });
  });
}
