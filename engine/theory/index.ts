// Exact queueing-theory results used to check the simulator and for quick per-interval sizing.
export { erlangB } from './erlangB.js';
export { engset, type EngsetInput, type EngsetResult } from './engset.js';
export { erlangC } from './erlangC.js';
export { erlangCServiceLevel } from './erlangCServiceLevel.js';
export { erlangCStaffing, type ErlangCStaffingInput, type ErlangCStaffingResult } from './erlangCStaffing.js';
export { mmc, type MmcInput, type MmcResult } from './mmc.js';
export { mm1, type Mm1Input } from './mm1.js';
export {
  pollaczekKhinchine,
  type PollaczekKhinchineInput,
  type PollaczekKhinchineResult,
} from './pollaczekKhinchine.js';
export { md1, type Md1Input } from './md1.js';
export { erlangA, type ErlangAInput, type ErlangAResult } from './erlangA.js';
export { jackson, type JacksonInput, type JacksonResult, type JacksonStationResult } from './jackson.js';
