import { chebyshevFromNodes } from './chebyshevFromNodes';
import { chebyshevPoints } from './chebyshevPoints';
import { PARETO_HORIZON_POINTS, paretoHorizonAt } from './paretoHorizonAt';
import type { ParetoHorizonTable } from './paretoHorizonTable';

/** Width of a piece in `y = ln(c+T)`. */
const WIDTH = 0.125;

const M = PARETO_HORIZON_POINTS;
const NODE_POINTS = chebyshevPoints(M);

/**
 * A piecewise Chebyshev interpolant, in `y = ln(c+T)`, of a smooth function `f(T)` over
 * `T ∈ [TLow, THigh]`, read with `paretoHorizonAt`; `undefined` when it misses `f` by more than
 * `tolerance` (relative) anywhere it is checked, or when `f` is not finite there (the caller then
 * evaluates `f` directly).
 *
 * @remarks
 * `[ln(c+TLow), ln(c+THigh)]` is cut into pieces of width at most 0.125, each interpolated at 8 Chebyshev
 * points (degree 7; `f` is called at `T = max(0, e^y − c)`). The interpolant is checked against `f` at the
 * midpoints (in the angle) between consecutive nodes and at both ends of every piece, the outermost ends
 * at `TLow` and `THigh` themselves. O(pieces · 17) evaluations of `f`.
 * @internal
 */
export function paretoCurveTable(c: number, TLow: number, THigh: number, f: (T: number) => number, tolerance: number): ParetoHorizonTable | undefined {
  const y0 = Math.log(c + TLow);
  const span = Math.log(c + THigh) - y0;
  if (!(span >= 0) || !Number.isFinite(span)) return undefined;
  const pieces = Math.max(1, Math.ceil(span / WIDTH));
  const width = span > 0 ? span / pieces : WIDTH;
  const at = (y: number): number => f(Math.max(0, Math.exp(y) - c));
  const value = new Float64Array(pieces * M);
  const node = new Float64Array(M);
  for (let p = 0; p < pieces; p++) {
    for (let i = 0; i < M; i++) node[i] = at(y0 + width * (p + 0.5 * (1 + (NODE_POINTS[i] as number))));
    chebyshevFromNodes(node, 0, M, value, p * M);
  }
  const table: ParetoHorizonTable = { y0, scale: 1 / width, pieces, value };
  for (let p = 0; p < pieces; p++) {
    // Both ends of the piece and the midpoints (in the angle) between consecutive nodes.
    for (let i = 0; i <= M; i++) {
      const z = i === 0 ? 1 : i === M ? -1 : Math.cos((Math.PI * i) / M);
      const y = y0 + width * (p + 0.5 * (1 + z));
      const T = p === pieces - 1 && i === 0 ? THigh : p === 0 && i === M ? TLow : Math.max(0, Math.exp(y) - c);
      const exact = f(T);
      const approx = paretoHorizonAt(table, Math.log(c + T));
      if (!(Math.abs(approx - exact) <= tolerance * Math.abs(exact))) return undefined;
    }
  }
  return table;
}
