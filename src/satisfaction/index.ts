/**
 * `clientele/satisfaction`.
 *
 * @packageDocumentation
 */
// Simple indices, survey design and reliability (satisfaction part A).
export { nps } from './nps';
export type { NpsOptions, NpsResult, NpsCategories } from './nps';
export { npsDifference } from './npsDifference';
export type { NpsDifferenceOptions, NpsDifferenceResult } from './npsDifference';
export { csat } from './csat';
export type { CsatOptions, CsatResult } from './csat';
export { ces } from './ces';
export type { CesOptions, CesResult, CesVersion, CesConventions } from './ces';
export { cronbachAlpha } from './cronbachAlpha';
export type { CronbachAlphaOptions, CronbachAlphaResult } from './cronbachAlpha';
export { designEffect } from './designEffect';
export type { DesignEffectResult } from './designEffect';
export { sampleSizeProportion } from './sampleSizeProportion';
export type { SampleSizeProportionOptions, SampleSizeResult } from './sampleSizeProportion';
export { sampleSizeMean } from './sampleSizeMean';
export type { SampleSizeMeanOptions } from './sampleSizeMean';
export { marginOfError } from './marginOfError';
export type { MarginOfErrorOptions, MarginOfErrorResult } from './marginOfError';
export { allocateStrata } from './allocateStrata';
export type { Stratum, AllocationMethod, AllocateStrataOptions, StratumAllocation, StrataAllocationResult } from './allocateStrata';
export { rakeWeights } from './rakeWeights';
export type { RakingMargins, RakeWeightsOptions, RakingCategoryFit, RakeWeightsResult } from './rakeWeights';
export { responseRates } from './responseRates';
export type { SurveyContact, ResponseRatesOptions, ResponseRateCell, ResponseRatesResult } from './responseRates';
export { kanoCategory } from './kanoCategory';
export type { KanoAnswer, KanoCategoryCode } from './kanoCategory';
export { kano } from './kano';
export type { KanoFeatureAnswers, KanoOptions, KanoFeatureResult } from './kano';
export { servqual } from './servqual';
export type { ServqualData, ServqualOptions, ServqualItem, ServqualDimension, ServqualResult } from './servqual';
export { importancePerformance } from './importancePerformance';
export type {
  IpaAttribute,
  IpaQuadrant,
  IpaCrosshair,
  ImportancePerformanceOptions,
  IpaPlacement,
  ImportancePerformanceResult,
} from './importancePerformance';
export { keyDrivers } from './keyDrivers';
export type { KeyDriversOptions, DriverImportance, KeyDriversResult } from './keyDrivers';
export { disconfirmation } from './disconfirmation';
export type {
  DisconfirmationData,
  DisconfirmationOptions,
  DisconfirmationCategory,
  RegressionCoefficient,
  DisconfirmationResult,
} from './disconfirmation';
export type {
  Interval,
  RejectedAnswer,
  GroupKey,
  GroupedResult,
  InvalidAnswerPolicy,
  SimpleIndexOptions,
  AnswerScale,
  FinitePopulationCorrection,
  PairedTest,
} from './types';
// PLS path modeling and national-style indices (satisfaction part B).
export { plsPathModel } from './pls/plsPathModel';
export { bootstrapPlsPathModel } from './pls/bootstrapPlsPathModel';
export type {
  PlsSignChange,
  PlsBootstrapOptions,
  PlsBootstrapStatistic,
  PlsBootstrapEdge,
  PlsBootstrapPair,
  PlsBootstrapResult,
} from './pls/bootstrapPlsPathModel';
export type {
  PlsMode,
  PlsScheme,
  PlsMissingPolicy,
  PlsStopCriterion,
  PlsVarianceDenominator,
  PlsBlock,
  PlsPathSpec,
  PlsModel,
  PlsRow,
  PlsData,
  PlsPathModelOptions,
  PlsConventions,
  PlsPathEstimate,
  PlsEffect,
  PlsBlockReliability,
  PlsItemStatistics,
  PlsPathModelResult,
} from './pls/types';
export { acsiModel } from './pls/acsiModel';
export type { AcsiConstruct, AcsiModelOptions } from './pls/acsiModel';
export { ecsiModel } from './pls/ecsiModel';
export type { EcsiConstruct, EcsiModelOptions } from './pls/ecsiModel';
export { satisfactionIndex } from './pls/satisfactionIndex';
export type { IndexWeightSource, SatisfactionIndexOptions, ConstructIndex, SatisfactionIndexResult } from './pls/satisfactionIndex';
export type { ItemScale } from './pls/resolveItemScales';
export { importancePerformanceMap } from './pls/importancePerformanceMap';
export type {
  ImportancePerformanceMapOptions,
  IpmaConstruct,
  IpmaIndicator,
  ImportancePerformanceMapResult,
} from './pls/importancePerformanceMap';
export { compositeReliability } from './pls/compositeReliability';
export { averageVarianceExtracted } from './pls/averageVarianceExtracted';
export { rhoA } from './pls/rhoA';
export { htmt } from './pls/htmt';
