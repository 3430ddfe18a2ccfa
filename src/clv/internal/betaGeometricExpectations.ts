import { betaGeometricEulerValue } from './betaGeometricEulerValue';
import { betaGeometricExpectation } from './betaGeometricExpectation';
import { betaGeometricNearZero } from './betaGeometricNearZero';

/** Terms of the shared series before a horizon falls back to {@link betaGeometricExpectation}. */
const MAX_TERMS = 3000;

/** Ratios `(A+n)(B+n)/((C+n)(n+1))` of successive series coefficients of the current customer. */
const coefficients = new Float64Array(MAX_TERMS);

/**
 * {@link betaGeometricExpectation} of one customer at several horizons at once: the 2F1 series
 * coefficients depend on `x`, not on `t`, so they are computed once and shared by every horizon.
 *
 * @remarks
 * Short horizons take {@link betaGeometricNearZero} first, as `betaGeometricExpectation` does. The
 * Euler-transformed series `2F1(a+b−1+shift−r, a−1; a+b+x−1+shift; z_h)` is summed for each horizon `h`
 * with the ratios of successive coefficients (one division each) computed once per customer, as far as the
 * slowest horizon needs, and shared. Each partial sum uses the arithmetic, compensation and stopping rule
 * of `hyp2f1`'s Gauss series term for term, so the values are those of `betaGeometricExpectation`. A
 * horizon whose series is not used there (`z ≥ 0.95`, `a` near 1, small `C`), does not converge within
 * 3,000 terms or gives an untrustworthy value (the rounding check of `betaGeometricEulerValue`) is computed by
 * `betaGeometricExpectation` itself.
 * O(terms · horizons) per customer.
 *
 * @param horizons - Horizons `t ≥ 0`.
 * @param out - Receives `E[Y(t_h) | alive]` for each horizon.
 * @internal
 */
export function betaGeometricExpectations(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  T: number,
  horizons: ArrayLike<number>,
  shift: 0 | 1,
  out: Float64Array,
): void {
  const C = a + b + x - 1 + shift;
  const A = a + b - 1 + shift - r;
  const B = a - 1;
  const series = C > 0.5 && Math.abs(a - 1) > 1e-3;
  const settle = Math.max(Math.abs(A), Math.abs(B), Math.abs(C));
  let filled = 0; // coefficients[0 .. filled) are computed
  for (let h = 0; h < horizons.length; h++) {
    const t = horizons[h] as number;
    if (t === 0) {
      out[h] = 0;
      continue;
    }
    const z = t / (alpha + T + t);
    let value = betaGeometricNearZero(r, a, b, x, t / (alpha + T), shift);
    if (Number.isNaN(value) && series && z < 0.95) {
      // hyp2f1's Gauss series, term for term, with the ratios shared across horizons.
      let f = Number.NaN;
      let absolute = 1;
      if (A === 0) f = 1;
      else {
        let term = 1;
        let sum = 1;
        let compensation = 0;
        for (let n = 0; n < MAX_TERMS; n++) {
          if (n === filled) {
            coefficients[n] = ((A + n) * (B + n)) / ((C + n) * (n + 1));
            filled++;
          }
          const ratio = (coefficients[n] as number) * z;
          if (!Number.isFinite(ratio)) break;
          term *= ratio;
          if (term === 0) {
            f = sum + compensation;
            break;
          }
          const next = sum + term;
          compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
          sum = next;
          absolute += Math.abs(term);
          if (n >= settle) {
            const q = Math.max(Math.abs(ratio), Math.abs(z));
            if (q < 1 && (Math.abs(term) * q) / (1 - q) <= 1e-17 * Math.abs(sum)) {
              f = sum + compensation;
              break;
            }
          }
        }
      }
      if (Number.isFinite(f)) value = betaGeometricEulerValue(f, absolute, a, C, z);
    }
    out[h] = Number.isNaN(value) ? betaGeometricExpectation(r, alpha, a, b, x, T, t, shift) : value;
  }
}
