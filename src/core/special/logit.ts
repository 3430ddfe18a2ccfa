/**
 * The log-odds `ln(p / (1 − p))` of a probability.
 *
 * @remarks
 * Near `p = ½`, where the result is near 0, it is computed as `log1p((2p − 1) / (1 − p))` (exact numerator)
 * to keep relative precision; elsewhere as `ln(p / (1 − p))`. Inverse of {@link expit}. Constant time.
 *
 * Impossible input gives `NaN` (never throws): `p` outside [0, 1] or `NaN`. `p = 0 → −∞`, `p = 1 → +∞`.
 *
 * @param p - a probability in [0, 1]
 * @returns the log-odds
 * @example
 * ```ts
 * logit(0.75); // 1.0986122886681096  (≈ ln 3)
 * logit(0.5); // 0
 * ```
 * @see Berkson, J. (1944). Application of the logistic function to bio-assay. Journal of the American
 * Statistical Association 39(227), 357–365. https://doi.org/10.1080/01621459.1944.10500699
 */
export function logit(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p > 0.25 && p < 0.75) return Math.log1p((2 * p - 1) / (1 - p));
  return Math.log(p / (1 - p));
}
