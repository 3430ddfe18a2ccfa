import { isArrayLike } from '../validate/isArrayLike';

/**
 * `ln Σ e^(v_i)` without overflow or underflow.
 *
 * @remarks
 * With `m = max v_i` at index `k`: `m + log1p(Σ_{i≠k} e^(v_i − m))`; every exponent is ≤ 0 and the largest
 * term is kept out of the sum so that `log1p` sees the small remainder at full precision (docs/clv.md,
 * "Numerics"). Two passes, O(n) time, no allocation. The input is not modified.
 *
 * Never throws: an empty input gives `−∞` (the log of an empty sum), any `NaN` gives `NaN`, any `+∞` gives
 * `+∞`, all `−∞` gives `−∞`.
 *
 * @param values - log-values (log-probabilities, log-terms of a series)
 * @returns `ln Σ exp(values[i])`
 * @example
 * ```ts
 * logSumExp([1000, 1000, 1000]); // 1001.0986122886682
 * logSumExp([Math.log(0.2), Math.log(0.3)]); // -0.6931471805599454  (≈ ln 0.5)
 * ```
 * @see Blanchard, P., Higham, D. J. & Higham, N. J. (2021). Accurately computing the log-sum-exp and
 * softmax functions. IMA Journal of Numerical Analysis 41(4), 2311–2330. https://doi.org/10.1093/imanum/draa038
 */
export function logSumExp(values: ArrayLike<number>): number {
  if (!isArrayLike(values)) return Number.NaN;
  const n = values.length;
  let max = Number.NEGATIVE_INFINITY;
  let argmax = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (typeof v !== 'number' || Number.isNaN(v)) return Number.NaN;
    if (v > max || argmax < 0) {
      max = v;
      argmax = i;
    }
  }
  if (argmax < 0 || max === Number.NEGATIVE_INFINITY || max === Number.POSITIVE_INFINITY) return max;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (i !== argmax) sum += Math.exp((values[i] as number) - max);
  }
  return max + Math.log1p(sum);
}
