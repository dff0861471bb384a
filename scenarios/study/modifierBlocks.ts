/**
 * The video-consultation and segment blocks of a visitor run (engine/results/visitorModifierBlocks.ts)
 * from the accumulated figures; empty objects when the scenario has neither, so other results
 * keep their shape.
 */
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { Estimate, VisitorRunBlock } from '../../engine/results/index.js';
import type { VisitorLabels } from '../compile/visitorLabels.js';

type Tree = Record<string, unknown>;
type Est = (node: unknown) => Estimate;

export function modifierBlocks(
  input: VisitorInput,
  labels: VisitorLabels,
  tree: Tree,
  est: Est,
): Pick<VisitorRunBlock, 'video' | 'segments'> {
  const out: Pick<VisitorRunBlock, 'video' | 'segments'> = {};
  const video = tree.video as Tree | undefined;
  if (video !== undefined) {
    const booths = labels.queues.filter((q) => q.id.startsWith('video:'));
    // Booth rows are named by their department (the booth line's own name says "video booths").
    const dept = (id: string) => labels.queues.find((q) => q.id === id) ?? { name: id, nameJa: id };
    out.video = {
      consultations: est(video.consultations),
      served: est(video.served),
      waitMeanMin: est(video.waitMeanMin),
      staffHours: est(video.staffHours),
      booths: booths.map((q) => {
        const id = q.id.slice('video:'.length);
        return { id, name: dept(id).name, nameJa: dept(id).nameJa, booths: q.counters ?? 0 };
      }),
    };
  }
  const segments = tree.segments as Tree | undefined;
  if (segments !== undefined && labels.segments !== undefined && input.segments !== undefined) {
    out.segments = labels.segments.map((s) => {
      const x = (segments[s.id] ?? {}) as Tree;
      return { ...s, arrived: est(x.arrived), served: est(x.served), waitMeanMin: est(x.waitMeanMin) };
    });
  }
  return out;
}
