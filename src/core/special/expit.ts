/**
 * The logistic function `1 / (1 + e^(−x))`: a probability from log-odds.
 *
 * @remarks
 * Evaluated as `1 / (1 + e^(−x))` for `x ≥ 0` and `e^x / (1 + e^x)` for `x < 0`, so the exponential
 * never overflows and small probabilities keep full relative precision (docs/clv.md, "Numerics").
 * Inverse of {@link logit}. Constant time.
 *
 * `NaN` for `NaN` (never throws); `−∞ → 0`, `+∞ → 1`.
 *
 * @param x - log-odds, any real
 * @returns the probability in [0, 1]
 * @example
 * ```ts
 * expit(0); // 0.5
 * expit(Math.log(3)); // 0.7499999999999999
 * expit(-800); // 0
 * ```
 * @see Cox, D. R. (1958). The regression analysis of binary sequences. Journal of the Royal Statistical
 * Society B 20(2), 215–242. https://doi.org/10.1111/j.2517-6161.1958.tb00292.x
 */
export function expit(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
