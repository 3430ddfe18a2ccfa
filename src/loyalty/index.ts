/**
 * `clientele/loyalty`: the loyalty measures of a customer base (repeat purchase, share of wallet, price
 * sensitivity, defect tolerance, loyalty stages, retention, cohorts and survival), on the records of
 * `clientele/schemas` and the transaction index of `clientele/time`.
 *
 * @packageDocumentation
 */
export { indexTransactions } from '../time/indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
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
