/**
 * Maximum-likelihood intercept and slope of a binomial logit `P(y = 1 | x) = 1/(1 + e^−(a + b x))` on
 * grouped points (`n_k` trials and `y_k` successes at `x_k`, `k < m`), by Newton's method from the
 * intercept of the overall rate and slope 0, with `x` centred. Returns `null` when the estimate does not
 * exist: the points with a success and those with a failure do not overlap in `x` (complete or
 * quasi-complete separation, Albert & Anderson 1984), which includes a single distinct `x`, all
 * successes and all failures; or Newton fails to converge in 50 steps. @internal
 */
export function fitLogitSlope(x: ArrayLike<number>, n: ArrayLike<number>, y: ArrayLike<number>, m: number): { intercept: number; slope: number } | null {
  let minOne = Infinity;
  let maxOne = -Infinity;
  let minZero = Infinity;
  let maxZero = -Infinity;
  let sx = 0;
  let sn = 0;
  let sy = 0;
  for (let k = 0; k < m; k++) {
    const xk = x[k] as number;
    const nk = n[k] as number;
    const yk = y[k] as number;
    if (nk <= 0) continue;
    if (yk > 0) {
      if (xk < minOne) minOne = xk;
      if (xk > maxOne) maxOne = xk;
    }
    if (yk < nk) {
      if (xk < minZero) minZero = xk;
      if (xk > maxZero) maxZero = xk;
    }
    sx += nk * xk;
    sn += nk;
    sy += yk;
  }
  if (!(minOne < maxZero && minZero < maxOne)) return null;
  const centre = sx / sn;
  let a = Math.log(sy / (sn - sy));
  let b = 0;
  for (let iter = 0; iter < 50; iter++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 0;
    let h01 = 0;
    let h11 = 0;
    for (let k = 0; k < m; k++) {
      const nk = n[k] as number;
      if (nk <= 0) continue;
      const xk = (x[k] as number) - centre;
      const p = 1 / (1 + Math.exp(-(a + b * xk)));
      const r = (y[k] as number) - nk * p;
      const w = nk * p * (1 - p);
      g0 += r;
      g1 += r * xk;
      h00 += w;
      h01 += w * xk;
      h11 += w * xk * xk;
    }
    const det = h00 * h11 - h01 * h01;
    if (!(det > 0)) return null;
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a += da;
    b += db;
    if (!Number.isFinite(a) || !Number.isFinite(b)) return null;
    if (Math.abs(da) < 1e-10 * (1 + Math.abs(a)) && Math.abs(db) < 1e-10 * (1 + Math.abs(b))) {
      return { intercept: a - b * centre, slope: b };
    }
  }
  return null;
}
