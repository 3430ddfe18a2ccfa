import type { SbgExpectedLifetime, SbgParams } from './types';
import { validateSbgParams } from './validateSbgParams';

/**
 * Expected lifetime of a new sBG customer, in periods and in renewals; reported as infinite (`null`
 * with a reason) when `alpha ≤ 1`.
 *
 * @remarks
 * `E[T] = Σ_{t≥0} S(t) = (α+β−1)/(α−1)` periods (Fader & Hardie 2010, DEL at `d = 0`), i.e.
 * `β/(α−1)` renewals. `E[T | θ] = 1/θ` and `E[1/θ]` is finite only for `α > 1`: with `α ≤ 1` enough
 * customers have churn probabilities near 0 that the mean diverges. The formula would then give a
 * negative or infinite number; this function reports `finite: false` and `null` instead. The median
 * or a discounted lifetime (`discountedExpectedLifetime`) stay finite. O(1).
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @returns `{ periods, renewals, finite, reason }`
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @example
 * ```ts
 * shiftedBetaGeometric.expectedLifetime({ alpha: 2, beta: 3 });
 * // { periods: 4, renewals: 3, finite: true, reason: null }
 * shiftedBetaGeometric.expectedLifetime({ alpha: 0.7, beta: 1.2 }).periods; // null
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2010). Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity. Marketing Science 29(1), 85–93. https://doi.org/10.1287/mksc.1080.0482
 */
export function sbgExpectedLifetime(params: SbgParams): SbgExpectedLifetime {
  validateSbgParams(params, 'shiftedBetaGeometric.expectedLifetime');
  const { alpha, beta } = params;
  if (!(alpha > 1)) {
    return {
      periods: null,
      renewals: null,
      finite: false,
      reason: `the expected lifetime is infinite when alpha <= 1 (alpha = ${alpha})`,
    };
  }
  const renewals = beta / (alpha - 1);
  const periods = 1 + renewals;
  if (!Number.isFinite(periods)) {
    return { periods: null, renewals: null, finite: false, reason: 'the expected lifetime overflows double precision' };
  }
  return { periods, renewals, finite: true, reason: null };
}
