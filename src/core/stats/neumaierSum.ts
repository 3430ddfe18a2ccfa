import { isArrayLike } from '../validate/isArrayLike';

/**
 * The sum of an array with Neumaier's compensated summation, accurate to about one rounding error
 * whatever the length.
 *
 * @remarks
 * Kahan–Babuška summation as improved by Neumaier (1974): keep a running sum `s` and a compensation `c`;
 * for each `v`, `t = s + v`, then `c += (s − t) + v` if `|s| ≥ |v|`, else `c += (v − t) + s`, and `s = t`;
 * return `s + c`. Unlike plain Kahan summation it also recovers the small terms when a later term is
 * larger than the running sum, so `[1, 1e100, 1, −1e100]` sums to 2. The error bound is
 * `2ε Σ|v_i|` independent of `n` (Higham 2002, §4.3). O(n), no allocation; the input is not modified.
 *
 * Never throws: an empty input gives 0 (the empty sum); `NaN` or infinities propagate as in ordinary
 * addition.
 *
 * @param values - the terms
 * @returns `Σ values[i]`
 * @example
 * ```ts
 * neumaierSum([1, 1e100, 1, -1e100]); // 2
 * neumaierSum([0.1, 0.2, 0.3]); // 0.6  (plain addition gives 0.6000000000000001)
 * ```
 * @see Neumaier, A. (1974). Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen.
 * Zeitschrift für Angewandte Mathematik und Mechanik 54(1), 39–51. https://doi.org/10.1002/zamm.19740540106
 * @see Higham, N. J. (2002). Accuracy and Stability of Numerical Algorithms, 2nd ed., §4.3. SIAM.
 * https://doi.org/10.1137/1.9780898718027
 */
export function neumaierSum(values: ArrayLike<number>): number {
  if (!isArrayLike(values)) return Number.NaN;
  const n = values.length;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (typeof v !== 'number') return Number.NaN; // a BigInt, string or hole
    const t = sum + v;
    if (Math.abs(sum) >= Math.abs(v)) compensation += sum - t + v;
    else compensation += v - t + sum;
    sum = t;
  }
  const total = sum + compensation;
  // With infinite terms the compensation is NaN; the plain sum is then the right answer.
  return Number.isFinite(sum) ? total : sum;
}
