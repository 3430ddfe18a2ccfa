/**
 * A power of two near the largest of some finite non-negative values (1 when all are 0), to divide them by
 * before squaring or multiplying: `x / 2^k` is exact (barring underflow of values 2^1000 times smaller than
 * the largest), so ratios computed on the scaled values equal, bit for bit, those computed on the values
 * themselves whenever the latter do not overflow, and stay finite when they would (`1e308²`). @internal
 */
export function scaleOfLargest(largest: number): number {
  if (!(largest > 0) || !Number.isFinite(largest)) return 1;
  // Math.log2 may round across a power of two; any power of two within a factor of 2 of `largest` serves.
  return 2 ** Math.floor(Math.log2(largest));
}
