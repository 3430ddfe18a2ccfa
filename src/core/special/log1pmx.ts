/**
 * `ln(1 + t) − t` without cancellation for small `t`, `t > −1`.
 *
 * @remarks
 * For `|t| < 0.25` the series `Σ_{k≥2} (−1)^{k+1} t^k / k` (DLMF 4.6.1), summed to 1e−17 relative; else
 * `log1p(t) − t`, which loses less than one digit there. The exponent of the saddle-point prefactors of the
 * incomplete gamma and beta functions.
 *
 * @param t - `t > −1`
 * @returns `ln(1 + t) − t` (≤ 0)
 * @internal
 */
export function log1pmx(t: number): number {
  if (Math.abs(t) >= 0.25) return Math.log1p(t) - t;
  let power = t * t;
  let sum = -0.5 * power;
  for (let k = 3; k < 60; k++) {
    power *= -t;
    const term = -power / k;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return sum;
}
