/**
 * `clientele/loyalty`: the loyalty measures of a customer base (repeat purchase, share of wallet, price
 * sensitivity, defect tolerance, loyalty stages, retention, cohorts and survival), on the records of
 * `clientele/schemas` and the transaction index of `clientele/time`.
 *
 * @packageDocumentation
 */
export { gaborGranger } from './gaborGranger';
export type {
  GaborGrangerLogistic,
  GaborGrangerOptions,
  GaborGrangerPricePoint,
  GaborGrangerResponse,
  GaborGrangerResult,
} from './gaborGranger';
export { priceElasticity } from './priceElasticity';
export type {
  LinearDemandEstimate,
  LogLogEstimate,
  PriceElasticityOptions,
  PriceElasticityRejected,
  PriceElasticityResult,
  PriceObservation,
} from './priceElasticity';
export { vanWestendorp } from './vanWestendorp';
export type {
  NewtonMillerSmithResult,
  VanWestendorpCurveName,
  VanWestendorpCurves,
  VanWestendorpInvalidRespondent,
  VanWestendorpOptions,
  VanWestendorpOrdering,
  VanWestendorpPricePoint,
  VanWestendorpResponse,
  VanWestendorpResult,
} from './vanWestendorp';
export { cohortRetention } from './cohortRetention';
export type { CohortPeriod, CohortRetentionOptions, CohortRetentionResult, CohortRow } from './cohortRetention';
export { dickBasuMatrix } from './dickBasuMatrix';
export type { DickBasuCell, DickBasuOptions, DickBasuResult, DickBasuRow } from './dickBasuMatrix';
export { kaplanMeier } from './kaplanMeier';
export type {
  KaplanMeierOptions,
  KaplanMeierResult,
  KaplanMeierSettings,
  KaplanMeierStep,
  LogRankTest,
  SurvivalCurve,
  SurvivalGroupCurve,
  SurvivalIntervalType,
  SurvivalMedian,
  SurvivalObservation,
  SurvivalRestrictedMean,
} from './kaplanMeier';
export { lifetimesFromTransactions } from './lifetimesFromTransactions';
export type { CustomerLifetime, LifetimesFromTransactionsOptions, LifetimesFromTransactionsResult } from './lifetimesFromTransactions';
export { loyaltyIndex } from './loyaltyIndex';
export type { LoyaltyIndexOptions, LoyaltyIndexResult, LoyaltyIndexRow, LoyaltyMeasure, LoyaltyMeasureSummary } from './loyaltyIndex';
export type { MeasureScale } from './internal/standardizeMeasure';
export { loyaltyLadder } from './loyaltyLadder';
export type { ActivityRule, LoyaltyLadderOptions, LoyaltyLadderRecords, LoyaltyLadderResult, LoyaltyLadderRow, LoyaltyStage } from './loyaltyLadder';
export { relationshipLevel } from './relationshipLevel';
export type { CustomerCountBand, MarginBand, RelationshipLevel, RelationshipLevelInput, RelationshipLevelOptions, RelationshipLevelResult } from './relationshipLevel';
export { retentionEconomics } from './retentionEconomics';
export type {
  RetentionEconomicsOptions,
  RetentionEconomicsResult,
  RetentionSpending,
  RetentionSpendingComparison,
} from './retentionEconomics';
export { retentionRate } from './retentionRate';
export type {
  RetentionCounts,
  RetentionCustomer,
  RetentionLostRule,
  RetentionRateOptions,
  RetentionRateResult,
  RetentionStatus,
} from './retentionRate';
export { loyaltyLadderHistory } from './loyaltyLadderHistory';
export type { LoyaltyLadderHistoryOptions, LoyaltyLadderHistoryResult } from './loyaltyLadderHistory';
export { complaintMetrics } from './complaintMetrics';
export type { ComplaintFigures, ComplaintMetricsOptions, ComplaintMetricsResult } from './complaintMetrics';
export { defectTolerance } from './defectTolerance';
export type {
  CustomerDefectTolerance,
  DefectToleranceOptions,
  DefectToleranceResult,
  IncidentInputRow,
  IncidentResolution,
  IncidentTolerance,
  ToleranceEstimate,
  ToleranceStatus,
} from './defectTolerance';
export { exitCost } from './exitCost';
export type { CustomerExitCost, ExitCostOptions, ExitCostResult, InteractionInputRow } from './exitCost';
export { satisfactionToLoyalty } from './satisfactionToLoyalty';
export type {
  SatisfactionLevel,
  SatisfactionLevelRepurchase,
  SatisfactionToLoyaltyOptions,
  SatisfactionToLoyaltyResult,
  SurveyInputRow,
} from './satisfactionToLoyalty';
export { indexTransactions } from '../time/indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionColumns, TransactionIndex, TransactionInputRow } from '../time/types';
export { brandAttention } from './brandAttention';
export type {
  AttentionInteraction,
  AttentionSurveyResponse,
  BrandAttentionCustomer,
  BrandAttentionInteractionOptions,
  BrandAttentionOptions,
  BrandAttentionResult,
  BrandAttentionSurveyOptions,
} from './brandAttention';
export { choiceTime } from './choiceTime';
export type { ChoiceTimeCustomer, ChoiceTimeOptions, ChoiceTimeResult } from './choiceTime';
export { competitorAttitude } from './competitorAttitude';
export type {
  BrandItems,
  CompetitorAttitudeOptions,
  CompetitorAttitudeRespondent,
  CompetitorAttitudeResult,
  SwitchingItem,
} from './competitorAttitude';
export { customerPriceSensitivity } from './customerPriceSensitivity';
export type {
  CustomerPriceResponse,
  CustomerPriceSensitivity,
  CustomerPriceSensitivityOptions,
  CustomerPriceSensitivityResult,
  PricePeriod,
  PriceResponseOptions,
} from './customerPriceSensitivity';
export { estimateWallet } from './estimateWallet';
export type {
  EstimateWalletOptions,
  EstimateWalletResult,
  NearestNeighbourSimilarity,
  WalletEstimate,
  WalletEstimateRow,
} from './estimateWallet';
export type { CalendarDate, DateWindow, MeasureInterval, MeasureQuartiles, RateWithInterval } from './measureTypes';
export { repeatPurchase } from './repeatPurchase';
export type {
  RepeatPurchaseCustomer,
  RepeatPurchaseOptions,
  RepeatPurchaseResult,
  RepeatPurchaseSettings,
  RepeatRatePopulation,
  RepurchaseRate,
} from './repeatPurchase';
export { shareOfWallet } from './shareOfWallet';
export type {
  CategoryBuyers,
  PopulationShare,
  ShareOfWalletCustomer,
  ShareOfWalletOptions,
  ShareOfWalletResult,
  ShareOfWalletRow,
} from './shareOfWallet';
export { walletAllocationRule } from './walletAllocationRule';
export type {
  AllocatedBrand,
  BrandAllocation,
  BrandRankRow,
  RepertoireDiagnostics,
  WalletAllocationCustomer,
  WalletAllocationOptions,
  WalletAllocationResult,
} from './walletAllocationRule';
export { loyaltyProfile } from './loyaltyProfile';
export type { LoyaltyMeasureName, LoyaltyProfileMeasure, LoyaltyProfileOptions, LoyaltyProfileRecords, LoyaltyProfileResult } from './loyaltyProfile';
