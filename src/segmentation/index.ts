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
