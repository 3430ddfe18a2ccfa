import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';

/** Options of {@link retentionLifetimeValue}. */
export interface RetentionLifetimeValueOptions {
  /** Margin `m` per period from a retained customer, in money units (any finite number). */
  readonly margin: number;
  /** Retention rate `r` per period, in [0, 1]. */
  readonly retentionRate: number;
  /** Discount rate `d` per period, ≥ 0. */
  readonly discountRate: number;
  /** Number of future periods `H`, an integer ≥ 0, or `Infinity` (default). */
  readonly horizon?: number;
  /** Add the margin collected now (`t = 0`, undiscounted). Default `false`. */
  readonly includeCurrentMargin?: boolean;
}

/**
 * Retention-based customer lifetime value with a constant margin, retention rate and discount rate (the
 * "margin multiple" formula of Gupta & Lehmann 2003), with its finite-horizon form.
 *
 * @remarks
 * Timing, written as the sums (docs/clv.md, "Retention-based value, prospects and payback"): the margin of period `t` is received at the end of period `t`
 * if the customer is still retained, with probability `r^t`, and discounted by `(1+d)^−t`:
 * - `Σ_{t=1}^{∞} m r^t/(1+d)^t = m · r/(1+d−r)` (default);
 * - `Σ_{t=1}^{H} m r^t/(1+d)^t = m · q(1−q^H)/(1−q)`, `q = r/(1+d)` (`m · H` when `q = 1`);
 * - with `includeCurrentMargin`, `m` is added for `t = 0`: `m · (1+d)/(1+d−r)` for the infinite horizon.
 * One retention rate for every period ignores that survivors churn less (see `shiftedBetaGeometric` for
 * cohorts). O(1).
 *
 * @param options - `{ margin, retentionRate, discountRate, horizon?, includeCurrentMargin? }`
 * @returns The lifetime value in money units
 * @throws `INVALID_ARGUMENT` when the margin is not finite, the retention rate is outside [0, 1], the
 *   discount rate is not finite ≥ 0, or the horizon is neither an integer ≥ 0 nor `Infinity`.
 * @throws `INVALID_ARGUMENT` when the margin is so large that the lifetime value passes 1.8e308 (the largest float64).
 * @throws `UNDEFINED_RESULT` when the horizon is infinite with `r = 1` and `d = 0` (the sum diverges).
 * @example
 * ```ts
 * retentionLifetimeValue({ margin: 100, retentionRate: 0.8, discountRate: 0.1 }); // 266.66666666666663
 * retentionLifetimeValue({ margin: 100, retentionRate: 0.8, discountRate: 0.1, includeCurrentMargin: true }); // 366.66666666666663
 * retentionLifetimeValue({ margin: 100, retentionRate: 0.8, discountRate: 0.1, horizon: 3 }); // 164.0871525169046
 * ```
 * @see Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing 17(1), 9–24.
 * https://doi.org/10.1002/dir.10045
 */
export function retentionLifetimeValue(options: RetentionLifetimeValueOptions): number {
  const fn = 'retentionLifetimeValue';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const { margin, retentionRate: r, discountRate: d } = options;
  const horizon = options.horizon ?? Number.POSITIVE_INFINITY;
  if (typeof margin !== 'number' || !Number.isFinite(margin)) {
    throw new InvalidArgumentError(fn, 'options.margin', 'must be a finite number', margin);
  }
  if (typeof r !== 'number' || !(r >= 0 && r <= 1)) {
    throw new InvalidArgumentError(fn, 'options.retentionRate', 'must be a number from 0 to 1', r);
  }
  if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
    throw new InvalidArgumentError(fn, 'options.discountRate', 'must be a finite number at least 0', d);
  }
  if (typeof horizon !== 'number' || !(horizon === Number.POSITIVE_INFINITY || (Number.isInteger(horizon) && horizon >= 0))) {
    throw new InvalidArgumentError(fn, 'options.horizon', 'must be an integer at least 0 or Infinity', horizon);
  }
  const current = options.includeCurrentMargin === true ? margin : 0;
  const q = r / (1 + d);
  let value: number;
  if (horizon === Number.POSITIVE_INFINITY) {
    if (q >= 1) throw new UndefinedResultError(fn, 'the infinite sum diverges when retentionRate = 1 and discountRate = 0');
    value = current + (margin * r) / (1 + d - r);
  } else if (q === 1) {
    value = current + margin * horizon;
  } else {
    // q(1 − q^H)/(1 − q) with expm1 so that q near 1 keeps its digits.
    const sum = (q * -Math.expm1(horizon * Math.log(q))) / (1 - q);
    value = current + margin * (q === 0 ? 0 : sum);
  }
  if (!Number.isFinite(value)) {
    // The value is the margin times a finite multiple (at most H, or (1 + d)/d): it overflows only when
    // the true value passes 1.8e308, and it is proportional to the margin.
    throw new InvalidArgumentError(fn, 'options.margin', `must be small enough for a finite lifetime value (the value passes 1.8e308 at retentionRate ${r} and discountRate ${d}: express the margin in larger money units, e.g. thousands)`, margin);
  }
  return value;
}
