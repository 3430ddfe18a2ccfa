import { betaGeometricCurve } from '../internal/betaGeometricCurve';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD expected purchases of each customer at several horizons at once: the values of
 * `conditionalExpectedPurchases(params, customers, t)` for every `t` of `horizons`, computed faster.
 *
 * @remarks
 * Same formula as `bgNbd.conditionalExpectedPurchases` (Fader, Hardie & Lee 2005, eq. 10, Euler-transformed
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
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbd.conditionalExpectedPurchasesCurve(params, [{ frequency: 2, recency: 30.43, T: 38.86 }], [0, 39]);
 * // ≈ [[0], [1.2260]]
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function conditionalExpectedPurchasesCurve(
  params: BgNbdParams,
  customers: readonly RfmCustomer[],
  horizons: readonly number[],
): number[][] {
  const fn = 'bgNbd.conditionalExpectedPurchasesCurve';
  validatePositiveParams(fn, params, NAMES);
  return betaGeometricCurve(fn, params, customers, horizons, (x, tx, T) => customerProbabilityAlive(params, x, tx, T), 0);
}
