/** Names of the video-booth lines and of the visitor segments, in English and Japanese. */
import { distributionMean } from '../../engine/core/distribution.js';
import type { VisitorPart } from '../visitors/visitorSchema.js';

type DepartmentSpec = VisitorPart['departments'][number];

/** "video:<department>" → [English, Japanese] names, or undefined for other lines. */
export function videoBoothNames(
  id: string,
  departments: ReadonlyMap<string, DepartmentSpec>,
): [string, string] | undefined {
  if (!id.startsWith('video:')) return undefined;
  const d = departments.get(id.slice('video:'.length));
  const en = d?.name ?? d?.id ?? id;
  const ja = d?.nameJa ?? d?.name ?? d?.id ?? id;
  return [`${en} — video booths`, `${ja}（オンライン相談ブース）`];
}

export function segmentLabels(part: VisitorPart): {
  segments?: { id: string; name: string; nameJa: string; serviceFactor: number; extraMinPerContactMean: number }[];
} {
  if (part.segments === undefined || part.segments.length === 0) return {};
  return {
    segments: part.segments.map((s) => ({
      id: s.id,
      name: s.name ?? s.id,
      nameJa: s.nameJa ?? s.name ?? s.id,
      serviceFactor: s.serviceFactor ?? 1,
      extraMinPerContactMean: s.extraMinPerContact ? distributionMean(s.extraMinPerContact) : 0,
    })),
  };
}
