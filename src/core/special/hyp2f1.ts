import { logAbsGamma } from './logAbsGamma';

/** Most terms summed before the series is declared unsummable (`NaN`). */
const MAX_TERMS = 1_000_000;
/** Terms tried before switching to the `1 − z` transformation when `z > 0.9`. */
const QUICK_TERMS = 3000;

const isNonPositiveInteger = (v: number): boolean => v <= 0 && Number.isInteger(v);

/**
 * Sums the Gauss series by term ratios. Returns `NaN` when it has not converged within `cap` terms.
 * Stops when the geometric bound on the tail falls below 1e−17 of the sum, once `n` exceeds the
 * parameters (before that the ratios are not monotone).
 */
function gaussSeries(a: number, b: number, c: number, z: number, cap: number): number {
  let term = 1;
  let sum = 1;
  let compensation = 0; // Neumaier: long slowly converging sums near z = 1 would otherwise drift
  const settle = Math.max(Math.abs(a), Math.abs(b), Math.abs(c));
  for (let n = 0; n < cap; n++) {
    let ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    // Parameters near 1e308 overflow the products; the ratios of pairs do not.
    if (!Number.isFinite(ratio)) ratio = ((a + n) / (n + 1)) * ((b + n) / (c + n)) * z;
    if (!Number.isFinite(ratio)) return Number.NaN;
    term *= ratio;
    if (term === 0) return sum + compensation;
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    if (n >= settle) {
      const r = Math.max(Math.abs(ratio), Math.abs(z));
      if (r < 1 && (Math.abs(term) * r) / (1 - r) <= 1e-17 * Math.abs(sum)) return sum + compensation;
    }
  }
  return Number.NaN;
}

/** `2F1` on 0 ≤ z < 1 (parameters already screened). */
function onUnitInterval(a: number, b: number, c: number, z: number): number {
  if (z <= 0.9) return gaussSeries(a, b, c, z, MAX_TERMS);
  const quick = gaussSeries(a, b, c, z, QUICK_TERMS);
  if (!Number.isNaN(quick)) return quick;
  const m = c - a - b;
  if (Math.abs(m - Math.round(m)) > 0.05) {
    // DLMF 15.8.4: the connection formula between z and 1 − z.
    const w = 1 - z;
    const gc = logAbsGamma(c);
    const gm = logAbsGamma(m);
    const gnm = logAbsGamma(-m);
    const gca = logAbsGamma(c - a);
    const gcb = logAbsGamma(c - b);
    const ga = logAbsGamma(a);
    const gb = logAbsGamma(b);
    const first =
      gca.sign === 0 || gcb.sign === 0
        ? 0
        : gc.sign * gm.sign * gca.sign * gcb.sign * Math.exp(gc.log + gm.log - gca.log - gcb.log) *
          gaussSeries(a, b, 1 - m, w, MAX_TERMS);
    const second =
      ga.sign === 0 || gb.sign === 0
        ? 0
        : gc.sign * gnm.sign * ga.sign * gb.sign * Math.exp(gc.log + gnm.log - ga.log - gb.log + m * Math.log(w)) *
          gaussSeries(c - a, c - b, m + 1, w, MAX_TERMS);
    const value = first + second;
    if (Number.isFinite(value)) return value;
  }
  return gaussSeries(a, b, c, z, MAX_TERMS);
}

/**
 * The Gauss hypergeometric function `2F1(a, b; c; z)` for real parameters and `z ≤ 1`.
 *
 * @remarks
 * `2F1(a, b; c; z) = Σ_{n≥0} (a)_n (b)_n / ((c)_n n!) z^n` (DLMF 15.2.1), summed by term ratios with a
 * convergence test on the geometric tail bound and a cap of 1,000,000 terms. Transformations keep the
 * series short (docs/clv.md, "Numerics"):
 *
 * - `z < 0`: Pfaff, `2F1(a, b; c; z) = (1 − z)^(−a) 2F1(a, c − b; c; z/(z − 1))` (DLMF 15.8.1), or the
 *   same with `a` and `b` exchanged, whichever keeps the terms positive or terminating; the new argument
 *   lies in [0, 1) (Pareto/NBD);
 * - `0.9 < z < 1`, when 3,000 terms do not suffice: the connection formula to `1 − z` (DLMF 15.8.4) with
 *   signed log-gammas, unless `c − a − b` is within 0.05 of an integer (where its two terms cancel), in which
 *   case the direct series is summed up to the cap (BG/NBD, MBG/NBD after the Euler transformation; sBG's
 *   `2F1(1, β; α + β; 1/(1 + d))`);
 * - `z = 1`: Gauss's sum `Γ(c) Γ(c − a − b) / (Γ(c − a) Γ(c − b))` when `c − a − b > 0` (DLMF 15.4.20).
 *
 * When `a` or `b` is a non-positive integer the series is a polynomial and is summed exactly as written.
 * Measured against mpmath (224 cases from the BTYD models, `scripts/fixtures/special.py`): relative error
 * below 1e−13. Cost: tens to a few thousand terms, at most 1,000,000 (z within ~1e−5 of 1 with `c − a − b`
 * near an integer).
 *
 * Never throws. Returns `NaN` when the series cannot be summed: `z > 1` (complex or divergent), `z = 1`
 * with `c − a − b ≤ 0`, `c` a non-positive integer (unless the series terminates first), the cap reached,
 * or a `NaN`/infinite argument. May return `±∞` when the value overflows.
 *
 * @param a - first numerator parameter (real)
 * @param b - second numerator parameter (real)
 * @param c - denominator parameter (real, not a non-positive integer)
 * @param z - argument, `z ≤ 1`
 * @returns `2F1(a, b; c; z)`
 * @example
 * ```ts
 * hyp2f1(1, 1, 2, 0.5); // 1.3862943611198906  (≈ −ln(1 − z)/z)
 * hyp2f1(0.5, 1, 1.5, -1); // 0.7853981633974482  (≈ arctan(1) = π/4)
 * ```
 * @see NIST Digital Library of Mathematical Functions, §15.2, §15.4, §15.8, https://dlmf.nist.gov/15
 * @see Abramowitz, M. & Stegun, I. A. (1964). Handbook of Mathematical Functions, 15.1.1, 15.3.4–15.3.6.
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way.
 * Marketing Science 24(2), 275–284. https://doi.org/10.1287/mksc.1040.0098
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || !Number.isFinite(z)) return Number.NaN;
  if (z > 1) return Number.NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  const polynomial = isNonPositiveInteger(a) || isNonPositiveInteger(b);
  if (isNonPositiveInteger(c)) {
    // Defined only when the series terminates before (c)_n vanishes.
    const stop = Math.max(isNonPositiveInteger(a) ? a : -Infinity, isNonPositiveInteger(b) ? b : -Infinity);
    if (!(stop >= c)) return Number.NaN;
  }
  if (polynomial) {
    const degree = -Math.max(isNonPositiveInteger(a) ? a : -Infinity, isNonPositiveInteger(b) ? b : -Infinity);
    return gaussSeries(a, b, c, z, degree + 2);
  }
  if (z === 1) {
    const m = c - a - b;
    if (!(m > 0)) return Number.NaN;
    const gc = logAbsGamma(c);
    const gm = logAbsGamma(m);
    const gca = logAbsGamma(c - a);
    const gcb = logAbsGamma(c - b);
    if (gca.sign === 0 || gcb.sign === 0) return 0;
    return gc.sign * gm.sign * gca.sign * gcb.sign * Math.exp(gc.log + gm.log - gca.log - gcb.log);
  }
  if (z < 0) {
    const w = z / (z - 1);
    const logOneMinusZ = Math.log1p(-z);
    const useA =
      isNonPositiveInteger(c - b) || (!isNonPositiveInteger(c - a) && (c - b >= 0 || !(c - a >= 0 && b >= 0)));
    return useA
      ? Math.exp(-a * logOneMinusZ) * onUnitInterval(a, c - b, c, w)
      : Math.exp(-b * logOneMinusZ) * onUnitInterval(c - a, b, c, w);
  }
  return onUnitInterval(a, b, c, z);
}
