import { numericalGradient } from './numericalGradient';
import type { BfgsOptions, MinimizeResult, ObjectiveFunction } from './types';

const C1 = 1e-4;
const C2 = 0.9;
const MAX_BRACKET = 40;
const MAX_ZOOM = 40;

interface Trial {
  readonly alpha: number;
  readonly x: Float64Array;
  readonly value: number;
  readonly gradient: Float64Array;
}

/**
 * Minimise a smooth function by the BFGS quasi-Newton method with a strong-Wolfe line search.
 *
 * @remarks
 * Keeps an approximation `H_k` of the inverse Hessian and steps along `p_k = −H_k ∇f(x_k)`. The step length
 * `α` satisfies the strong Wolfe conditions `f(x + αp) ≤ f(x) + c₁ α ∇fᵀp` and `|∇f(x + αp)ᵀp| ≤ c₂ |∇fᵀp|`
 * with `c₁ = 10⁻⁴`, `c₂ = 0.9`, found by bracketing and zooming with safeguarded quadratic interpolation
 * (Nocedal & Wright 2006, Algorithms 3.5–3.6). The update is
 * `H_{k+1} = (I − ρ s yᵀ) H_k (I − ρ y sᵀ) + ρ s sᵀ`, `s = x_{k+1} − x_k`, `y = ∇f_{k+1} − ∇f_k`,
 * `ρ = 1 / yᵀs` (ibid. eq. 6.17), skipped when `yᵀs` is not safely positive; `H_0` is the identity rescaled by
 * `yᵀs / yᵀy` before the first update (ibid. eq. 6.20). The first trial step is `min(1, 1/‖∇f‖₂)`, later ones 1.
 *
 * A function value that is `NaN` or `+∞` counts as `+∞`, so the line search shrinks the step back into the
 * region where `f` is defined. Without `options.gradient` the gradient comes from central differences
 * ({@link numericalGradient}, `2n` evaluations each). Stops with `converged: true` when `‖∇f‖∞` is at most
 * `gradientTolerance` or an accepted step changes `f` by at most `functionTolerance · (|f| + functionTolerance)`
 * (the relative test of R's `optim`); with
 * `converged: false` when the iteration cap is reached or no step along either `−H∇f` or `−∇f` decreases
 * `f`; with `converged: false` and the message `'stopped by onIteration'` when `options.onIteration`, called
 * after each accepted step, returns `true`. O(n²) memory and arithmetic per iteration. The input is not
 * modified.
 *
 * Never throws: an empty start, or a start where `f` or its gradient is not finite, gives a result with
 * `converged: false` and the reason in `message` (an exception thrown by `f`, the gradient or
 * `onIteration` propagates).
 *
 * @param f - objective, called with a fresh `Float64Array`
 * @param x0 - starting point, length `n ≥ 1`, where `f` is finite
 * @param options - analytic gradient, tolerances and iteration cap, see {@link BfgsOptions}
 * @returns a {@link MinimizeResult}
 * @example
 * ```ts
 * const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
 * const result = minimizeBfgs(rosenbrock, [-1.2, 1]);
 * result.x.map((v) => v.toFixed(6)); // ['1.000000', '1.000000']
 * result.converged; // true
 * ```
 * @see Nocedal, J. & Wright, S. J. (2006). Numerical Optimization, 2nd ed., §3.5 and §6.1. Springer.
 * https://doi.org/10.1007/978-0-387-40065-5
 * @see Fletcher, R. (1970). A new approach to variable metric algorithms. The Computer Journal 13(3),
 * 317–322. https://doi.org/10.1093/comjnl/13.3.317
 */
export function minimizeBfgs(f: ObjectiveFunction, x0: ArrayLike<number>, options: BfgsOptions = {}): MinimizeResult {
  const n = x0.length;
  const gradientTolerance = options.gradientTolerance ?? 1e-6;
  const functionTolerance = options.functionTolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? Math.max(200, 200 * n);
  let evaluations = 0;
  const evaluate = (point: Float64Array): number => {
    evaluations += 1;
    const value = f(Float64Array.from(point));
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  };
  const analytic = options.gradient;
  const onIteration = options.onIteration;
  const gradientAt = (point: Float64Array): Float64Array =>
    analytic !== undefined
      ? Float64Array.from(analytic(Float64Array.from(point)))
      : numericalGradient(
          (p) => {
            evaluations += 1;
            return f(p);
          },
          point,
          options.gradientStep,
        );
  const finish = (
    x: Float64Array,
    value: number,
    gradient: Float64Array | null,
    iterations: number,
    converged: boolean,
    message: string,
  ): MinimizeResult => ({
    x: Array.from(x),
    value,
    iterations,
    evaluations,
    converged,
    gradientNorm: gradient === null ? Number.NaN : normInf(gradient),
    message,
  });

  let x: Float64Array = Float64Array.from(x0);
  if (n === 0) return finish(x, Number.NaN, null, 0, false, 'empty starting point');
  let value = evaluate(x);
  if (!Number.isFinite(value)) return finish(x, value, null, 0, false, 'objective is not finite at the starting point');
  let gradient: Float64Array = gradientAt(x);
  if (!allFinite(gradient)) return finish(x, value, gradient, 0, false, 'gradient is not finite at the starting point');

  const H = identity(n);
  let fresh = true; // H is the (unscaled) identity
  let iterations = 0;
  for (;;) {
    if (normInf(gradient) <= gradientTolerance) {
      return finish(x, value, gradient, iterations, true, 'gradient norm below tolerance');
    }
    if (iterations >= maxIterations) {
      return finish(x, value, gradient, iterations, false, 'maximum number of iterations reached');
    }
    let direction = multiply(H, gradient, -1);
    if (dot(direction, gradient) >= 0 || !allFinite(direction)) {
      resetIdentity(H);
      fresh = true;
      direction = multiply(H, gradient, -1);
    }
    let trial = lineSearch(x, value, gradient, direction, fresh ? Math.min(1, 1 / norm2(gradient)) : 1);
    if (trial === null && !fresh) {
      resetIdentity(H);
      fresh = true;
      direction = multiply(H, gradient, -1);
      trial = lineSearch(x, value, gradient, direction, Math.min(1, 1 / norm2(gradient)));
    }
    if (trial === null) {
      return finish(x, value, gradient, iterations, false, 'line search failed: no decrease along the descent direction');
    }
    iterations += 1;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = (trial.x[i] as number) - (x[i] as number);
      y[i] = (trial.gradient[i] as number) - (gradient[i] as number);
    }
    const sy = dot(s, y);
    const previous = value;
    x = trial.x;
    value = trial.value;
    gradient = trial.gradient;
    if (sy > 1e-12 * norm2(s) * norm2(y) && Number.isFinite(sy)) {
      if (fresh) {
        const scale = sy / dot(y, y);
        for (let i = 0; i < n; i++) (H[i] as Float64Array)[i] = scale;
        fresh = false;
      }
      updateInverseHessian(H, s, y, sy);
    }
    if (onIteration !== undefined && onIteration({ iteration: iterations, x: x.slice(), value, gradient: gradient.slice() }) === true) {
      return finish(x, value, gradient, iterations, false, 'stopped by onIteration');
    }
    if (Math.abs(previous - value) <= functionTolerance * (Math.abs(value) + functionTolerance)) {
      const converged = true;
      const message =
        normInf(gradient) <= gradientTolerance
          ? 'gradient norm below tolerance'
          : 'relative change in the objective below tolerance';
      return finish(x, value, gradient, iterations, converged, message);
    }
  }

  function lineSearch(
    origin: Float64Array,
    f0: number,
    g0: Float64Array,
    p: Float64Array,
    initial: number,
  ): Trial | null {
    const slope0 = dot(g0, p);
    if (!(slope0 < 0)) return null;
    const at = (alpha: number): { point: Float64Array; value: number } => {
      const point = new Float64Array(n);
      for (let i = 0; i < n; i++) point[i] = (origin[i] as number) + alpha * (p[i] as number);
      return { point, value: evaluate(point) };
    };
    const sufficient = (alpha: number, phi: number): boolean => phi <= f0 + C1 * alpha * slope0;
    const curvature = (slope: number): boolean => Math.abs(slope) <= -C2 * slope0;

    let best: Trial | null = null; // best point that satisfies sufficient decrease
    const consider = (candidate: Trial): void => {
      if (best === null || candidate.value < best.value) best = candidate;
    };
    const withGradient = (alpha: number, point: Float64Array, phi: number): Trial | null => {
      const g = gradientAt(point);
      if (!allFinite(g)) return null;
      return { alpha, x: point, value: phi, gradient: g };
    };

    const zoom = (
      loAlpha: number,
      loValue: number,
      loSlope: number,
      hiAlpha: number,
      hiValue: number,
    ): Trial | null => {
      let lo = loAlpha;
      let fLo = loValue;
      let dLo = loSlope;
      let hi = hiAlpha;
      let fHi = hiValue;
      for (let j = 0; j < MAX_ZOOM; j++) {
        const width = hi - lo;
        let alpha = Number.NaN;
        if (Number.isFinite(fHi)) {
          const denominator = 2 * (fHi - fLo - dLo * width);
          alpha = lo - (dLo * width * width) / denominator;
        }
        const a = Math.min(lo, hi);
        const b = Math.max(lo, hi);
        const margin = 0.1 * (b - a);
        if (!Number.isFinite(alpha) || alpha < a + margin || alpha > b - margin) alpha = lo + 0.5 * width;
        if (alpha === lo || alpha === hi) break;
        const { point, value: phi } = at(alpha);
        if (!sufficient(alpha, phi) || phi >= fLo) {
          hi = alpha;
          fHi = phi;
          continue;
        }
        const candidate = withGradient(alpha, point, phi);
        if (candidate === null) {
          hi = alpha;
          fHi = Number.POSITIVE_INFINITY;
          continue;
        }
        consider(candidate);
        const slope = dot(candidate.gradient, p);
        if (curvature(slope)) return candidate;
        if (slope * (hi - lo) >= 0) {
          hi = lo;
          fHi = fLo;
        }
        lo = alpha;
        fLo = phi;
        dLo = slope;
      }
      return best;
    };

    let previousAlpha = 0;
    let previousValue = f0;
    let previousSlope = slope0;
    let alpha = initial;
    for (let i = 0; i < MAX_BRACKET; i++) {
      const { point, value: phi } = at(alpha);
      if (!sufficient(alpha, phi) || (i > 0 && phi >= previousValue)) {
        return zoom(previousAlpha, previousValue, previousSlope, alpha, phi);
      }
      const candidate = withGradient(alpha, point, phi);
      if (candidate === null) return zoom(previousAlpha, previousValue, previousSlope, alpha, Number.POSITIVE_INFINITY);
      consider(candidate);
      const slope = dot(candidate.gradient, p);
      if (curvature(slope)) return candidate;
      if (slope >= 0) return zoom(alpha, phi, slope, previousAlpha, previousValue);
      previousAlpha = alpha;
      previousValue = phi;
      previousSlope = slope;
      alpha *= 2;
    }
    return best;
  }
}

/** @internal */
function identity(n: number): Float64Array[] {
  const rows: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Float64Array(n);
    row[i] = 1;
    rows.push(row);
  }
  return rows;
}

/** @internal */
function resetIdentity(H: Float64Array[]): void {
  H.forEach((row, i) => {
    row.fill(0);
    row[i] = 1;
  });
}

/** sign · H v. @internal */
function multiply(H: readonly Float64Array[], v: Float64Array, sign: number): Float64Array {
  const out = new Float64Array(v.length);
  H.forEach((row, i) => {
    out[i] = sign * dot(row, v);
  });
  return out;
}

/** @internal */
function updateInverseHessian(H: Float64Array[], s: Float64Array, y: Float64Array, sy: number): void {
  const n = s.length;
  const rho = 1 / sy;
  const Hy = multiply(H, y, 1);
  const yHy = dot(y, Hy);
  const factor = rho * (1 + rho * yHy);
  for (let i = 0; i < n; i++) {
    const row = H[i] as Float64Array;
    const si = s[i] as number;
    const hyi = Hy[i] as number;
    for (let j = 0; j < n; j++) {
      const sj = s[j] as number;
      row[j] = (row[j] as number) + factor * si * sj - rho * (hyi * sj + si * (Hy[j] as number));
    }
  }
}

/** @internal */
function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** @internal */
function norm2(v: Float64Array): number {
  return Math.sqrt(dot(v, v));
}

/** @internal */
function normInf(v: Float64Array): number {
  let max = 0;
  for (const value of v) {
    if (Number.isNaN(value)) return Number.NaN;
    max = Math.max(max, Math.abs(value));
  }
  return max;
}

/** @internal */
function allFinite(v: Float64Array): boolean {
  for (const value of v) if (!Number.isFinite(value)) return false;
  return true;
}
