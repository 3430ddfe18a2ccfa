/**
 * `clientele/segmentation`: telling customers apart by the value they bring (RFM, customer pyramids, ABC
 * by lifetime value, the whale curve and the 20/80/30 rule, value × risk, migrations between snapshots,
 * abnormal-purchase alerts, k-means clustering).
 *
 * @packageDocumentation
 */
export { customerProfitability } from './customerProfitability';
export type {
  CustomerProfit,
  CustomerProfitabilityOptions,
  CustomerProfitabilityResult,
  InteractionInputRow,
  ProfitabilityRejectedRecord,
  ProfitabilitySettings,
  ProfitabilityTotals,
  ProfitAmounts,
  UncostedRecord,
} from './customerProfitability';
export { indexTransactions } from '../time/indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
export { purchaseAlerts } from './purchaseAlerts';
export type {
  AlertNotEvaluated,
  AlertRejectedRecord,
  AlertSeverity,
  AlertSeverityCounts,
  IncidentRow,
  PAliveRow,
  PurchaseAlert,
  PurchaseAlertRule,
  PurchaseAlertsOptions,
  PurchaseAlertsResult,
  PurchaseAlertsSettings,
  SegmentSnapshotRow,
} from './purchaseAlerts';
export {
  RFM_FM_GRID_SEGMENTS,
  RFM_IMPORTANCE_VALUE_SEGMENTS,
  RFM_R_PACKAGE_SEGMENTS,
  RFM_RF_MAP_SEGMENTS,
} from './rfmRuleSets';
export { rfmScores } from './rfmScores';
export { rfmSegments } from './rfmSegments';
export type {
  RfmBinning,
  RfmBinsOption,
  RfmCustomerScore,
  RfmCustomerSegment,
  RfmCustomerTotals,
  RfmDimensionBins,
  RfmFrequencyConvention,
  RfmReference,
  RfmRuleSet,
  RfmScoreConventions,
  RfmScoreRange,
  RfmScoresOptions,
  RfmScoresResult,
  RfmSegmentRule,
  RfmSegmentsOptions,
  RfmSegmentSummary,
  RfmSegmentsResult,
} from './rfmTypes';
export { abcAnalysis } from './abcAnalysis';
export type { AbcAnalysisOptions, AbcAnalysisResult, AbcBasis, AbcClass, AbcClassSummary, AbcCustomer } from './abcAnalysis';
export { customerPyramid } from './customerPyramid';
export type {
  CustomerPyramidOptions,
  CustomerPyramidResult,
  PyramidCustomer,
  PyramidPreset,
  PyramidTier,
  PyramidTierSummary,
} from './customerPyramid';
export { indexCustomerValues } from './indexCustomerValues';
export type { IndexCustomerValuesOptions } from './indexCustomerValues';
export { segmentMigration } from './segmentMigration';
export type {
  CountRate,
  CustomerMigration,
  CustomerSegmentInput,
  MigrationRejectedRecord,
  MigrationRow,
  SegmentMigrationOptions,
  SegmentMigrationResult,
  SegmentMove,
} from './segmentMigration';
export { valueConcentration } from './valueConcentration';
export type { LorenzPoint, TopShare, ValueConcentrationOptions, ValueConcentrationResult } from './valueConcentration';
export { valueRiskMatrix } from './valueRiskMatrix';
export type {
  AxisGroups,
  CustomerValueRiskInput,
  ValueRiskCell,
  ValueRiskCustomer,
  ValueRiskMatrixOptions,
  ValueRiskMatrixResult,
} from './valueRiskMatrix';
export type { ClassSummary, Crossing, CustomerValueIndex, CustomerValueInput, CutoffBasis } from './valueTypes';
export { whaleCurve } from './whaleCurve';
export type { CustomerProfitInput, WhaleCurveOptions, WhaleCurvePoint, WhaleCurveResult } from './whaleCurve';

export { kMeansElbow } from './kMeansElbow';
export { kMeansSegments } from './kMeansSegments';
export type {
  KMeansCluster,
  KMeansCommonOptions,
  KMeansCustomer,
  KMeansElbowOptions,
  KMeansElbowPoint,
  KMeansElbowResult,
  KMeansFeatureScaling,
  KMeansInputRow,
  KMeansLevel,
  KMeansRankOrder,
  KMeansRestart,
  KMeansSegmentsOptions,
  KMeansSegmentsResult,
  KMeansSettings,
  KMeansTransform,
} from './kMeansTypes';
