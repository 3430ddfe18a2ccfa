import { expit } from '../../core/special/expit';
import { betaGeometricCurve } from '../internal/betaGeometricCurve';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k expected purchases of each customer at several horizons at once: the values of
 * `conditionalExpectedPurchases(params, customers, t)` for every `t` of `horizons`, computed faster.
 *
 * @remarks
 * Same approximation as `conditionalExpectedPurchases` (the MBG/NBD expression with scale `kα`, times the
 * exact MBG/CNBD-k `P(alive)`; Platzer & Reutterer 2016): `P(alive)` once per customer, the series
 * coefficients once for all horizons. `customerLifetimeValue` uses it for its discounting steps.
 * O(customers · series length · horizons).
 *
 * @param k - Regularity, an integer from 1 to 100.
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - The customers `{ frequency, recency, T }`.
 * @param horizons - Horizons `t ≥ 0`, in the model's time unit.
 * @returns `values[h][i]`: expected purchases of `customers[i]` in `(T, T + horizons[h]]`.
 * @throws InvalidArgumentError when `k`, a parameter, a customer field or a horizon is invalid.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgCnbdK(2).conditionalExpectedPurchasesCurve(params, [{ frequency: 2, recency: 30.43, T: 38.86 }], [0, 39]);
 * // ≈ [[0], [1.1970]]
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function conditionalExpectedPurchasesCurve(
  k: number,
  params: MbgCnbdKParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
): number[][] {
  const fn = 'mbgCnbdK.conditionalExpectedPurchasesCurve';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  const scaled = { r: params.r, alpha: k * params.alpha, a: params.a, b: params.b };
  return betaGeometricCurve(fn, scaled, customers, horizons, (x, tx, T) => expit(-customerLogOdds(k, params, x, tx, T)), 1);
}
