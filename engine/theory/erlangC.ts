import { checkArg } from './internal/checkArg.js';
import { erlangB } from './erlangB.js';

/**
 * Erlang C probability that an arrival must wait, P(W > 0), in an M/M/c queue with
 * `servers` servers and `offeredLoad` Erlangs; requires offeredLoad < servers.
 */
export function erlangC(servers: number, offeredLoad: number): number {
  checkArg('erlangC', 'servers', servers, { integer: true, min: 1 });
  checkArg('erlangC', 'offeredLoad', offeredLoad, { min: 0 });
  if (!(offeredLoad < servers)) {
    throw new RangeError(`erlangC: offeredLoad must be < servers (${servers}) for a stable queue, got ${offeredLoad}`);
  }
  // Erlang C from Erlang B (Kleinrock vol. 1 eq. 3.40 rearranged; Gross & Harris, M/M/c):
  // C(c, A) = c·B(c, A) / (c − A·(1 − B(c, A))). Stable: B is computed by recursion and the
  // denominator is ≥ c − A > 0.
  const b = erlangB(servers, offeredLoad);
  const c = (servers * b) / (servers - offeredLoad * (1 - b));
  return Math.min(1, Math.max(0, c));
}
