/**
 * A power of two within a factor of two of `v > 0` (1 for 0 or a non-finite `v`): dividing by it is exact
 * (no rounding, barring denormals), so sums of squares of values up to 1.8e308 can be formed without
 * overflow and give the same digits as unscaled ones would. @internal
 */
export function powerOfTwoNear(v: number): number {
  return v > 0 && Number.isFinite(v) ? 2 ** Math.floor(Math.log2(v)) : 1;
}
