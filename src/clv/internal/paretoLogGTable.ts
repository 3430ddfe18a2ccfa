import { chebyshevFromNodes } from './chebyshevFromNodes';
import { chebyshevPoints } from './chebyshevPoints';
import { paretoLogIntegral } from './paretoLogIntegral';

/** Chebyshev points per piece (degree 7). */
export const PARETO_TABLE_POINTS = 8;
/** Width of a piece in `y = ln(c+u)`. */
const WIDTH = 0.125;
/** The upper limit `U` of `G` lies this far beyond the table in `y`, so that `ln G` is smooth over it. */
const BEYOND = 2;

const M = PARETO_TABLE_POINTS;
const NODE_POINTS = chebyshevPoints(M);
const SEGMENT = new Float64Array(4);

/**
 * A piecewise Chebyshev interpolant of `ln G(u)`, `G(u) = ∫_u^U (α+τ)^−k (β+τ)^−σ dτ`, over
 * `u ∈ [uLow, uHigh]`, in `y = ln(c+u)`, `c = min(α, β)`; with the gradient, also of `∂ln G/∂(k, α, σ, β)`.
 * @internal
 */
export interface ParetoLogGTable {
  /** `y` at the start of the first piece. */
  readonly y0: number;
  /** Pieces per unit of `y`. */
  readonly scale: number;
  /** Number of pieces. */
  readonly pieces: number;
  /** Chebyshev coefficients of `ln G`, `PARETO_TABLE_POINTS` per piece (the first halved). */
  readonly value: Float64Array;
  /** Coefficients of `∂ln G/∂(k, α, σ, β)`: four blocks like `value`, or empty without the gradient. */
  readonly gradient: Float64Array;
  /**
   * Coefficients of `e^{Q(u)}`, `Q(u) = ln G(u) + k ln(α+u) + (σ−1) ln(β+u)` (smooth and of order 1:
   * `ln G` minus the Pareto/NBD survival term; its exponential is the odds factor of P(alive)), like
   * `value`, or empty when not asked.
   */
  readonly odds: Float64Array;
  /**
   * With the gradient, coefficients of five more series, blocks like `value`: `e^{Q(u)}` (`Q` as `odds`),
   * `ln(α+u)`, `ln(β+u)`, `1/(α+u)`, `1/(β+u)` (so that a likelihood pass needs no logarithm of `T`
   * beyond `y`); otherwise empty.
   */
  readonly extra: Float64Array;
}

/**
 * Builds the interpolant of `ln G` (and of its derivatives) for one frequency of the Pareto/NBD
 * likelihood (`k = r+x`, `σ = s+1`): the integral `I(t_x, T) = G(t_x) − G(T)` of any row of that
 * frequency then costs two short polynomial evaluations instead of a quadrature.
 *
 * @remarks
 * `[ln(c+uLow), ln(c+uHigh)]` is cut into pieces of width at most 0.125 in `y`, each interpolated at 8
 * Chebyshev points (degree 7). `ln G` is analytic there: the integrand's branch points lie at distance
 * π from the real `y` axis and `G`'s zero at `U` (`BEYOND` = 2 beyond the table), far outside each
 * piece's Bernstein ellipse (ρ ≈ 50, so ρ^−8 ≈ 1e-14), below the quadrature's own error (~1e-12):
 * against direct quadrature, `ln I` agrees to ~1e-12 for `k`, `α`, `σ − 1`, `β` from 1e-4 to 1e4. `G` at
 * the points is summed from the upper limit down, one `paretoLogIntegral` per gap between consecutive
 * points (positive terms, no cancellation, in log space so that nothing underflows); the derivatives of
 * `ln G` are the running `G`-weighted means of the gaps' derivatives. O(points) quadratures.
 * @internal
 */
export function paretoLogGTable(
  k: number,
  alpha: number,
  sigma: number,
  beta: number,
  uLow: number,
  uHigh: number,
  withGradient: boolean,
  withOdds = false,
): ParetoLogGTable {
  const c = Math.min(alpha, beta);
  const y0 = Math.log(c + uLow);
  const y1 = Math.log(c + uHigh);
  const span = y1 - y0;
  const pieces = Math.max(1, Math.ceil(span / WIDTH));
  const width = span > 0 ? span / pieces : WIDTH;
  const n = pieces * M;
  const logG = new Float64Array(n);
  const dLogG = withGradient ? new Float64Array(4 * n) : new Float64Array(0);
  const oddsAt = withOdds || withGradient ? new Float64Array(n) : new Float64Array(0);
  const extraAt = new Float64Array(withGradient ? 5 * n : 0);
  // Points from the top down: piece p, point i sits at y0 + width (p + (1 + cos(π(i+½)/M))/2).
  let upper = Math.exp(y1 + BEYOND) - c;
  let L = Number.NEGATIVE_INFINITY;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  for (let p = pieces - 1; p >= 0; p--) {
    for (let i = 0; i < M; i++) {
      const y = y0 + width * (p + 0.5 * (1 + (NODE_POINTS[i] as number)));
      const u = Math.exp(y) - c;
      const lnI = u < upper ? paretoLogIntegral(k, alpha, sigma, beta, u, upper, withGradient ? SEGMENT : undefined) : Number.NEGATIVE_INFINITY;
      if (lnI > Number.NEGATIVE_INFINITY) {
        const next = L >= lnI ? L + Math.log1p(Math.exp(lnI - L)) : lnI + Math.log1p(Math.exp(L - lnI));
        if (withGradient) {
          const q = Math.exp(lnI - next); // share of the new gap in G
          d0 += q * ((SEGMENT[0] as number) - d0);
          d1 += q * ((SEGMENT[1] as number) - d1);
          d2 += q * ((SEGMENT[2] as number) - d2);
          d3 += q * ((SEGMENT[3] as number) - d3);
        }
        L = next;
      }
      const at = p * M + i;
      logG[at] = L;
      if (withOdds || withGradient) {
        const la = Math.log(alpha + u);
        const lb = Math.log(beta + u);
        const expQ = Math.exp(L + k * la + (sigma - 1) * lb);
        oddsAt[at] = expQ;
        if (withGradient) {
          extraAt[at] = expQ;
          extraAt[n + at] = la;
          extraAt[2 * n + at] = lb;
          extraAt[3 * n + at] = 1 / (alpha + u);
          extraAt[4 * n + at] = 1 / (beta + u);
        }
      }
      if (withGradient) {
        dLogG[at] = d0;
        dLogG[n + at] = d1;
        dLogG[2 * n + at] = d2;
        dLogG[3 * n + at] = d3;
      }
      upper = u;
    }
  }
  const value = coefficients(logG, pieces);
  const gradient = new Float64Array(withGradient ? 4 * n : 0);
  if (withGradient) {
    for (let j = 0; j < 4; j++) gradient.set(coefficients(dLogG.subarray(j * n, (j + 1) * n), pieces), j * n);
  }
  const extra = new Float64Array(withGradient ? 5 * n : 0);
  if (withGradient) {
    for (let j = 0; j < 5; j++) extra.set(coefficients(extraAt.subarray(j * n, (j + 1) * n), pieces), j * n);
  }
  return { y0, scale: 1 / width, pieces, value, gradient, odds: withOdds ? coefficients(oddsAt, pieces) : new Float64Array(0), extra };
}

/** Chebyshev coefficients of each piece from its values at the points (first coefficient halved). */
function coefficients(values: Float64Array, pieces: number): Float64Array {
  const out = new Float64Array(pieces * M);
  for (let p = 0; p < pieces; p++) {
    chebyshevFromNodes(values, p * M, M, out, p * M);
  }
  return out;
}
