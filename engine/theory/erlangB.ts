import { checkArg } from './internal/checkArg.js';

/**
 * Erlang B blocking probability of an M/M/c/c loss system with `servers` servers and
 * `offeredLoad` Erlangs (arrival rate × mean service time, dimensionless).
 */
export function erlangB(servers: number, offeredLoad: number): number {
  checkArg('erlangB', 'servers', servers, { integer: true, min: 0 });
  checkArg('erlangB', 'offeredLoad', offeredLoad, { min: 0 });
  // Erlang's loss formula (Kleinrock vol. 1 ch. 3, M/M/m/m; Gross & Harris, "Fundamentals of
  // Queueing Theory", M/M/c/c) evaluated by the standard recursion
  // B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)).
  // Every iterate lies in [0, 1], so nothing overflows for large c or A (no A^c / c!).
  let b = 1;
  for (let k = 1; k <= servers; k++) {
    const ab = offeredLoad * b;
    b = ab / (k + ab);
  }
  return b;
}
