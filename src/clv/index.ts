/**
 * `clientele/clv`.
 *
 * @packageDocumentation
 */
export type {
  RfmCustomer,
  DiscreteCustomer,
  SpendCustomer,
  CohortActiveCounts,
  CompressedData,
  FittableModel,
  ModelParams,
  ModelName,
  ModelTimeUnit,
  FitDataSettings,
  SummarizedData,
  SummarySettingsLike,
} from './types';
export { fitModel } from './fitModel';
export type { FitOptions, FitResult, FitStart, FitProgress, FitConstraints, AbortSignalLike } from './fitModel';
export { serializeFit } from './serializeFit';
export { parseFit } from './parseFit';
export { bgNbd } from './bgNbd/index';
export type { BgNbdParams } from './bgNbd/index';
export { mbgNbd } from './mbgNbd/index';
export type { MbgNbdParams } from './mbgNbd/index';
export { paretoNbd } from './paretoNbd/index';
export type { ParetoNbdParams } from './paretoNbd/index';
export { bgBb } from './bgBb/index';
export type { BgBbParams } from './bgBb/index';
export { shiftedBetaGeometric } from './shiftedBetaGeometric/index';
export type { SbgParams, SbgExpectedLifetime } from './shiftedBetaGeometric/index';
export { gammaGamma } from './gammaGamma/index';
export type { GammaGammaParams, FrequencySpendCorrelation } from './gammaGamma/index';
export { customerLifetimeValue } from './customerLifetimeValue';
export type {
  CustomerLifetimeValueOptions,
  CustomerLifetimeValueResult,
  DiscountRate,
  Duration,
  PurchaseModelLike,
  PurchaseFitLike,
  DurationUnit,
} from './customerLifetimeValue';
export { retentionLifetimeValue } from './retentionLifetimeValue';
export type { RetentionLifetimeValueOptions } from './retentionLifetimeValue';
export { prospectValue } from './prospectValue';
export { paybackPeriod } from './paybackPeriod';
export type { PaybackPeriod, PaybackPeriodOptions } from './paybackPeriod';
export { customerValue } from './customerValue';
export type { CustomerValueInput, CustomerValueResult, CustomerValueRow } from './customerValue';
export { holdoutAccuracy } from './evaluation/holdoutAccuracy';
export type { FrequencyGroupAccuracy, HoldoutAccuracy } from './evaluation/holdoutAccuracy';
export { repeatCountComparison } from './evaluation/repeatCountComparison';
export type { RepeatCountCustomer, RepeatCountRow } from './evaluation/repeatCountComparison';
export { trackingCurve } from './evaluation/trackingCurve';
export type { TrackedCustomer, TrackingPoint } from './evaluation/trackingCurve';
export { scoreCustomers } from './scoreCustomers';
export type {
  ScoreColumns,
  ScoreColumnsResult,
  ScoreCustomersOptions,
  ScoreInputCustomer,
  ScoreRejectedCustomer,
  ScoreRow,
  ScoreRowsResult,
  ScoreSettings,
  ScoreTotals,
  ScoreValueOptions,
  ScoreIntervalOptions,
  ScoreBounds,
  ScoreRowIntervals,
  ScoreIntervalColumns,
  ScoreIntervalSummary,
} from './scoreCustomers';
export { expectationMatrix } from './expectationMatrix';
export type { ExpectationMatrix, ExpectationMatrixOptions } from './expectationMatrix';
export { probabilityAliveHistory } from './probabilityAliveHistory';
export type {
  HistoryRejectedTransaction,
  HistoryTransaction,
  ProbabilityAliveHistory,
  ProbabilityAliveHistoryOptions,
  ProbabilityAlivePoint,
} from './probabilityAliveHistory';
export { drawParameters } from './drawParameters';
export type { DrawableFit, DrawParametersOptions, ParameterDraws } from './drawParameters';
export { predictionIntervals } from './predictionIntervals';
export type {
  PredictionQuantity,
  PredictionInterval,
  PredictionIntervalsOptions,
  PredictionIntervalRow,
  PredictionIntervalColumn,
  PredictionIntervalColumns,
  PredictionIntervalTotals,
  PredictionIntervalSettings,
  PredictionIntervalsRowsResult,
  PredictionIntervalsColumnsResult,
} from './predictionIntervals';
