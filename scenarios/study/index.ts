/**
 * The study layer: what the CLI, the HTTP API and the browser UI call. Each function takes a
 * resolved input and options and returns one result of the contract (engine/results).
 */
export { loadComparison, loadScenario, userReference } from './loadInputs.js';
export { loadNetworkModel } from './loadNetworkModel.js';
export { runScenario, type RunScenarioOptions } from './runScenario.js';
export { compareScenarios, MAX_COMPARED, type CompareOptions } from './compareScenarios.js';
export {
  sweepGrid,
  sweepScenario,
  sweepBlockParameters,
  MAX_SWEEP_CELLS,
  MAX_SWEEP_PARAMETERS,
  type SweepParameter,
  type SweepValue,
} from './sweepScenario.js';
export { staffScenario, DEFAULT_STAFF_REPLICATIONS, type StaffScenarioOptions } from './staffScenario.js';
export {
  sizeScenario,
  DEFAULT_ALPHA,
  DEFAULT_BETA,
  DEFAULT_SIZE_REPLICATIONS,
  type SizeScenarioOptions,
} from './sizeScenario.js';
export { simulateNetwork, type SimulateModelOptions } from './simulateModel.js';
export {
  checkFloorPlan,
  importFloorPlan,
  readFloorPlanForDrawing,
  type FloorPlanCheckResult,
  type FloorPlanImport,
} from './floorplanStudies.js';
export { DEFAULT_REPLICATIONS, type StudyOptions } from './studyOptions.js';
export {
  loadReportBundle,
  loadSavedReport,
  reportStudy,
  type ReportStudyOptions,
  type SavedReport,
} from './reportStudy.js';
export { cityStudy, DEFAULT_CITY_REPLICATIONS, type CityStudyOptions } from './cityStudy.js';
export type { PartKey } from './studyRunner.js';
export { fileResolver, memoryResolver, type ScenarioResolver } from '../load/resolver.js';
export { packageCommit } from '../load/packageRoot.js';
export type { ResolvedScenario } from '../load/resolveScenario.js';
export {
  runStudyRequest,
  studyKey,
  STUDY_KINDS,
  type StudyKey,
  type StudyKind,
  type StudyRequest,
  type StudyRequestOptions,
  type StudyResult,
} from './studyRequest.js';
export { resolveScenario, resolveScenarioValue, resolveVariant } from '../load/resolveScenario.js';
