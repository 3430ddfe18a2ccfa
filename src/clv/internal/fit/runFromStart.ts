import { minimizeBfgs } from '../../../core/optimize/minimizeBfgs';
import { minimizeNelderMead } from '../../../core/optimize/minimizeNelderMead';
import type { FitControl } from './createFitControl';
import type { FitObjective, FitRun } from './types';

/**
 * One optimisation run of `fitModel` from θ₀: Nelder–Mead first when the model has no analytic gradient
 * or the objective is not finite at θ₀, then BFGS; when BFGS with the analytic gradient fails, a retry
 * from the Nelder–Mead basin, kept if it converged or ended lower. Each optimiser stops early once the
 * signal is aborted, and the run then throws `ABORTED`. @internal
 */
export function runFromStart(
  fit: FitObjective,
  start: Float64Array,
  index: number,
  maxIterations: number,
  tolerance: number,
  control: FitControl,
): FitRun {
  const { objective, gradient } = fit;
  const dim = start.length;
  const nelderMead = (from: ArrayLike<number>, before: number) => {
    const onIteration = control.hook(index, 'nelderMead', before);
    const base = { maxIterations: Math.min(200 * dim, maxIterations) };
    const result = minimizeNelderMead((t) => objective(t), from, onIteration === undefined ? base : { ...base, onIteration });
    control.throwIfAborted();
    return result;
  };
  const bfgs = (from: ArrayLike<number>, before: number) => {
    const onIteration = control.hook(index, 'bfgs', before);
    const base = gradient === undefined ? { maxIterations, gradientTolerance: tolerance } : { maxIterations, gradientTolerance: tolerance, gradient };
    const result = minimizeBfgs((t) => objective(t), from, onIteration === undefined ? base : { ...base, onIteration });
    control.throwIfAborted();
    return result;
  };

  let x0: number[] = Array.from(start);
  let iterations = 0;
  if (gradient === undefined || !Number.isFinite(objective(x0))) {
    const nm = nelderMead(x0, iterations);
    iterations += nm.iterations;
    if (Number.isFinite(nm.value)) x0 = nm.x;
  }
  let result = bfgs(x0, iterations);
  iterations += result.iterations;
  if (!result.converged && gradient !== undefined) {
    // Retry from the Nelder–Mead basin when the direct quasi-Newton run failed.
    const nm = nelderMead(x0, iterations);
    iterations += nm.iterations;
    const retry = bfgs(nm.x, iterations);
    iterations += retry.iterations;
    if (retry.value <= result.value || retry.converged) result = retry;
  }
  return {
    start,
    theta: Float64Array.from(result.x),
    value: result.value,
    converged: result.converged,
    iterations,
    message: result.message,
  };
}
