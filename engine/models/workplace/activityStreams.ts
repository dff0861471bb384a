/**
 * The random streams of the activities (docs/workplace.md, "Random streams"): the gaps of the
 * activity clock, the kind, the space share, no-shows, and per role a duration and a group-size
 * law for each of its activities, each on the stream of its kind. Made once per replication.
 */
import { Distribution, type DistributionSpec } from '../../core/distribution.js';
import type { RandomStream, RandomStreams } from '../../core/randomStream.js';
import type { CompiledWorkplace } from './compileWorkplace.js';
import { ACTIVITY_KINDS } from './workplaceModel.js';

export interface ActivityDraws {
  durations: Distribution[];
  groups: Distribution[];
}

export interface ActivityStreams {
  gap: RandomStream;
  pick: RandomStream;
  share: RandomStream;
  noShow: RandomStream;
  /** Per role (null: no staff in it), indexed like the role's activities. */
  draws: (ActivityDraws | null)[];
}

export function activityStreams(c: CompiledWorkplace, streams: RandomStreams): ActivityStreams {
  const law = (spec: DistributionSpec, name: string, kind: number) =>
    new Distribution(spec, streams.get(`${name}:${ACTIVITY_KINDS[kind]}`));
  return {
    gap: streams.get('activity:gap'),
    pick: streams.get('activity:kind'),
    share: streams.get('activity:spaceShare'),
    noShow: streams.get('booking:noShow'),
    draws: c.roles.map((r) =>
      r === null
        ? null
        : {
            durations: r.activities.map((a) => law(a.durationMin, 'activity:duration', a.kind)),
            groups: r.activities.map((a) => law(a.groupSize, 'activity:groupSize', a.kind)),
          },
    ),
  };
}
