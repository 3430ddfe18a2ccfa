/**
 * `clientele/loyalty`: the loyalty measures of a customer base (repeat purchase, share of wallet, price
 * sensitivity, defect tolerance, loyalty stages, retention, cohorts and survival), on the records of
 * `clientele/schemas` and the transaction index of `clientele/time`.
 *
 * @packageDocumentation
 */
export { indexTransactions } from '../time/indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
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
export { retentionEconomics } from './retentionEconomics';
export type {
  RetentionEconomicsOptions,
  RetentionEconomicsResult,
  RetentionSpending,
  RetentionSpendingComparison,
} from './retentionEconomics';
