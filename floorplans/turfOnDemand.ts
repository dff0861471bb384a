/**
 * Turf's polygon intersection and self-intersection test, loaded on first use (their CommonJS
 * builds, so the call stays synchronous). With polyclip-ts and bignumber.js they are a few
 * hundred kB of modules that a run without a floor plan never needs, and every command that
 * compiles a scenario would otherwise load them at start-up.
 */
import { createRequire } from 'node:module';

type Intersect = typeof import('@turf/intersect').intersect;
type Kinks = typeof import('@turf/kinks').kinks;
type Helpers = typeof import('@turf/helpers');

const require = createRequire(import.meta.url);
let loaded: { intersect: Intersect; kinks: Kinks; helpers: Helpers } | undefined;

export function turf(): { intersect: Intersect; kinks: Kinks; helpers: Helpers } {
  loaded ??= {
    intersect: (require('@turf/intersect') as { intersect: Intersect }).intersect,
    kinks: (require('@turf/kinks') as { kinks: Kinks }).kinks,
    helpers: require('@turf/helpers') as Helpers,
  };
  return loaded;
}
