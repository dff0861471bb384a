/** The result contract: every kind's schema, by kind (published as docs/schemas/<kind>.result.schema.json). */
import { CityStudySchema } from './cityStudySchema.js';
import { ComparisonSchema } from './comparisonSchema.js';
import { ErrorResultSchema } from './errorSchema.js';
import { FloorPlanCheckSchema } from './floorplanCheckSchema.js';
import { NetworkRunSchema } from './networkRunSchema.js';
import { ScenarioRunSchema } from './scenarioRunSchema.js';
import { StaffingPlanSchema } from './staffingPlanSchema.js';
import { SweepSchema } from './sweepSchema.js';
import { WorkplaceSizingSchema } from './workplaceSizingSchema.js';

export * from './common.js';
export * from './kpis.js';
export type { ComparisonResult, MetricComparison, ServiceTargetCheck } from './comparisonSchema.js';
export type {
  CityOption,
  CityStudyResult,
  CityWard,
  Finding,
  LineFigures,
  ProgrammeBlock,
  ProgrammeRow,
} from './cityStudySchema.js';
export type { ErrorResult } from './errorSchema.js';
export type { NetworkRunResult } from './networkRunSchema.js';
export type { ScenarioRunResult, ScenarioRunPart } from './scenarioRunSchema.js';
export type { StaffingPlanResult } from './staffingPlanSchema.js';
export type { SweepResult } from './sweepSchema.js';
export type { WorkplaceSizingResult } from './workplaceSizingSchema.js';
export type { VisitorRunBlock } from './visitorRunBlock.js';
export type { WorkplaceRunBlock } from './workplaceRunBlock.js';
export { reportOptions, type ReportBundle, type ReportContext } from './reportBundle.js';
export type { AreaCheckRow, AssumptionEntry, OfficeStandardsBlock, PlanDrawing, PlanIdentity } from './areaBlocks.js';

/** Every result kind's schema, including the error document. */
export const RESULT_SCHEMAS = {
  'network-run': NetworkRunSchema,
  'scenario-run': ScenarioRunSchema,
  'staffing-plan': StaffingPlanSchema,
  'workplace-sizing': WorkplaceSizingSchema,
  comparison: ComparisonSchema,
  sweep: SweepSchema,
  'city-study': CityStudySchema,
  'floorplan-check': FloorPlanCheckSchema,
  error: ErrorResultSchema,
} as const;

export type ResultSchemaKind = keyof typeof RESULT_SCHEMAS;
