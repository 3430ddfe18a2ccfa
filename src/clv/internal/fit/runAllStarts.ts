import type { FitControl } from './createFitControl';
import { runFromStart } from './runFromStart';
import type { FitObjective, FitRun } from './types';

/**
 * Runs `fitModel`'s optimiser from every starting point (checking the abort signal before each) and
 * returns the runs best first (lowest objective; a non-finite value last). @internal
 */
export function runAllStarts(
  fit: FitObjective,
  starts: readonly Float64Array[],
  maxIterations: number,
  tolerance: number,
  control: FitControl,
): FitRun[] {
  const runs: FitRun[] = [];
  starts.forEach((start, index) => {
    control.throwIfAborted();
    runs.push(runFromStart(fit, start, index, maxIterations, tolerance, control));
  });
  runs.sort((p, q) => (p.value === q.value ? 0 : !(p.value <= q.value) ? 1 : -1));
  return runs;
}
