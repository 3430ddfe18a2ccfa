import { isArrayLike } from '../validate/isArrayLike';

/**
 * Pearson's product-moment correlation coefficient of two paired samples.
 *
 * @remarks
 * `r = Σ(xᵢ − x̄)(yᵢ − ȳ) / √(Σ(xᵢ − x̄)² Σ(yᵢ − ȳ)²)` (Pearson 1896), with the co-moments accumulated in
 * one pass by Welford-style updates so that large means do not cancel. The result is clamped to [−1, 1]
 * against rounding. O(n), no allocation; the inputs are not modified. Dimensionless.
 *
 * Never throws: arrays of different lengths, fewer than 2 pairs, or a sample with zero variance gives
 * `NaN`; `NaN` values propagate.
 *
 * @param x - first sample
 * @param y - second sample, paired with `x` by index
 * @returns `r` in [−1, 1]
 * @example
 * ```ts
 * correlation([1, 2, 3, 4], [2, 4, 6, 8]); // 1
 * correlation([1, 2, 3, 4], [1, 3, 2, 4]); // 0.8
 * ```
 * @see Pearson, K. (1896). Mathematical contributions to the theory of evolution. III. Regression,
 * heredity, and panmixia. Philosophical Transactions of the Royal Society A 187, 253–318.
 * https://doi.org/10.1098/rsta.1896.0007
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products.
 * Technometrics 4(3), 419–420. https://doi.org/10.1080/00401706.1962.10490022
 */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (!isArrayLike(x) || !isArrayLike(y)) return Number.NaN;
  const n = x.length;
  if (n < 2 || y.length !== n) return Number.NaN;
  let mx = 0;
  let my = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const yi = y[i] as number;
    if (typeof xi !== 'number' || typeof yi !== 'number') return Number.NaN; // a BigInt, string or hole
    const dx = xi - mx;
    const dy = yi - my;
    mx += dx / (i + 1);
    my += dy / (i + 1);
    sxx += dx * (xi - mx);
    syy += dy * (yi - my);
    sxy += dx * (yi - my);
  }
  if (!(sxx > 0) || !(syy > 0)) return Number.NaN;
  const r = sxy / Math.sqrt(sxx * syy);
  if (Number.isNaN(r)) return r;
  return Math.max(-1, Math.min(1, r));
}
