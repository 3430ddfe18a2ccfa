import { PARETO_HORIZON_POINTS, paretoHorizonAt } from './paretoHorizonAt';
import { paretoHorizonFactor } from './paretoHorizonFactor';

/** Width of a piece in `y = ln(c+T)`. */
const WIDTH = 0.125;
/** Largest relative error of the interpolant, checked at points between the nodes, for it to be used. */
const TOLERANCE = 1e-13;

const M = PARETO_HORIZON_POINTS;
// COS[j·M + i] = cos(π j (i + ½)/M): the discrete cosine transform onto Chebyshev coefficients.
const COS = new Float64Array(M * M);
for (let j = 0; j < M; j++) for (let i = 0; i < M; i++) COS[j * M + i] = Math.cos((Math.PI * j * (i + 0.5)) / M);

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
 * has ρ ≈ 100 and ρ^−8 ≈ 1e-16. The interpolant is checked against `h` at the midpoints between
 * consecutive nodes and at the ends of every piece; `undefined` is returned (and the caller evaluates
 * `h` directly) if any relative error exceeds 1e-13. O(pieces · 26) evaluations of `h`.
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
  const y0 = Math.log(c + TLow);
  const span = Math.log(c + THigh) - y0;
  if (!(span >= 0) || !Number.isFinite(span)) return undefined;
  const pieces = Math.max(1, Math.ceil(span / WIDTH));
  const width = span > 0 ? span / pieces : WIDTH;
  const at = (y: number): number => paretoHorizonFactor(beta, epsilon, t, Math.max(0, Math.exp(y) - c));
  const value = new Float64Array(pieces * M);
  const node = new Float64Array(M);
  for (let p = 0; p < pieces; p++) {
    for (let i = 0; i < M; i++) node[i] = at(y0 + width * (p + 0.5 * (1 + (COS[M + i] as number))));
    for (let j = 0; j < M; j++) {
      let sum = 0;
      for (let i = 0; i < M; i++) sum += (node[i] as number) * (COS[j * M + i] as number);
      value[p * M + j] = ((j === 0 ? 1 : 2) * sum) / M;
    }
  }
  const table: ParetoHorizonTable = { y0, scale: 1 / width, pieces, value };
  for (let p = 0; p < pieces; p++) {
    // Both ends of the piece and the midpoints (in the angle) between consecutive nodes.
    for (let i = 0; i <= M; i++) {
      const z = i === 0 ? 1 : i === M ? -1 : Math.cos((Math.PI * i) / M);
      const y = y0 + width * (p + 0.5 * (1 + z));
      const exact = at(y);
      const approx = paretoHorizonAt(table, y);
      if (!(Math.abs(approx - exact) <= TOLERANCE * Math.abs(exact))) return undefined;
    }
  }
  return table;
}
