import { chebyshevPoints } from '../chebyshevPoints';
import { clenshawSum } from '../clenshawSum';

/** Chebyshev nodes (first kind) per piece of a {@link FrequencyCurve}: degree 19. @internal */
export const CURVE_NODES = 20;

/** Node abscissae `cos(π (i + ½)/20)` on `[−1, 1]`. @internal */
export const CURVE_POINTS = chebyshevPoints(CURVE_NODES);

/**
 * A piecewise Chebyshev interpolant of `E[Y(t) | alive, x, T] / u` in `v = ln(1+u)`, `u = t/(α+T)`, for one
 * frequency (built by `buildFrequencyCurve`). @internal
 */
export interface FrequencyCurve {
  /** `v` at the start of the first piece. */
  readonly low: number;
  /** Width of every piece in `v`. */
  readonly width: number;
  /** Number of pieces. */
  readonly pieces: number;
  /** Chebyshev coefficients (first halved), {@link CURVE_NODES} per piece, piece after piece. */
  readonly coefficients: Float64Array;
  /** How many leading coefficients of each piece are summed (the rest are negligible). */
  readonly terms: Int32Array;
}

/** `E[Y(t) | alive]` of a {@link FrequencyCurve} at `u = t/(α+T)` within the range it was built for. @internal */
export function frequencyCurveAt(curve: FrequencyCurve, u: number): number {
  if (u === 0) return 0;
  const v = Math.log1p(u);
  const p = Math.min(curve.pieces - 1, Math.max(0, Math.floor((v - curve.low) / curve.width)));
  const s = Math.min(1, Math.max(-1, (2 * (v - curve.low - p * curve.width)) / curve.width - 1));
  return clenshawSum(curve.coefficients, p * CURVE_NODES, curve.terms[p] as number, s) * u;
}
