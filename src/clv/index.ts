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
export { mbgCnbdK } from './mbgCnbdK/index';
export type { MbgCnbdKModel, MbgCnbdKParams, TimingCustomer } from './mbgCnbdK/index';
export { fitMbgCnbdK } from './fitMbgCnbdK';
export type { FitMbgCnbdKOptions, FitMbgCnbdKResult, MbgCnbdKCandidate } from './fitMbgCnbdK';
export { paretoNbd } from './paretoNbd/index';
export type { ParetoNbdParams } from './paretoNbd/index';
export { bgBb } from './bgBb/index';
export type { BgBbParams } from './bgBb/index';
export { shiftedBetaGeometric } from './shiftedBetaGeometric/index';
export type { SbgParams, SbgExpectedLifetime } from './shiftedBetaGeometric/index';
export { betaDiscreteWeibull } from './betaDiscreteWeibull/index';
export type { BdwParams, BdwExpectedLifetime } from './betaDiscreteWeibull/index';
export { gammaGamma } from './gammaGamma/index';
export type { GammaGammaParams, FrequencySpendCorrelation } from './gammaGamma/index';
export { ggomNbd } from './ggomNbd/index';
export type { GgomNbdParams } from './ggomNbd/index';
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
export { fitCovariateModel } from './covariates/fitCovariateModel';
export type { CovariateCustomer } from './covariates/fitCovariateModel';
export { covariateCustomerParams } from './covariates/covariateCustomerParams';
export type { CovariateCustomerParams, CovariateData } from './covariates/covariateCustomerParams';
export { scoreCovariateCustomers } from './covariates/scoreCovariateCustomers';
export type { CovariateScoreOptions, CovariateScoreResult, CovariateScoreRow } from './covariates/scoreCovariateCustomers';
export type {
  CovariateBaseParams,
  CovariateCoding,
  CovariateCoefficient,
  CovariateColumnCoding,
  CovariateFitOptions,
  CovariateFitResult,
  CovariatePenalty,
  CovariateRejectedCustomer,
  CovariateRow,
  CovariateSpec,
  CovariateUnmatchedRow,
  CovariateValue,
} from './covariates/types';
export { fitTimeVaryingCovariateModel } from './timeVaryingCovariates/fitTimeVaryingCovariateModel';
export { scoreTimeVaryingCovariateCustomers } from './timeVaryingCovariates/scoreTimeVaryingCovariateCustomers';
export type {
  CalendarDay,
  CovariatePeriods,
  TimeVaryingBounds,
  TimeVaryingCovariateRow,
  TimeVaryingCovariateSpec,
  TimeVaryingDataSettings,
  TimeVaryingFitOptions,
  TimeVaryingFitResult,
  TimeVaryingIntervalOptions,
  TimeVaryingRejected,
  TimeVaryingScoreOptions,
  TimeVaryingScoreResult,
  TimeVaryingScoreRow,
  TimeVaryingTransaction,
  TimeVaryingUnmatched,
} from './timeVaryingCovariates/types';
export { drawParameters } from './drawParameters';
export type { DrawableFit, DrawParametersOptions, ParameterDraws } from './drawParameters';
export { predictionIntervals } from './predictionIntervals';
export { intervalsFromDraws } from './intervalsFromDraws';
export type { DrawnPrediction, IntervalsFromDrawsOptions, IntervalsFromDrawsResult, IntervalsOf } from './intervalsFromDraws';
export { bgBbPredictionIntervals } from './bgBbPredictionIntervals';
export type {
  BgBbPredictionIntervalRow,
  BgBbPredictionIntervalsOptions,
  BgBbPredictionIntervalsResult,
  BgBbPredictionQuantity,
  BgBbScoreCustomer,
} from './bgBbPredictionIntervals';
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
