/**
 * `clientele/loyalty`: the loyalty measures of a customer base (repeat purchase, share of wallet, price
 * sensitivity, defect tolerance, loyalty stages, retention, cohorts and survival), on the records of
 * `clientele/schemas` and the transaction index of `clientele/time`.
 *
 * @packageDocumentation
 */
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
