import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { assertInteger } from '../core/validate/assertInteger';

/** Options of {@link paybackPeriod}. */
export interface PaybackPeriodOptions {
  /** Margin `m` per period from a retained customer, in money units (finite). */
  readonly margin: number;
  /** Retention rate `r` per period, in [0, 1]. */
  readonly retentionRate: number;
  /** Discount rate `d` per period, ≥ 0. */
  readonly discountRate: number;
  /** Acquisition cost, in the margin's money units (finite). */
  readonly acquisitionCost: number;
  /** Count the margin collected now (`t = 0`, undiscounted). Default `false`. */
  readonly includeCurrentMargin?: boolean;
  /** Longest payback searched, an integer ≥ 1 (default 10,000 periods). */
  readonly maxPeriods?: number;
}

/** Result of {@link paybackPeriod}. */
export interface PaybackPeriod {
  /** Smallest horizon `H` whose cumulative discounted expected margin reaches the cost, or `null` if never. */
  readonly periods: number | null;
  /** Cumulative discounted expected margin at `periods` (or at `maxPeriods` when it never pays back). */
  readonly cumulativeValue: number;
  /** Why there is no payback (`null` when there is one). */
  readonly reason: string | null;
}

/**
 * Payback period: how many periods of expected, discounted margin it takes to recover the acquisition cost.
 *
 * @remarks
 * The smallest `H` with `Σ_{t=1}^{H} m r^t/(1+d)^t ≥ AC` (plus `m` for `t = 0` with
 * `includeCurrentMargin`; the timing of {@link retentionLifetimeValue}), found by summing period by period
 * (docs/clv.md, "Lifetime value, with explicit units"). `0` when the cost is ≤ 0 (or covered by the current margin). When even the infinite
 * sum stays below the cost, or the margin is ≤ 0, there is no payback: `periods: null` with a reason.
 * O(H).
 *
 * @param options - `{ margin, retentionRate, discountRate, acquisitionCost, includeCurrentMargin?, maxPeriods? }`
 * @returns `{ periods, cumulativeValue, reason }`
 * @throws `INVALID_ARGUMENT` when an option is not finite or out of range.
 * @example
 * ```ts
 * paybackPeriod({ margin: 100, retentionRate: 0.8, discountRate: 0.1, acquisitionCost: 150 });
 * // { periods: 3, cumulativeValue: 164.0871525169046, reason: null }
 * paybackPeriod({ margin: 100, retentionRate: 0.8, discountRate: 0.1, acquisitionCost: 300 }).periods; // null
 * ```
 * @see Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing 17(1), 9–24.
 * https://doi.org/10.1002/dir.10045
 */
export function paybackPeriod(options: PaybackPeriodOptions): PaybackPeriod {
  const fn = 'paybackPeriod';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const { margin, retentionRate: r, discountRate: d, acquisitionCost } = options;
  if (typeof margin !== 'number' || !Number.isFinite(margin)) {
    throw new InvalidArgumentError(fn, 'options.margin', 'must be a finite number', margin);
  }
  if (typeof r !== 'number' || !(r >= 0 && r <= 1)) {
    throw new InvalidArgumentError(fn, 'options.retentionRate', 'must be a number from 0 to 1', r);
  }
  if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
    throw new InvalidArgumentError(fn, 'options.discountRate', 'must be a finite number at least 0', d);
  }
  if (typeof acquisitionCost !== 'number' || !Number.isFinite(acquisitionCost)) {
    throw new InvalidArgumentError(fn, 'options.acquisitionCost', 'must be a finite number', acquisitionCost);
  }
  const maxPeriods = options.maxPeriods ?? 10_000;
  assertInteger(fn, 'options.maxPeriods', maxPeriods, 1);
  let cumulative = options.includeCurrentMargin === true ? margin : 0;
  if (cumulative >= acquisitionCost) return { periods: 0, cumulativeValue: cumulative, reason: null };
  const q = r / (1 + d);
  if (margin > 0 && q < 1) {
    const limit = cumulative + (margin * q) / (1 - q);
    if (limit < acquisitionCost) {
      return {
        periods: null,
        cumulativeValue: limit,
        reason: `never pays back: the lifetime value ${limit} stays below the acquisition cost ${acquisitionCost}`,
      };
    }
  }
  let weight = 1;
  for (let t = 1; t <= maxPeriods; t++) {
    weight *= q;
    cumulative += margin * weight;
    if (cumulative >= acquisitionCost) return { periods: t, cumulativeValue: cumulative, reason: null };
  }
  return {
    periods: null,
    cumulativeValue: cumulative,
    reason: margin > 0 ? `no payback within ${maxPeriods} periods` : 'never pays back: the margin is not positive',
  };
}
