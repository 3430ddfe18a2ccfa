/**
 * `clientele/segmentation`: telling customers apart by the value they bring (RFM, customer pyramids, ABC
 * by lifetime value, the whale curve and the 20/80/30 rule, value × risk, migrations between snapshots,
 * abnormal-purchase alerts, k-means clustering).
 *
 * @packageDocumentation
 */
export { indexTransactions } from '../time/indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';

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
