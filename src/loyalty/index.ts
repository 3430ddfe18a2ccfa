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
export { indexTransactions } from '../time/indexTransactions';
export type { IndexTransactionsOptions, RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
