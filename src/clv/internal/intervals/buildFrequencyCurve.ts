import { betaGeometricExpectations } from '../betaGeometricExpectations';
import { chebyshevFromNodes } from '../chebyshevFromNodes';
import { chebyshevTerms } from '../chebyshevTerms';
import { clenshawSum } from '../clenshawSum';
import { CURVE_NODES, CURVE_POINTS, type FrequencyCurve } from './frequencyCurveAt';

/** Widest piece in `v`: the Bernstein ellipse of the strip `|Im v| < π` then has parameter ≥ π + √(π²+1) ≈ 6.4. */
const MAX_WIDTH = 2;
/** A range needing more pieces than this is not worth a curve: its values are computed directly. */
const MAX_PIECES = 8;
/** Off-node points of `[−1, 1]` where each piece is compared with the direct value. */
const CHECKS = [-0.97, -0.31, 0.43, 0.99];
/** Accepted relative error at the check points (far below the Monte Carlo error of any quantile). */
const TOLERANCE = 1e-11;
/** Below this share of its largest coefficient a piece's trailing coefficients are dropped (20 of them: at most 2e-12 of it, against the 1e-11 check). */
const NEGLIGIBLE = 1e-13;
/** Node abscissae, then the check abscissae. */
const POINTS = Float64Array.from([...CURVE_POINTS, ...CHECKS]);
/**
 * The `u`, horizons and direct values of a piece's points: written and read within one call (nothing
 * here is reentrant), shared so that the thousands of curves of an interval run allocate only their
 * coefficients.
 */
const SCRATCH_U = new Float64Array(POINTS.length);
const SCRATCH_HORIZONS = new Float64Array(POINTS.length);
const SCRATCH_DIRECT = new Float64Array(POINTS.length);

/**
 * `E[Y(t) | alive, x, T]` of the BG/NBD (`shift` 0) or MBG/NBD (`shift` 1) model for one frequency `x`, as a
 * function of `u = t/(α+T)` alone, for `u` in `[uLow, uHigh]` (`0 < uLow ≤ uHigh`): a checked piecewise
 * Chebyshev interpolant, so that the many `(T, t)` combinations the prediction intervals need per frequency
 * and draw cost one series evaluation per node instead of one each. Evaluate it with `frequencyCurveAt`.
 *
 * @remarks
 * Given `x`, `E[Y(t) | alive] = ∫_0^1 [1 − (1+p u)^−(r+x)]/p · Beta(p; a, b+x+shift) dp` (docs/clv.md,
 * "Numerics"): it depends on `t` and `T` only through `u`. In `v = ln(1+u)` the integrand's singularities
 * lie where `e^v = 1 − 1/p ≤ 0`, so `E/u` (the zero at `u = 0` divided out, which keeps the relative
 * accuracy near `v = 0`) is analytic in the strip `|Im v| < π`, and its Chebyshev interpolant on a piece of
 * width at most 2 converges like `6.4^−n` (Trefethen, "Approximation Theory and Approximation Practice",
 * 2013, ch. 8). The range in `v` is cut into equal pieces of width at most 2 with 20 nodes each (trailing
 * coefficients below 1e-13 of a piece's largest are dropped, and the checks are made without them); node and
 * check values come from `betaGeometricExpectations` at `T = 0`, `t = α(e^v − 1)` (one shared series per
 * piece). The curve is returned only when every piece agrees with the direct values at four off-node
 * points to 1e-11 (relative); otherwise (large `r + x`, where the integrand grows fast off the real axis,
 * or a range needing more than 8 pieces) this returns `null` and callers compute directly.
 * @internal
 */
export function buildFrequencyCurve(
  params: { readonly r: number; readonly alpha: number; readonly a: number; readonly b: number },
  shift: 0 | 1,
  x: number,
  uLow: number,
  uHigh: number,
): FrequencyCurve | null {
  const { r, alpha, a, b } = params;
  const low = Math.log1p(uLow);
  const high = Math.log1p(uHigh);
  if (!(low > 0 && high >= low && Number.isFinite(high))) return null;
  const pieces = Math.max(1, Math.ceil((high - low) / MAX_WIDTH));
  if (pieces > MAX_PIECES) return null;
  const width = (high - low) / pieces;
  if (!(width > 0)) return null;
  const coefficients = new Float64Array(CURVE_NODES * pieces);
  const terms = new Int32Array(pieces);
  const u = SCRATCH_U;
  const horizons = SCRATCH_HORIZONS;
  const direct = SCRATCH_DIRECT;
  for (let p = 0; p < pieces; p++) {
    const center = low + (p + 0.5) * width;
    for (let j = 0; j < POINTS.length; j++) {
      u[j] = Math.expm1(center + 0.5 * width * (POINTS[j] as number));
      horizons[j] = alpha * (u[j] as number);
    }
    betaGeometricExpectations(r, alpha, a, b, x, 0, horizons, shift, direct);
    for (let j = 0; j < CURVE_NODES; j++) {
      direct[j] = (direct[j] as number) / (u[j] as number);
      if (!Number.isFinite(direct[j])) return null;
    }
    chebyshevFromNodes(direct, 0, CURVE_NODES, coefficients, p * CURVE_NODES);
    terms[p] = chebyshevTerms(coefficients, p * CURVE_NODES, CURVE_NODES, NEGLIGIBLE);
    for (let c = CURVE_NODES; c < POINTS.length; c++) {
      const expected = direct[c] as number;
      const approx = clenshawSum(coefficients, p * CURVE_NODES, terms[p] as number, POINTS[c] as number) * (u[c] as number);
      if (!(Math.abs(approx - expected) <= TOLERANCE * Math.abs(expected))) return null;
    }
  }
  return { low, width, pieces, coefficients, terms };
}
