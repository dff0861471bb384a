/**
 * Chart factories: data in, SvgNode out, the same code for server reports (renderSvg → string)
 * and the browser (mountSvg → DOM). Each chart also returns a table with the same numbers.
 */
export {
  h,
  renderSvg,
  escapeXml,
  formatNumber,
  type SvgNode,
  type SvgChildInput,
  type SvgAttrInput,
} from './svgNode.js';
export { mountSvg, SVG_NS, type DocumentLike, type MountedElementLike, type MountedNodeLike } from './mountSvg.js';
export { renderTableHtml } from './tableHtml.js';
export type { Chart, ChartOptions, ChartTable } from './chartTypes.js';
export { FONT_FAMILY, chartFrame, chartRoot, type Frame, type FrameSpec, type MarginsPx } from './chartFrame.js';
export { legend, lineSwatch, rectSwatch, symbolSwatch, type LegendItem } from './legend.js';
export {
  axisFromTicks,
  bandAxis,
  linearAxis,
  type AxisTick,
  type BandAxisOptions,
  type LinearAxisOptions,
} from './axis.js';
export {
  CATEGORY_COLOURS,
  INK,
  OKABE_ITO,
  categoryColour,
  contrastText,
  divergingScale,
  sequentialScale,
  type DivergingScheme,
  type SequentialScheme,
} from './palette.js';

export { fanChart, type FanChartData, type FanChartLabels, type FanHour, type WaitQuantilesMin } from './fanChart.js';
export {
  occupancyChart,
  type OccupancyChartData,
  type OccupancyChartLabels,
  type OccupancyInterval,
} from './occupancyChart.js';
export {
  staffingChart,
  type StaffingChartData,
  type StaffingChartLabels,
  type StaffingGroup,
} from './staffingChart.js';
export {
  serviceLevelChart,
  type ServiceLevelChartData,
  type ServiceLevelChartLabels,
  type ServiceLevelInterval,
} from './serviceLevelChart.js';
export type { RiskCurveLabels } from './riskCurve.js';
export { shortageCurveChart, type ShortageCurveChartData, type ShortagePoint } from './shortageCurveChart.js';
export { blockingCurveChart, type BlockingCurveChartData, type BlockingPoint } from './blockingCurveChart.js';
export {
  planChart,
  type PlanChartData,
  type PlanChartLabels,
  type PlanLevelDatum,
  type PlanRoute,
  type PlanZoneDatum,
} from './planChart.js';
export { sweepHeatmap, type SweepCell, type SweepHeatmapData, type SweepHeatmapLabels } from './sweepHeatmap.js';
export {
  teleworkSweepChart,
  type TeleworkSeries,
  type TeleworkSweepChartData,
  type TeleworkSweepChartLabels,
} from './teleworkSweepChart.js';
export {
  comparisonChart,
  type ComparisonChartData,
  type ComparisonChartLabels,
  type ComparisonKpi,
  type ComparisonVariant,
  type PairedDifference,
} from './comparisonChart.js';
