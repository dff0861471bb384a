/**
 * The exact-theory cases the engine is tested against, with their reference figures computed now
 * by the functions of engine/theory — the same functions and parameters the validation tests use
 * (tests/validation/*.test.ts, tests/visitors/validation.test.ts, tests/workplace/validation.test.ts).
 * Only the exact side is here: the simulated side comes from the test suite, which enforces the
 * criterion, never from the study the report is about.
 */
import {
  erlangA,
  erlangB,
  erlangC,
  erlangCServiceLevel,
  jackson,
  md1,
  mmc,
  pollaczekKhinchine,
} from '../../../engine/theory/index.js';
import { binomialTail } from '../../../engine/runner/sizing/poissonBinomial.js';

/** How a test decides: the keys of the criterion texts in the message tables. */
export type Criterion =
  | { kind: 'ciRelative'; replications: number; confidencePct: number; maxRelativePct: number }
  | { kind: 'ciAbsolute'; replications: number; confidencePct: number; maxHalfWidth: number }
  | { kind: 'ciOnly'; replications: number; confidencePct: number }
  | { kind: 'little'; replications: number }
  | { kind: 'exact'; replications: number }
  | { kind: 'between'; replications: number; from: number; to: number };

export type CaseId =
  | 'mm1'
  | 'mm8'
  | 'mm10'
  | 'md1'
  | 'mg1'
  | 'erlangA'
  | 'jackson'
  | 'tandem'
  | 'schedule'
  | 'visitorDay'
  | 'deskBinomial'
  | 'boothErlangB';

export type FigureId =
  | 'wait'
  | 'waitServed'
  | 'queue'
  | 'sojourn'
  | 'inSystem'
  | 'utilization'
  | 'pWait'
  | 'pBlocked'
  | 'pAbandon'
  | 'busyServers'
  | 'serviceLevel'
  | 'littleLaw'
  | 'served'
  | 'overtime'
  | 'pShortageDay';

export interface ValidationCheck {
  case: CaseId;
  figure: FigureId;
  /** Station of a network the figure belongs to (Jackson, tandem); null for the whole system. */
  station: string | null;
  /** The exact reference figure; null where the check is an identity with no single value (Little's law). */
  exact: number | null;
  criterion: Criterion;
}

/** The network suite's rule (tests/validation/theoryCheck.ts): 99 % CI of 20 replications, half-width ≤ 2 % of mean. */
const NETWORK: Criterion = { kind: 'ciRelative', replications: 20, confidencePct: 99, maxRelativePct: 2 };

function check(
  c: CaseId,
  figure: FigureId,
  exact: number | null,
  criterion: Criterion = NETWORK,
  station: string | null = null,
): ValidationCheck {
  return { case: c, figure, station, exact, criterion };
}

/** Cases run through the engine's generic queueing network (tests/validation/): the engine core. */
export function networkChecks(): ValidationCheck[] {
  const mm1 = mmc({ arrivalPerMin: 0.8, serviceMeanMin: 1, servers: 1 });
  const mm8 = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
  const blocking = erlangB(10, 8);
  const det = md1({ arrivalPerMin: 0.8, serviceMeanMin: 1 });
  const logn = pollaczekKhinchine({ arrivalPerMin: 0.75, serviceMeanMin: 1, serviceCv: 0.8 });
  const ea = erlangA({ arrivalPerMin: 5.5, serviceMeanMin: 1, servers: 5, patienceMeanMin: 2 });
  const net = jackson({
    externalArrivalPerMin: [1.2, 0, 0],
    routing: [
      [0, 0.6, 0.3],
      [0.2, 0, 0],
      [0, 0, 0],
    ],
    serviceMeanMin: [0.8, 0.7, 1.8],
    servers: [2, 1, 1],
  });
  const stations = ['a', 'b', 'c'].flatMap((id, i) => [
    check('jackson', 'wait', net.stations[i].meanWaitMin, NETWORK, id),
    check('jackson', 'utilization', net.stations[i].utilization, NETWORK, id),
  ]);
  // The schedule case is derived by hand in the test: 3 servers × 10 starts + 5 × 10 = 80 services.
  const schedule: Criterion = { kind: 'exact', replications: 2 };
  return [
    check('mm1', 'wait', mm1.meanWaitMin),
    check('mm1', 'queue', mm1.meanQueueLength),
    check('mm1', 'sojourn', mm1.meanSojournMin),
    check('mm1', 'utilization', mm1.utilization),
    check('mm1', 'pWait', mm1.pWait),
    check('mm8', 'pWait', mm8.pWait),
    check('mm8', 'wait', mm8.meanWaitMin),
    check('mm8', 'queue', mm8.meanQueueLength),
    check('mm8', 'inSystem', mm8.meanInSystem),
    check('mm10', 'pBlocked', blocking),
    check('mm10', 'busyServers', 8 * (1 - blocking)),
    check('md1', 'wait', det.meanWaitMin),
    check('md1', 'queue', det.meanQueueLength),
    check('mg1', 'wait', logn.meanWaitMin),
    check('mg1', 'sojourn', logn.meanSojournMin),
    check('erlangA', 'pAbandon', ea.pAbandon),
    check('erlangA', 'waitServed', ea.meanWaitServedMin),
    check('erlangA', 'queue', ea.meanQueueLength),
    check('erlangA', 'utilization', ea.utilization),
    ...stations,
    check('jackson', 'sojourn', net.meanSojournMin),
    check('jackson', 'inSystem', net.meanInSystem),
    // The test's stations "first" and "second", shown by number.
    check('tandem', 'littleLaw', null, { kind: 'little', replications: 20 }, '1'),
    check('tandem', 'littleLaw', null, { kind: 'little', replications: 20 }, '2'),
    check('schedule', 'served', 80, schedule),
    check('schedule', 'overtime', null, { kind: 'between', replications: 2, from: 0, to: 0.003 }),
  ];
}

/** Cases run through the visitor and workplace models themselves (their own validation tests). */
export function modelChecks(): ValidationCheck[] {
  // Visitors: M/M/5 at ρ = 0.8 (16 per minute, 0.25 min service), service level within 0.125 min.
  const load = 16 * 0.25;
  const visitorWait = (erlangC(5, load) * 0.25) / (5 - load);
  const visitorSl = erlangCServiceLevel(5, load, 0.125, 0.25);
  return [
    check('visitorDay', 'wait', visitorWait, {
      kind: 'ciRelative',
      replications: 120,
      confidencePct: 99,
      maxRelativePct: 3,
    }),
    check('visitorDay', 'serviceLevel', visitorSl, { kind: 'ciOnly', replications: 120, confidencePct: 99 }),
    // 40 staff each in with probability 0.8, 34 desks: P(Bin(40, 0.8) > 34).
    check('deskBinomial', 'pShortageDay', binomialTail(40, 0.8, 34), {
      kind: 'ciAbsolute',
      replications: 40,
      confidencePct: 99,
      maxHalfWidth: 0.02,
    }),
    // Two checks in that test, so each at 99.5 % (Bonferroni), half-width ≤ 2 % of B(10, 8).
    check('boothErlangB', 'pBlocked', erlangB(10, 8), {
      kind: 'ciRelative',
      replications: 20,
      confidencePct: 99.5,
      maxRelativePct: 2,
    }),
  ];
}
