import { numericalGradient } from './numericalGradient';
import type { MinimizeResult, NelderMeadOptions, ObjectiveFunction } from './types';

/**
 * Minimise a function without derivatives by the Nelder–Mead simplex method with dimension-adaptive
 * parameters.
 *
 * @remarks
 * Keeps `n + 1` vertices sorted by value. Each iteration reflects the worst vertex through the centroid `c`
 * of the others (`x_r = c + ρ(c − x_worst)`), then expands (`c + χ(x_r − c)`), contracts outside
 * (`c + γ(x_r − c)`) or inside (`c + γ(x_worst − c)`), or shrinks every vertex towards the best
 * (`x_best + σ(x_i − x_best)`), following Lagarias et al. (1998). For `n ≥ 2` the coefficients adapt to the
 * dimension, `ρ = 1`, `χ = 1 + 2/n`, `γ = ¾ − 1/(2n)`, `σ = 1 − 1/n` (Gao & Han 2012), which keeps the method
 * effective beyond a handful of parameters; for `n = 1` the classical `1, 2, ½, ½`. No restarts.
 *
 * The initial simplex is `x0` plus one step along each coordinate (see `initialStep`). A function value that
 * is `NaN` or `+∞` counts as `+∞`, so the simplex contracts away from undefined regions. Converged when
 * both the simplex diameter and the spread of values are below their tolerances (see
 * {@link NelderMeadOptions}); `converged` is `false` if the iteration cap is reached first or the simplex
 * collapses without meeting the value test, or `options.onIteration` (called after each iteration with the
 * best vertex) returns `true` (message `'stopped by onIteration'`). `gradientNorm` comes from central
 * differences at the final point (2n extra evaluations, counted; `NaN` when stopped by `onIteration`). Cost per iteration: 1–2 evaluations, or `n` on a shrink, plus
 * O(n²) arithmetic. The input is not modified.
 *
 * Never throws: an empty `x0` gives a result with `converged: false`; if every evaluation is undefined,
 * `value` is `+∞` and `converged` is `false` (an exception thrown by `f` or `onIteration` propagates).
 *
 * @param f - objective, called with a fresh `Float64Array`
 * @param x0 - starting point, length `n ≥ 1`
 * @param options - tolerances, iteration cap and initial simplex size, see {@link NelderMeadOptions}
 * @returns a {@link MinimizeResult}
 * @example
 * ```ts
 * const rosenbrock = (x: Float64Array) => 100 * (x[1]! - x[0]! ** 2) ** 2 + (1 - x[0]!) ** 2;
 * const result = minimizeNelderMead(rosenbrock, [-1.2, 1]);
 * result.x.map((v) => v.toFixed(6)); // ['1.000000', '1.000000']
 * result.converged; // true
 * ```
 * @see Nelder, J. A. & Mead, R. (1965). A simplex method for function minimization. The Computer Journal
 * 7(4), 308–313. https://doi.org/10.1093/comjnl/7.4.308
 * @see Lagarias, J. C., Reeds, J. A., Wright, M. H. & Wright, P. E. (1998). Convergence properties of the
 * Nelder–Mead simplex method in low dimensions. SIAM Journal on Optimization 9(1), 112–147.
 * https://doi.org/10.1137/S1052623496303470
 * @see Gao, F. & Han, L. (2012). Implementing the Nelder–Mead simplex algorithm with adaptive parameters.
 * Computational Optimization and Applications 51(1), 259–277. https://doi.org/10.1007/s10589-010-9329-3
 */
export function minimizeNelderMead(
  f: ObjectiveFunction,
  x0: ArrayLike<number>,
  options: NelderMeadOptions = {},
): MinimizeResult {
  const n = x0.length;
  if (n === 0) {
    return {
      x: [],
      value: Number.NaN,
      iterations: 0,
      evaluations: 0,
      converged: false,
      gradientNorm: Number.NaN,
      message: 'empty starting point',
    };
  }
  const stepTolerance = options.stepTolerance ?? 1e-8;
  const functionTolerance = options.functionTolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? Math.max(1000, 1000 * n);
  const rho = 1;
  const chi = n >= 2 ? 1 + 2 / n : 2;
  const gamma = n >= 2 ? 0.75 - 1 / (2 * n) : 0.5;
  const sigma = n >= 2 ? 1 - 1 / n : 0.5;

  let evaluations = 0;
  const evaluate = (point: Float64Array): number => {
    evaluations += 1;
    const value = f(Float64Array.from(point));
    return Number.isNaN(value) ? Number.POSITIVE_INFINITY : value;
  };

  const vertices: Float64Array[] = [];
  const values: number[] = [];
  const start = Float64Array.from(x0);
  vertices.push(start);
  values.push(evaluate(start));
  for (let i = 0; i < n; i++) {
    const vertex = Float64Array.from(x0);
    const xi = vertex[i] as number;
    const given = options.initialStep;
    const step =
      typeof given === 'number'
        ? given
        : given !== undefined && given[i] !== undefined
          ? (given[i] as number)
          : xi !== 0
            ? 0.05 * Math.abs(xi)
            : 0.00025;
    vertex[i] = xi + step;
    vertices.push(vertex);
    values.push(evaluate(vertex));
  }

  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Float64Array(n);
  const trial = (coefficient: number, from: Float64Array): Float64Array => {
    // centroid + coefficient · (from − centroid)
    const point = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      const c = centroid[j] as number;
      point[j] = c + coefficient * ((from[j] as number) - c);
    }
    return point;
  };

  let iterations = 0;
  let converged = false;
  let message = 'maximum number of iterations reached';
  let stopped = false;
  for (;;) {
    order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    const best = order[0] as number;
    const worst = order[n] as number;
    const secondWorst = order[n - 1] as number;
    const bestVertex = vertices[best] as Float64Array;
    const fBest = values[best] as number;
    const fWorst = values[worst] as number;
    let diameter = 0;
    let size = 1;
    for (let j = 0; j < n; j++) size = Math.max(size, Math.abs(bestVertex[j] as number));
    for (let k = 1; k <= n; k++) {
      const vertex = vertices[order[k] as number] as Float64Array;
      for (let j = 0; j < n; j++) {
        diameter = Math.max(diameter, Math.abs((vertex[j] as number) - (bestVertex[j] as number)));
      }
    }
    if (iterations > 0 && options.onIteration !== undefined) {
      const state = { iteration: iterations, x: bestVertex.slice(), value: fBest, gradient: null };
      if (options.onIteration(state) === true) {
        stopped = true;
        message = 'stopped by onIteration';
        break;
      }
    }
    const spread = fWorst - fBest;
    const spreadOk = spread <= functionTolerance * Math.max(1, Math.abs(fBest));
    if (diameter <= stepTolerance * size && spreadOk) {
      converged = true;
      message = 'simplex diameter and spread of values below tolerance';
      break;
    }
    if (diameter === 0) {
      message = 'simplex collapsed to a point before the values agreed';
      break;
    }
    if (fBest === Number.NEGATIVE_INFINITY) {
      message = 'objective is unbounded below (−∞)';
      break;
    }
    if (iterations >= maxIterations) break;
    iterations += 1;

    centroid.fill(0);
    for (let k = 0; k < n; k++) {
      const vertex = vertices[order[k] as number] as Float64Array;
      for (let j = 0; j < n; j++) centroid[j] = (centroid[j] as number) + (vertex[j] as number) / n;
    }
    const worstVertex = vertices[worst] as Float64Array;
    const reflected = trial(-rho, worstVertex);
    const fReflected = evaluate(reflected);
    if (fReflected < fBest) {
      const expanded = trial(chi, reflected);
      const fExpanded = evaluate(expanded);
      if (fExpanded < fReflected) {
        vertices[worst] = expanded;
        values[worst] = fExpanded;
      } else {
        vertices[worst] = reflected;
        values[worst] = fReflected;
      }
      continue;
    }
    if (fReflected < (values[secondWorst] as number)) {
      vertices[worst] = reflected;
      values[worst] = fReflected;
      continue;
    }
    if (fReflected < fWorst) {
      const outside = trial(gamma, reflected);
      const fOutside = evaluate(outside);
      if (fOutside <= fReflected) {
        vertices[worst] = outside;
        values[worst] = fOutside;
        continue;
      }
    } else {
      const inside = trial(gamma, worstVertex);
      const fInside = evaluate(inside);
      if (fInside < fWorst) {
        vertices[worst] = inside;
        values[worst] = fInside;
        continue;
      }
    }
    for (let k = 1; k <= n; k++) {
      const index = order[k] as number;
      const vertex = vertices[index] as Float64Array;
      const shrunk = new Float64Array(n);
      for (let j = 0; j < n; j++) {
        const b = bestVertex[j] as number;
        shrunk[j] = b + sigma * ((vertex[j] as number) - b);
      }
      vertices[index] = shrunk;
      values[index] = evaluate(shrunk);
    }
  }
  const bestIndex = order[0] as number;
  const x = vertices[bestIndex] as Float64Array;
  const value = values[bestIndex] as number;
  let gradientNorm = Number.NaN;
  if (Number.isFinite(value) && !stopped) {
    const gradient = numericalGradient((point) => {
      evaluations += 1;
      return f(point);
    }, x);
    gradientNorm = 0;
    for (const g of gradient) gradientNorm = Math.max(gradientNorm, Math.abs(g));
  }
  return { x: Array.from(x), value, iterations, evaluations, converged, gradientNorm, message };
}
