import { isNumberArray } from '../validate/isNumberArray';

const DEFAULT_STEP = Math.cbrt(Number.EPSILON);

/**
 * The gradient of a function by central finite differences with a relative step.
 *
 * @remarks
 * `∂f/∂x_i ≈ (f(x + h_i e_i) − f(x − h_i e_i)) / (2 h_i)` with `h_i = step · max(1, |x_i|)`, adjusted so
 * that `x_i ± h_i` is exactly representable. The truncation error is `O(h²)` and the rounding error
 * `O(ε |f| / h)`; the default `step = ∛ε ≈ 6.06e-6` balances them, giving about 10 correct digits for a
 * smooth, well-scaled `f` (Nocedal & Wright 2006, §8.1, eq. 8.9). Where `f` is not finite on one side,
 * the one-sided difference with `f(x)` is used instead. `2n` evaluations (plus one for `f(x)` only if a
 * one-sided difference is needed). The input is not modified.
 *
 * Never throws (unless `f` does): `x` not an array of numbers gives an empty gradient, `f` not a function one of
 * `NaN`s; if neither side is finite for a coordinate, that component is `NaN`.
 *
 * @param f - the function, called with a fresh `Float64Array` each time
 * @param x - the point, length `n`
 * @param step - relative step, > 0 (default ∛ε)
 * @returns the gradient, a new `Float64Array` of length `n`
 * @example
 * ```ts
 * const g = numericalGradient((x) => x[0]! ** 2 + 3 * x[0]! * x[1]!, [1, 2]);
 * Array.from(g); // [7.999999999926663, 2.9999999999724984]
 * ```
 * @see Nocedal, J. & Wright, S. J. (2006). Numerical Optimization, 2nd ed., §8.1. Springer.
 * https://doi.org/10.1007/978-0-387-40065-5
 */
export function numericalGradient(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  step: number = DEFAULT_STEP,
): Float64Array {
  if (!isNumberArray(x)) return new Float64Array(0);
  const n = x.length;
  if (typeof f !== 'function') return new Float64Array(n).fill(Number.NaN);
  const relative = step > 0 && Number.isFinite(step) ? step : DEFAULT_STEP;
  const gradient = new Float64Array(n);
  let center: number | undefined;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const h0 = relative * Math.max(1, Math.abs(xi));
    const up = xi + h0;
    const down = xi - h0;
    const forward = Float64Array.from(x);
    forward[i] = up;
    const backward = Float64Array.from(x);
    backward[i] = down;
    const fUp = f(forward);
    const fDown = f(backward);
    if (Number.isFinite(fUp) && Number.isFinite(fDown)) {
      gradient[i] = (fUp - fDown) / (up - down);
      continue;
    }
    if (center === undefined) center = f(Float64Array.from(x));
    if (!Number.isFinite(center)) gradient[i] = Number.NaN;
    else if (Number.isFinite(fUp)) gradient[i] = (fUp - center) / (up - xi);
    else if (Number.isFinite(fDown)) gradient[i] = (center - fDown) / (xi - down);
    else gradient[i] = Number.NaN;
  }
  return gradient;
}
