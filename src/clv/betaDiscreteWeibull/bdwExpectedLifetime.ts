import { bdwLifetimeSum } from './internal/bdwLifetimeSum';
import type { BdwExpectedLifetime, BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * Expected lifetime of a new BdW customer, in periods and in renewals; reported as infinite (`null` with a
 * reason) when `alpha · c ≤ 1`.
 *
 * @remarks
 * `E[T] = Σ_{t≥0} S(t)`, `S(t) = B(α, β + t^c)/B(α, β)`. For large `t`, `S(t) ≈ Γ(α) t^{−αc}/B(α, β)`, so
 * the mean is finite exactly when `α c > 1` (with `c = 1`: the sBG condition `α > 1`, where it equals
 * `(α+β−1)/(α−1)`). No closed form exists for `c ≠ 1`: the terms are summed directly until negligible or,
 * once the survival curve is flat on the scale of a period (after at least 10,000 terms), the rest is
 * Euler–Maclaurin with the tail integral by Gauss–Legendre in `ln t`; about 1e−12 relative. When
 * `α c` is so close to 1 that the tail cannot be integrated within 200,000 blocks (or the mean overflows),
 * `periods` is `null` with `finite: true` and a reason; the discounted lifetime
 * (`discountedExpectedLifetime`) is then the number to use. Time O(terms), typically under 20,000.
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @returns `{ periods, renewals, finite, reason }`
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @example
 * ```ts
 * betaDiscreteWeibull.expectedLifetime({ alpha: 2, beta: 3, c: 1.5 }).periods; // 2.35718444897797
 * betaDiscreteWeibull.expectedLifetime({ alpha: 2, beta: 3, c: 0.5 }).finite; // false (alpha · c = 1)
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 */
export function bdwExpectedLifetime(params: BdwParams): BdwExpectedLifetime {
  validateBdwParams(params, 'betaDiscreteWeibull.expectedLifetime');
  const { alpha, c } = params;
  if (!(alpha * c > 1)) {
    return {
      periods: null,
      renewals: null,
      finite: false,
      reason: `the expected lifetime is infinite when alpha * c <= 1 (alpha * c = ${alpha * c})`,
    };
  }
  const periods = bdwLifetimeSum(params);
  if (!Number.isFinite(periods)) {
    return {
      periods: null,
      renewals: null,
      finite: true,
      reason: 'the expected lifetime is finite but its tail decays too slowly (alpha * c close to 1) or it overflows double precision; use discountedExpectedLifetime',
    };
  }
  return { periods, renewals: periods - 1, finite: true, reason: null };
}
