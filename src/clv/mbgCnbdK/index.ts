import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { CompressedData, FittableModel, RfmCustomer } from '../types';
import { compressTimingCustomers } from './compressTimingCustomers';
import { conditionalExpectedPurchases } from './conditionalExpectedPurchases';
import { conditionalExpectedPurchasesCurve } from './conditionalExpectedPurchasesCurve';
import { evaluateLikelihood } from './evaluateLikelihood';
import { expectedPurchases } from './expectedPurchases';
import { logLikelihoodOf } from './logLikelihoodOf';
import { probabilityAlive } from './probabilityAlive';
import type { MbgCnbdKParams, TimingCustomer } from './types';
import { validateRegularity } from './validateRegularity';
import { weightedExpectedPurchases } from './weightedExpectedPurchases';

export type { MbgCnbdKParams, TimingCustomer } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/**
 * The MBG/CNBD-k model for one fixed regularity `k`: what `mbgCnbdK(k)` returns. A plain object of pure
 * functions; `fitModel(mbgCnbdK(k), customers)` fits its `{ r, alpha, a, b }`.
 */
export interface MbgCnbdKModel extends FittableModel<MbgCnbdKParams, readonly TimingCustomer[]> {
  /** The model name, `'mbgCnbdK'`. */
  readonly name: 'mbgCnbdK';
  /** The regularity: the Erlang shape of the inter-purchase times of an active customer. */
  readonly k: number;
  /** Parameter names, in the order of standard errors and covariance rows. */
  readonly parameterNames: readonly ['r', 'alpha', 'a', 'b'];
  /** Analytic gradient of the weighted total log-likelihood in `ln(r, alpha, a, b)`. */
  readonly logLikelihoodGradient: (params: MbgCnbdKParams, data: CompressedData) => Float64Array;
  /** Log-likelihood and its gradient in log-parameters in one pass (used by `fitModel`). */
  readonly logLikelihoodAndGradient: (params: MbgCnbdKParams, data: CompressedData, gradient: Float64Array | undefined) => number;
  /** Log-likelihood of one customer, or of each customer of an array (`litt` needed for `k > 1`). */
  logLikelihoodOf(params: MbgCnbdKParams, customers: TimingCustomer): number;
  /** Log-likelihood of each customer of an array. */
  logLikelihoodOf(params: MbgCnbdKParams, customers: readonly TimingCustomer[]): number[];
  /** Probability that a customer is still active (exact). */
  probabilityAlive(params: MbgCnbdKParams, customers: RfmCustomer): number;
  /** Probability that each customer of an array is still active (exact). */
  probabilityAlive(params: MbgCnbdKParams, customers: readonly RfmCustomer[]): number[];
  /** Expected repeat purchases of a new customer in `t` time units (exact). */
  readonly expectedPurchases: (params: MbgCnbdKParams, t: number) => number;
  /** Expected purchases of a customer with a known history in the next `t` time units (approximate for `k > 1`). */
  conditionalExpectedPurchases(params: MbgCnbdKParams, customers: RfmCustomer, t: number): number;
  /** Expected purchases of each customer of an array in the next `t` time units (approximate for `k > 1`). */
  conditionalExpectedPurchases(params: MbgCnbdKParams, customers: readonly RfmCustomer[], t: number): number[];
  /** Expected purchases at several horizons at once (faster). */
  readonly conditionalExpectedPurchasesCurve: (params: MbgCnbdKParams, customers: readonly RfmCustomer[], horizons: readonly number[]) => number[][];
  /** Weighted sum of expected purchases over several horizons (discounted CLV). */
  readonly weightedExpectedPurchases: (
    params: MbgCnbdKParams,
    customers: readonly RfmCustomer[],
    horizons: readonly number[],
    weights: readonly number[],
  ) => number[];
}

/**
 * The MBG/CNBD-k model (Platzer & Reutterer 2016) with regularity `k`: MBG/NBD with Erlang-k instead of
 * exponential inter-purchase times. Fitted with `fitModel(mbgCnbdK(k), customers)` for a fixed `k`, or with
 * `fitMbgCnbdK(customers)`, which also chooses `k`.
 *
 * @remarks
 * While active, a customer's inter-purchase times are Erlang-k with rate `λ` (mean `k/λ`; `k = 1` is the
 * exponential of MBG/NBD, larger `k` more regular timing), `λ ~ Gamma(r, alpha)` across customers; at the
 * first purchase and after each repeat purchase the customer drops out with probability `p ~ Beta(a, b)`.
 * Data: `{ frequency, recency, T, litt }` per customer, `litt` the sum of the log inter-purchase times in
 * the same time unit (`summarizeTimingRegularity` / `withTimingRegularity` of `clientele/time`; needed for
 * `k > 1` only). `k` is an integer held fixed during a fit; each `k` is a different model, compared by
 * log-likelihood (`fitMbgCnbdK`). With `k = 1` every member equals its MBG/NBD counterpart.
 *
 * Members: `logLikelihoodOf(params, customer | customers)`, `probabilityAlive(params, customer | customers)`
 * (exact), `expectedPurchases(params, t)` (exact), `conditionalExpectedPurchases(params, customer | customers, t)`,
 * `conditionalExpectedPurchasesCurve` and `weightedExpectedPurchases` (BTYDplus's approximation for `k > 1`:
 * MBG/NBD with scale `kα` times the exact `P(alive)`), and the `FittableModel` members used by `fitModel`
 * (analytic gradient; start `(1, k, 1, 1)` on rescaled time). A fit of this model records `model: 'mbgCnbdK'`
 * and `k`, so `scoreCustomers`, `customerLifetimeValue`, `expectationMatrix` and `probabilityAliveHistory`
 * take it alone and predict with `mbgCnbdK(fit.k)`; `serializeFit`/`parseFit` keep `k` (a fit saved before
 * fit format version 3 has none: read it with `parseFit(text, mbgCnbdK(k))`).
 *
 * @param k - Regularity, an integer from 1 to 100.
 * @returns The model object for this `k`.
 * @throws InvalidArgumentError when `k` is not an integer from 1 to 100.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * const model = mbgCnbdK(2);
 * model.probabilityAlive(params, { frequency: 2, recency: 30.43, T: 38.86 }); // ≈ 0.7458
 * model.expectedPurchases(params, 39); // ≈ 0.6598
 * mbgCnbdK(1).expectedPurchases(params, 39); // ≈ 1.1830, as mbgNbd.expectedPurchases(params, 39)
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function mbgCnbdK(k: number): MbgCnbdKModel {
  validateRegularity('mbgCnbdK', 'k', k);
  return {
    name: 'mbgCnbdK',
    k,
    parameterNames: NAMES,
    timeScale: { columns: ['recency', 'T'], parameters: ['alpha'] },
    compress: (data: readonly TimingCustomer[], fn: string): CompressedData => compressTimingCustomers(k, data, fn),
    logLikelihood: (params: MbgCnbdKParams, data: CompressedData): number => evaluateLikelihood(k, params, data, undefined),
    logLikelihoodGradient: (params: MbgCnbdKParams, data: CompressedData): Float64Array => {
      const g = new Float64Array(4);
      evaluateLikelihood(k, params, data, g);
      return g;
    },
    logLikelihoodAndGradient: (params: MbgCnbdKParams, data: CompressedData, gradient: Float64Array | undefined): number =>
      evaluateLikelihood(k, params, data, gradient),
    startingPoints: (): readonly MbgCnbdKParams[] => [{ r: 1, alpha: k, a: 1, b: 1 }],
    validateParams: (params: MbgCnbdKParams, fn: string): void => validatePositiveParams(fn, params, NAMES),
    logLikelihoodOf: ((params: MbgCnbdKParams, customers: TimingCustomer | readonly TimingCustomer[]) =>
      logLikelihoodOf(k, params, customers as readonly TimingCustomer[])) as MbgCnbdKModel['logLikelihoodOf'],
    probabilityAlive: ((params: MbgCnbdKParams, customers: RfmCustomer | readonly RfmCustomer[]) =>
      probabilityAlive(k, params, customers as readonly RfmCustomer[])) as MbgCnbdKModel['probabilityAlive'],
    expectedPurchases: (params: MbgCnbdKParams, t: number): number => expectedPurchases(k, params, t),
    conditionalExpectedPurchases: ((params: MbgCnbdKParams, customers: RfmCustomer | readonly RfmCustomer[], t: number) =>
      conditionalExpectedPurchases(k, params, customers as readonly RfmCustomer[], t)) as MbgCnbdKModel['conditionalExpectedPurchases'],
    conditionalExpectedPurchasesCurve: (params: MbgCnbdKParams, customers: readonly RfmCustomer[], horizons: readonly number[]): number[][] =>
      conditionalExpectedPurchasesCurve(k, params, customers, horizons),
    weightedExpectedPurchases: (params: MbgCnbdKParams, customers: readonly RfmCustomer[], horizons: readonly number[], weights: readonly number[]): number[] =>
      weightedExpectedPurchases(k, params, customers, horizons, weights),
  };
}
