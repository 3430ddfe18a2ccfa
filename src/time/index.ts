/**
 * `clientele/time`: dates become integer epoch days once, timezone-free, and a transaction log becomes
 * the per-customer recency–frequency–monetary summary that every CLV model and RFM start from. The only
 * area that loads date-fns.
 *
 * @packageDocumentation
 */
export { fromEpochDay } from './fromEpochDay';
export { summarizeTransactionColumns } from './summarizeTransactionColumns';
export { summarizeTransactions } from './summarizeTransactions';
export { summarizeTimingRegularity } from './summarizeTimingRegularity';
export { withTimingRegularity } from './withTimingRegularity';
export type { CustomerTiming, TimedCustomerSummary, TimingRegularitySummary, WheatMorrisonEstimate } from './timingRegularityTypes';
export { toEpochDay } from './toEpochDay';
export type {
  CustomerSummary,
  DateObjectReading,
  MergeBy,
  MonthLength,
  RejectedTransaction,
  ReturnPolicy,
  SummaryOptions,
  SummarySettings,
  TimeUnit,
  TransactionColumns,
  TransactionFields,
  TransactionRow,
  TransactionSummary,
  UncalibratedCustomer,
} from './types';
export { indexTransactions } from './indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionIndex, TransactionInputRow } from './types';
export { summaryState } from './summaryState';
export { mergeSummaryStates } from './mergeSummaryStates';
export { finalizeSummary } from './finalizeSummary';
export type {
  CustomerSummaryState,
  PendingReturn,
  SummaryState,
  SummaryStateFirstRow,
  SummaryStateOptions,
  SummaryStatePart,
  SummaryStateSettings,
} from './summaryStateTypes';
