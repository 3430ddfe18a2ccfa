import { betaGeometricWeighted } from '../internal/betaGeometricWeighted';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD weighted sum of each customer's expected purchases over several horizons,
 * `Σ_h w_h E[Y(t_h) | x, t_x, T]`, without an array per horizon: what a discounted CLV needs
 * (`customerLifetimeValue` passes its discount factors as weights).
 *
 * @remarks
 * Same expectation as `bgNbd.conditionalExpectedPurchases`. With discount factors `f_k` at steps `kΔ`,
 * `Σ_k (E[Y(kΔ)] − E[Y((k−1)Δ)]) f_k = Σ_k E[Y(kΔ)] (f_k − f_{k+1})` (`f_{K+1} = 0`): a weighted sum with
 * non-negative weights. From 10,000 customers on, the weighted sum (a function of `T` for each frequency,
 * analytic in `ln(α+T)`) is interpolated by checked piecewise Chebyshev polynomials that agree with the
 * series to 1e-13, so the cost per customer does not grow with the number of horizons; below that, the
 * 2F1 series is shared across one customer's horizons.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - The customers `{ frequency, recency, T }`.
 * @param horizons - Horizons `t_h ≥ 0`, in the model's time unit.
 * @param weights - Weights `w_h ≥ 0`, one per horizon.
 * @returns The weighted sum for each customer, in input order.
 * @throws InvalidArgumentError when a parameter, a customer field, a horizon or a weight is invalid.
 * @example
 * ```ts
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * // E[Y(26)] + E[Y(39)] of one customer:
 * bgNbd.weightedExpectedPurchases(params, [{ frequency: 2, recency: 30.43, T: 38.86 }], [26, 39], [1, 1]);
 * // ≈ [2.0877] (0.8616 + 1.2260)
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function weightedExpectedPurchases(
  params: BgNbdParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
  weights: readonly number[],
): number[] {
  const fn = 'bgNbd.weightedExpectedPurchases';
  validatePositiveParams(fn, params, NAMES);
  return betaGeometricWeighted(fn, params, customers, horizons, weights, (x, tx, T) => customerProbabilityAlive(params, x, tx, T), 0);
}
