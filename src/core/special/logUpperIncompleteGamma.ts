import { logGamma } from './logGamma';
import { logGammaPrefix } from './logGammaPrefix';
import { lowerGammaSeries } from './lowerGammaSeries';
import { upperGammaFraction } from './upperGammaFraction';
import { upperGammaSmallA } from './upperGammaSmallA';

/** Most downward recurrence steps; further from the origin Legendre's continued fraction is used. */
const RECURRENCE_STEPS = 30;

/**
 * `ln Γ(a, z)`, the log of the upper incomplete gamma function, for any real `a` and `z > 0`.
 *
 * @remarks
 * `Γ(a, z) = ∫_z^∞ t^(a−1) e^(−t) dt` (DLMF 8.2.2), defined for every real `a` when `z > 0`; needed with
 * `a ≤ 0` by the Pareto/NBD discounted expected residual transactions, `ln U(s, s; z) = z + ln Γ(1 − s, z)`
 * (docs/clv.md, "Numerics"). Regimes:
 *
 * - `z > 1.5` and `z ≥ a + 1`: Legendre's continued fraction, `ln Γ(a, z) = a ln z − z + ln h`
 *   (DLMF 8.9.2), any `a`;
 * - `a > ½` otherwise: `ln Γ(a) + log1p(−P(a, z))`, `P` by its series (DLMF 8.7.1);
 * - `|a| ≤ ½`, `z ≤ 1.5`: the small-`a` expansion
 *   `[expm1(ln Γ(1 + a)) − expm1(a ln z)]/a − z^a Σ_{n≥1} (−z)^n/(n!(a + n))` (`a = 0` gives `E₁(z)`);
 * - `−30 ≤ a < −½`, `z ≤ 1.5`: the recurrence `Γ(a, z) = (Γ(a + 1, z) − z^a e^(−z)) / a` (DLMF 8.8.2) run
 *   down from `a + k ∈ (−½, ½]` on the scaled `S(a) = Γ(a, z) z^(−a) e^z`, `S(a) = (z S(a + 1) − 1)/a`, which
 *   neither overflows nor cancels;
 * - `a < −30`, `z ≤ 1.5`: Legendre's continued fraction again (it converges fast when `z − a` is large;
 *   agrees with the recurrence to rounding at `a = −30.5`), with `h = 1/(z − a)` beyond `a = −1e15`.
 *
 * Relative error around 1e−14 against mpmath for `a ∈ [−30.5, 50]`, `z ∈ [1e−6, 1e4]`
 * (`scripts/fixtures/special.py`). Cost at most 30 recurrence steps for negative `a`, else O(√a) iterations.
 *
 * Never throws: `NaN` for `z < 0`, `NaN` or infinite `a`; `z = 0` gives `ln Γ(a)` for `a > 0` and `∞` for
 * `a ≤ 0`; `z = ∞` gives `−∞`.
 *
 * @param a - any real order (negative and non-positive integers included)
 * @param z - lower limit, `z > 0`
 * @returns `ln Γ(a, z)`
 * @example
 * ```ts
 * logUpperIncompleteGamma(1, 3); // -3  (Γ(1, z) = e^(−z))
 * logUpperIncompleteGamma(0, 1); // -1.5169319590020445  (≈ ln E₁(1))
 * logUpperIncompleteGamma(-2.5, 0.01); // 10.580058638859413
 * ```
 * @see NIST Digital Library of Mathematical Functions, §8.2, §8.7, §8.8, §8.9, https://dlmf.nist.gov/8
 * @see Schmittlein, D. C., Morrison, D. G. & Colombo, R. (1987). Counting your customers: who are they and
 * what will they do next? Management Science 33(1), 1–24. https://doi.org/10.1287/mnsc.33.1.1
 */
export function logUpperIncompleteGamma(a: number, z: number): number {
  if (!Number.isFinite(a) || !(z >= 0)) return Number.NaN;
  if (z === 0) return a > 0 ? logGamma(a) : Number.POSITIVE_INFINITY;
  if (z === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  const logZ = Math.log(z);
  if (z > 1.5 && z >= a + 1) return a * logZ - z + Math.log(upperGammaFraction(a, z));
  if (a > 0.5) {
    const p = (Math.exp(logGammaPrefix(a, z)) / a) * lowerGammaSeries(a, z);
    return logGamma(a) + Math.log1p(-p);
  }
  if (a >= -0.5) return Math.log(upperGammaSmallA(a, z));
  if (a < -RECURRENCE_STEPS) {
    // Far from the origin the continued fraction converges fast for any z > 0, and the recurrence
    // would take O(|a|) steps (forever for a = −1e308). Beyond 1e15 its value is 1/(z − a) to rounding
    // (the next term is a relative 1/|a|), and the fraction's own coefficients would overflow.
    const h = a < -1e15 ? 1 / (z - a) : upperGammaFraction(a, z);
    return a * logZ - z + Math.log(h);
  }
  const steps = Math.ceil(-a - 0.5);
  let order = a + steps;
  let scaled = upperGammaSmallA(order, z) * Math.exp(z - order * logZ);
  for (let k = 0; k < steps; k++) {
    order -= 1;
    scaled = (z * scaled - 1) / order;
  }
  return a * logZ - z + Math.log(scaled);
}
