/**
 * From the scenario's video-consultation, phone-duty and segment fields to the model input
 * (engine/models/visitors/visitorModifiers.ts), defaults filled in. Each function returns an
 * empty object when the scenario does not state the field, so that spreading it into the model
 * input leaves older inputs exactly as they were.
 */
import type { SegmentInput, VideoInput } from '../../engine/models/visitors/visitorModifiers.js';
import type { VisitorPart } from './visitorSchema.js';

type ProcedureSpec = VisitorPart['procedures'][number];
type DepartmentSpec = VisitorPart['departments'][number];

export function videoOf(p: ProcedureSpec): { video?: VideoInput } {
  const v = p.videoConsultation;
  return v === undefined
    ? {}
    : { video: { share: v.share, serviceFactor: v.serviceFactor ?? 1, priority: v.priority ?? 'inOrder' } };
}

export function departmentModifiers(
  dep: DepartmentSpec,
  intervalMin: number,
): { videoBooths?: number; phone?: { staffTimeShare: number; rotaMin: number } } {
  return {
    ...(dep.videoBooths === undefined ? {} : { videoBooths: dep.videoBooths }),
    ...(dep.phone === undefined
      ? {}
      : { phone: { staffTimeShare: dep.phone.staffTimeShare, rotaMin: dep.phone.rotaMin ?? intervalMin } }),
  };
}

export function segmentsOf(part: VisitorPart): { segments?: SegmentInput[] } {
  const segments = part.segments;
  if (segments === undefined || segments.length === 0) return {};
  return {
    segments: segments.map((s) => ({
      id: s.id,
      shareByProcedure: part.procedures.map((p) => s.shareByProcedure?.[p.id] ?? s.share),
      serviceFactor: s.serviceFactor ?? 1,
      extraMinPerContact: s.extraMinPerContact ?? null,
    })),
  };
}
