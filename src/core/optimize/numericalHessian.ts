import { isNumberArray } from '../validate/isNumberArray';
import { nanMatrix } from '../linalg/nanMatrix';

const DEFAULT_STEP = Math.pow(Number.EPSILON, 0.25);

/**
 * The Hessian matrix of a function by central finite differences with a relative step.
 *
 * @remarks
 * With `h_i = step · max(1, |x_i|)` (adjusted to be exactly representable):
 * diagonal `∂²f/∂x_i² ≈ (f(x + h_i e_i) − 2f(x) + f(x − h_i e_i)) / h_i²`; off-diagonal
 * `∂²f/∂x_i∂x_j ≈ (f(x⁺⁺) − f(x⁺⁻) − f(x⁻⁺) + f(x⁻⁻)) / (4 h_i h_j)` with `x^{±±} = x ± h_i e_i ± h_j e_j`
 * (Abramowitz & Stegun 25.3.23 and 25.3.26; Nocedal & Wright 2006, §8.1). Truncation error `O(h²)`,
 * rounding error `O(ε |f| / h²)`; the default `step = ε^¼ ≈ 1.22e-4` balances them, giving about 8 correct
 * digits for a smooth, well-scaled `f`. The result is exactly symmetric. Use it for standard errors of a
 * maximum-likelihood fit: the inverse of the Hessian of the negative log-likelihood at the optimum
 * estimates the covariance of the estimates. `2n² + 1` evaluations. The input is not modified.
 *
 * Never throws (unless `f` does): `x` not an array of numbers gives `[]`, `f` not a function a matrix of `NaN`s; if
 * any evaluation is not finite, the affected entries are `NaN`.
 *
 * @param f - the function, called with a fresh `Float64Array` each time
 * @param x - the point, length `n`
 * @param step - relative step, > 0 (default ε^¼)
 * @returns the `n × n` Hessian, a new array of rows
 * @example
 * ```ts
 * numericalHessian((x) => x[0]! ** 2 * x[1]! + Math.exp(x[1]!), [1, 0]);
 * // [[0, 2], [2, 0.9999999925494194]]  (exact: [[0, 2], [2, 1]])
 * ```
 * @see Nocedal, J. & Wright, S. J. (2006). Numerical Optimization, 2nd ed., §8.1. Springer.
 * https://doi.org/10.1007/978-0-387-40065-5
 * @see Abramowitz, M. & Stegun, I. A. (1964). Handbook of Mathematical Functions, §25.3. National Bureau
 * of Standards, Applied Mathematics Series 55.
 */
export function numericalHessian(
  f: (x: Float64Array) => number,
  x: ArrayLike<number>,
  step: number = DEFAULT_STEP,
): number[][] {
  if (!isNumberArray(x)) return [];
  const n = x.length;
  if (typeof f !== 'function') return nanMatrix(n, n);
  const relative = step > 0 && Number.isFinite(step) ? step : DEFAULT_STEP;
  const base = Float64Array.from(x);
  const h = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const xi = base[i] as number;
    const up = xi + relative * Math.max(1, Math.abs(xi));
    h[i] = up - xi;
  }
  const at = (i: number, si: number, j: number, sj: number): number => {
    const point = Float64Array.from(base);
    point[i] = (point[i] as number) + si * (h[i] as number);
    if (j >= 0) point[j] = (point[j] as number) + sj * (h[j] as number);
    return f(point);
  };
  const center = f(Float64Array.from(base));
  const result: number[][] = [];
  for (let i = 0; i < n; i++) result.push(new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    const hi = h[i] as number;
    const value = (at(i, 1, -1, 0) - 2 * center + at(i, -1, -1, 0)) / (hi * hi);
    (result[i] as number[])[i] = Number.isFinite(value) ? value : Number.NaN;
    for (let j = 0; j < i; j++) {
      const hj = h[j] as number;
      const mixed = (at(i, 1, j, 1) - at(i, 1, j, -1) - at(i, -1, j, 1) + at(i, -1, j, -1)) / (4 * hi * hj);
      const entry = Number.isFinite(mixed) ? mixed : Number.NaN;
      (result[i] as number[])[j] = entry;
      (result[j] as number[])[i] = entry;
    }
  }
  return result;
}
