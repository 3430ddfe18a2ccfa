/**
 * `clientele/charts`: Vega-Lite specifications of the library's results, as plain JSON objects with their
 * data inlined. Nothing here renders: pass a specification to `vega-embed` in a page or a notebook, or
 * to `vega-lite`'s `compile` and `vega`'s `View#toSVG()` in Node (see docs/charts.md). The builders
 * import nothing at run time from the model areas, so this entry point stays small.
 *
 * @packageDocumentation
 */
export { clvDistributionChart } from './clvDistributionChart';
export { cohortRetentionChart } from './cohortRetentionChart';
export { customerPyramidChart } from './customerPyramidChart';
export { expectedPurchasesMatrixChart } from './expectedPurchasesMatrixChart';
export { gaborGrangerChart } from './gaborGrangerChart';
export { importancePerformanceChart } from './importancePerformanceChart';
export { ipmaChart } from './ipmaChart';
export { kanoChart } from './kanoChart';
export { kaplanMeierChart } from './kaplanMeierChart';
export { modelComparisonChart } from './modelComparisonChart';
export { npsByGroupChart } from './npsByGroupChart';
export { npsDistributionChart } from './npsDistributionChart';
export { plsPathChart } from './plsPathChart';
export { probabilityAliveHistoryChart } from './probabilityAliveHistoryChart';
export { probabilityAliveMatrixChart } from './probabilityAliveMatrixChart';
export { repeatCountChart } from './repeatCountChart';
export { rfmSegmentChart } from './rfmSegmentChart';
export { trackingCumulativeChart } from './trackingCumulativeChart';
export { trackingIncrementalChart } from './trackingIncrementalChart';
export { vanWestendorpChart } from './vanWestendorpChart';
export { whaleCurveChart } from './whaleCurveChart';
export type {
  ChartDatum,
  ChartOptions,
  ChartTitle,
  ClvDistributionChartOptions,
  CohortRetentionChartOptions,
  ClvDistributionMeasure,
  HoldoutAccuracies,
  IpmaChartOptions,
  KaplanMeierChartOptions,
  NpsByGroupChartOptions,
  PriceChartOptions,
  TrackingChartOptions,
  ValueChartOptions,
  VegaLiteSpec,
} from './types';
