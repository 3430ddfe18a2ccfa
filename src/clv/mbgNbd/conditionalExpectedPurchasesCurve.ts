import { betaGeometricCurve } from '../internal/betaGeometricCurve';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/NBD expected purchases of each customer at several horizons at once: the values of
 * `conditionalExpectedPurchases(params, customers, t)` for every `t` of `horizons`, computed faster.
 *
 * @remarks
 * Same formula as `mbgNbd.conditionalExpectedPurchases` (Batislam, Denizel & Filiztekin 2007, Euler-transformed
 * 2F1 series): `P(alive)` is computed once per customer, and the series coefficients, which depend on `x`
 * but not on `t`, once for all horizons. `customerLifetimeValue` uses it for its discounting steps.
 * O(customers · series length · horizons), with one division per term instead of one per term and horizon.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - The customers `{ frequency, recency, T }`.
 * @param horizons - Horizons `t ≥ 0`, in the model's time unit.
 * @returns `values[h][i]`: expected purchases of `customers[i]` in `(T, T + horizons[h]]`.
 * @throws InvalidArgumentError when a parameter, a customer field or a horizon is invalid.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgNbd.conditionalExpectedPurchasesCurve(params, [{ frequency: 2, recency: 30.43, T: 38.86 }], [0, 39]);
 * // ≈ [[0], [1.2630]]
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function conditionalExpectedPurchasesCurve(
  params: MbgNbdParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
): number[][] {
  const fn = 'mbgNbd.conditionalExpectedPurchasesCurve';
  validatePositiveParams(fn, params, NAMES);
  return betaGeometricCurve(fn, params, customers, horizons, (x, tx, T) => customerProbabilityAlive(params, x, tx, T), 1);
}
