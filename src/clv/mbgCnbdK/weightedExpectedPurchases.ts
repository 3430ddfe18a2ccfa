import { expit } from '../../core/special/expit';
import { betaGeometricWeighted } from '../internal/betaGeometricWeighted';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k weighted sum of each customer's expected purchases over several horizons,
 * `Σ_h w_h E[Y(t_h) | x, t_x, T]`, without an array per horizon: what a discounted CLV needs
 * (`customerLifetimeValue` passes its discount factors as weights).
 *
 * @remarks
 * Same approximation as `conditionalExpectedPurchases` (Platzer & Reutterer 2016; exact for `k = 1`),
 * through the shared MBG/NBD machinery with scale `kα`: from 10,000 customers on, checked piecewise
 * Chebyshev interpolants per frequency replace the series (O(1) per customer).
 *
 * @param k - Regularity, an integer from 1 to 100.
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - The customers `{ frequency, recency, T }`.
 * @param horizons - Horizons `t_h ≥ 0`, in the model's time unit.
 * @param weights - Weights `w_h ≥ 0`, one per horizon.
 * @returns The weighted sum for each customer, in input order.
 * @throws InvalidArgumentError when `k`, a parameter, a customer field, a horizon or a weight is invalid.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgCnbdK(2).weightedExpectedPurchases(params, [{ frequency: 2, recency: 30.43, T: 38.86 }], [26, 39], [1, 1]);
 * // ≈ [2.0387]
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function weightedExpectedPurchases(
  k: number,
  params: MbgCnbdKParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
  weights: readonly number[],
): number[] {
  const fn = 'mbgCnbdK.weightedExpectedPurchases';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  const scaled = { r: params.r, alpha: k * params.alpha, a: params.a, b: params.b };
  return betaGeometricWeighted(fn, scaled, customers, horizons, weights, (x, tx, T) => expit(-customerLogOdds(k, params, x, tx, T)), 1);
}
