/** Points per count `M`, made on first use. */
const POINTS = new Map<number, Float64Array>();

/**
 * The `M` Chebyshev points of the first kind on `[−1, 1]`, `s_i = cos(π (i + ½)/M)`, `i = 0 … M − 1`: the
 * nodes whose values `chebyshevFromNodes` turns into coefficients (Trefethen, "Approximation Theory and
 * Approximation Practice", 2013, ch. 2). Shared and cached per `M`: do not write to it. @internal
 */
export function chebyshevPoints(M: number): Float64Array {
  let points = POINTS.get(M);
  if (points === undefined) {
    points = Float64Array.from({ length: M }, (_, i) => Math.cos((Math.PI * (i + 0.5)) / M));
    POINTS.set(M, points);
  }
  return points;
}
