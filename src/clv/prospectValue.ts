import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';

/**
 * Prospect value: a customer's lifetime value minus the cost of acquiring them (Kotler's test of whether
 * a prospect is worth acquiring).
 *
 * @remarks
 * `PV = CLV − AC` (docs/clv.md, "Lifetime value, with explicit units"). Positive: the acquisition pays for itself in expectation. Use a CLV that
 * includes the first purchase's margin when the acquisition cost is paid for that purchase (e.g.
 * `retentionLifetimeValue({ …, includeCurrentMargin: true })`). O(values).
 *
 * @param lifetimeValue - the lifetime value of one prospect (or of each), in money units, finite
 * @param acquisitionCost - the cost of acquiring one customer, in the same money units, finite
 * @returns `lifetimeValue − acquisitionCost` (one per value when given an array)
 * @throws `INVALID_ARGUMENT` when a value or the cost is not a finite number.
 * @example
 * ```ts
 * prospectValue(366.67, 150); // 216.67000000000002
 * prospectValue([100, 300], 150); // [-50, 150]
 * ```
 * @see Gupta, S. & Lehmann, D. R. (2003). Customers as assets. Journal of Interactive Marketing 17(1), 9–24.
 * https://doi.org/10.1002/dir.10045
 */
export function prospectValue(lifetimeValue: number, acquisitionCost: number): number;
export function prospectValue(lifetimeValue: readonly number[], acquisitionCost: number): number[];
export function prospectValue(lifetimeValue: number | readonly number[], acquisitionCost: number): number | number[] {
  const fn = 'prospectValue';
  if (typeof acquisitionCost !== 'number' || !Number.isFinite(acquisitionCost)) {
    throw new InvalidArgumentError(fn, 'acquisitionCost', 'must be a finite number', acquisitionCost);
  }
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidArgumentError(fn, path, 'must be a finite number', v);
    return v - acquisitionCost;
  };
  return Array.isArray(lifetimeValue)
    ? (lifetimeValue as readonly number[]).map((v, i) => one(v, `lifetimeValue[${i}]`))
    : one(lifetimeValue as number, 'lifetimeValue');
}
