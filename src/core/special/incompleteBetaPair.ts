import { logBeta } from './logBeta';
import { log1pmx } from './log1pmx';
import { stirlingCorrection } from './stirlingCorrection';

const HALF_LOG_TWO_PI = 0.9189385332046728;
const MAX_ITERATIONS = 100_000;
const TINY = 1e-300;

/**
 * `ln(x^a y^b / B(a, b))` with `y = 1 − x` given separately (so that a caller who knows `1 − x` more
 * accurately than `x`, as for Student's t, keeps it).
 *
 * @remarks
 * For `a, b ≥ 10` in the saddle-point form
 * `a · log1pmx(δ/a) + b · log1pmx(−δ/b) + ½ ln(ab / (2π(a + b))) − s(a) − s(b) + s(a + b)`, `δ = xb − ya`
 * (Stirling's series, DLMF 5.11.1, `s` its correction), free of the cancellation of `a ln x + b ln y`
 * against `ln B`; else directly. @internal
 */
function logBetaPrefix(x: number, y: number, a: number, b: number): number {
  if (a >= 10 && b >= 10) {
    const c = a + b;
    const delta = x * b - y * a;
    // a ln(xc/a) − δ and b ln(yc/b) + δ, by log1pmx near the saddle x = a/c (1 + δ/a formed once).
    const first = Math.abs(delta) < 0.25 * a ? a * log1pmx(delta / a) : a * Math.log((x * c) / a) - delta;
    const second = Math.abs(delta) < 0.25 * b ? b * log1pmx(-delta / b) : b * Math.log((y * c) / b) + delta;
    return (
      first +
      second +
      0.5 * Math.log((a * b) / c) -
      HALF_LOG_TWO_PI -
      stirlingCorrection(a) -
      stirlingCorrection(b) +
      stirlingCorrection(c)
    );
  }
  const logX = x <= 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y <= 0.5 ? Math.log(y) : Math.log1p(-x);
  return a * logX + b * logY - logBeta(a, b);
}

/** The continued fraction of DLMF 8.17.22 by the modified Lentz method; `NaN` if not converged. */
function betaFraction(x: number, y: number, a: number, b: number): number {
  let c = 1;
  // 1 − (a + b)x/(a + 1), written with y = 1 − x where x is near 1 (it cancels when a is large).
  let d = x > 0.5 ? (1 - b + (a + b) * y) / (a + 1) : 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let coefficient = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    coefficient = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + coefficient * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + coefficient / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= 1e-16) return h;
  }
  return Number.NaN;
}

/**
 * The positive-term series `Σ_{n≥0} (a + b)_n / (a + 1)_n x^n` = `2F1(a + b, 1; a + 1; x)` of DLMF 8.17.8,
 * with `I_x(a, b) = x^a y^b / (a B(a, b)) · Σ`; `NaN` unless it converges within `cap` terms. The term ratio
 * `x (a + b + n) / (a + 1 + n)` is monotone in `n`, so once it is below 1 the geometric tail bound holds.
 */
function betaSeries(x: number, a: number, b: number, cap: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < cap; n++) {
    const ratio = (x * (a + b + n)) / (a + 1 + n);
    term *= ratio;
    sum += term;
    const r = Math.max(ratio, x);
    if (ratio < 1 && (term * r) / (1 - r) <= 1e-17 * sum) return sum;
  }
  return Number.NaN;
}

/** Terms tried in each series before falling back to the continued fraction. */
const SERIES_CAP = 5000;

/**
 * `[I_x(a, b), 1 − I_x(a, b)]` with `y = 1 − x` passed separately. First the positive series (DLMF 8.17.8)
 * on the side below the mean `a/(a + b)` (the smaller value, computed directly; sides exchanged by
 * DLMF 8.17.4) if it converges within 5,000 terms; else the continued fraction (DLMF 8.17.22) on the side
 * `x < (a + 1)/(a + b + 2)` where it converges. The other member of the pair by subtraction.
 * `NaN`s for impossible input. @internal
 */
export function incompleteBetaPair(x: number, y: number, a: number, b: number): [number, number] {
  if (!(a > 0) || !(b > 0) || !(x >= 0) || !(y >= 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    return [Number.NaN, Number.NaN];
  }
  if (x === 0) return [0, 1];
  if (y === 0) return [1, 0];
  const belowMean = x * (a + b) <= a;
  const sides: [boolean, number, number, number, number][] = belowMean
    ? [[false, x, y, a, b]]
    : [[true, y, x, b, a]];
  const [swapped, u0, v0, p0, q0] = sides[0] as [boolean, number, number, number, number];
  const sum = betaSeries(u0, p0, q0, SERIES_CAP);
  if (!Number.isNaN(sum)) {
    const value = (Math.exp(logBetaPrefix(u0, v0, p0, q0)) / p0) * sum;
    return swapped ? [1 - value, value] : [value, 1 - value];
  }
  const swap = x > (a + 1) / (a + b + 2);
  const [u, v, p, q] = swap ? [y, x, b, a] : [x, y, a, b];
  const prefix = Math.exp(logBetaPrefix(u, v, p, q)) / p;
  // A prefactor that underflows gives 0 without asking the fraction to converge.
  const value = prefix === 0 ? 0 : prefix * betaFraction(u, v, p, q);
  return swap ? [1 - value, value] : [value, 1 - value];
}
