import { paretoCurveTable } from './paretoCurveTable';
import { paretoHorizonFactor } from './paretoHorizonFactor';

/** Largest relative error of the interpolant, checked at points between the nodes, for it to be used. */
const TOLERANCE = 1e-13;

/**
 * A piecewise Chebyshev interpolant, in `y = ln(c+T)`, of the horizon factor `h(T)` of the Pareto/NBD
 * conditional expectation. @internal
 */
export interface ParetoHorizonTable {
  /** `y` at the start of the first piece. */
  readonly y0: number;
  /** Pieces per unit of `y`. */
  readonly scale: number;
  /** Number of pieces. */
  readonly pieces: number;
  /** Chebyshev coefficients of `h`, `PARETO_HORIZON_POINTS` per piece (the first halved). */
  readonly value: Float64Array;
}

/**
 * Builds the interpolant of `h(T)` over `T ∈ [TLow, THigh]` for a horizon `t > 0`, so that
 * `E[Y(t) | x, t_x, T] = P(alive) (r+x)/(α+T) h(T)` costs one short polynomial sum instead of a `log1p`
 * and an `expm1` per customer (`y = ln(c+T)`, `c = min(α, β)`, is already at hand from P(alive)).
 *
 * @remarks
 * `[ln(c+TLow), ln(c+THigh)]` is cut into pieces of width at most 0.125, each interpolated at 8 Chebyshev
 * points. As a function of `y`, `h` is analytic in the strip `|Im y| < π` (its branch points, where
 * `β+T = 0` or `β+T+t = 0`, have `Im y = ±π` since `β − c ≥ 0`), so each piece's Bernstein ellipse
 * has ρ ≈ 100 and ρ^−8 ≈ 1e-16. Built and checked by `paretoCurveTable` (at the midpoints between
 * consecutive nodes and at the ends of every piece); `undefined` is returned (and the caller evaluates
 * `h` directly) if any relative error exceeds 1e-13. O(pieces · 17) evaluations of `h`.
 * @internal
 */
export function paretoHorizonTable(
  alpha: number,
  beta: number,
  epsilon: number,
  t: number,
  TLow: number,
  THigh: number,
): ParetoHorizonTable | undefined {
  const c = Math.min(alpha, beta);
  return paretoCurveTable(c, TLow, THigh, (T) => paretoHorizonFactor(beta, epsilon, t, T), TOLERANCE);
}
