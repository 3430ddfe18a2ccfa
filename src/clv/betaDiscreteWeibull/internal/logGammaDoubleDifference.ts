import { STIRLING_COEFFICIENTS } from '../../../core/special/stirlingCorrection';

/**
 * `ln Γ(x + a + h) − ln Γ(x + a) − ln Γ(x + h) + ln Γ(x)` (> 0) for `x, a, h > 0`, without the
 * cancellation of four log-gammas: the BdW retention rate is `r_t = exp(−D(β + (t−1)^c, α, t^c − (t−1)^c))`.
 *
 * @remarks
 * While `x < 10` the argument is shifted up with `Γ(y + 1) = y Γ(y)`: each step adds
 * `ln[(y + a + h) y / ((y + a)(y + h))] = log1p(a h / (y (y + a + h)))`, a positive term formed without
 * cancellation. At `Y ≥ 10` Stirling's series (DLMF 5.11.1) is differenced term by term: the linear terms
 * drop out, `(z − ½) ln z` gives `(Y − ½) ln(1 − pq) + a log1p(h/(Y + a)) + h log1p(a/(Y + h))` with
 * `p = a/(Y + a)`, `q = h/(Y + h)` (two positive terms and one negative, of the same order: at most a
 * factor 2 is lost when `a, h ≪ Y`, where the result is `≈ a h / Y`), and each correction
 * `c_k z^{−m}`, `m = 2k − 1`, gives `c_k Y^{−m}[(1 + a/Y)^{−m} expm1(−m log1p(h/(Y + a))) − expm1(−m log1p(h/Y))]`.
 * Constant time. Never throws: `NaN` for arguments outside the domain.
 * @internal
 */
export function logGammaDoubleDifference(x: number, a: number, h: number): number {
  if (!(x > 0 && a > 0 && h > 0) || !Number.isFinite(x + a + h)) return Number.NaN;
  let sum = 0;
  let y = x;
  while (y < 10) {
    sum += Math.log1p((a / y) * (h / (y + a + h)));
    y += 1;
  }
  const p = a / (y + a);
  const q = h / (y + h);
  const pq = p * q;
  // ln(1 − pq) = ln[Y (Y + a + h) / ((Y + a)(Y + h))]; near pq = 1 from the two log1p's instead.
  const logComplement = pq < 0.5 ? Math.log1p(-pq) : Math.log1p(a / (y + h)) - Math.log1p(a / y);
  const main = (y - 0.5) * logComplement + a * Math.log1p(h / (y + a)) + h * Math.log1p(a / (y + h));
  const logShiftA = Math.log1p(a / y);
  const logStepA = Math.log1p(h / (y + a));
  const logStep = Math.log1p(h / y);
  let correction = 0;
  let power = 1 / y;
  const inverseSquare = power * power;
  for (let k = 0; k < STIRLING_COEFFICIENTS.length; k++) {
    const m = 2 * k + 1;
    const bracket = Math.exp(-m * logShiftA) * Math.expm1(-m * logStepA) - Math.expm1(-m * logStep);
    correction += (STIRLING_COEFFICIENTS[k] as number) * power * bracket;
    power *= inverseSquare;
  }
  return sum + main + correction;
}
