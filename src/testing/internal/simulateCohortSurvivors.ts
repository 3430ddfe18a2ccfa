import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { createRandom } from '../../core/random/createRandom';
import type { Random } from '../../core/random/types';
import { assertInteger } from '../../core/validate/assertInteger';
import type { ShiftedBetaGeometricSimulationOptions } from '../simulateShiftedBetaGeometric';

/**
 * A contractual cohort followed period by period: checks `{ cohortSize, periods, seed }`, draws each
 * customer's lifetime in whole periods with `drawLifetime` (Infinity or anything past `periods` for a
 * customer still active at the end), and returns the customers active at the start of each period,
 * `[N, N_1, …, N_periods]`. The public simulators (`simulateShiftedBetaGeometric`,
 * `simulateBetaDiscreteWeibull`) differ only in the lifetime they draw. @internal
 */
export function simulateCohortSurvivors(
  fn: string,
  options: ShiftedBetaGeometricSimulationOptions,
  drawLifetime: (random: Random, periods: number) => number,
): number[] {
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(fn, 'options', 'must be an object { cohortSize, periods, seed }', options);
  }
  assertInteger(fn, 'options.cohortSize', options.cohortSize, 1, 10_000_000);
  assertInteger(fn, 'options.periods', options.periods, 1, 10_000_000);
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', options.seed);
  }
  const periods = options.periods;
  // churned[t] = customers whose lifetime is exactly t (t = 1 … periods); longer lifetimes are not needed.
  const churned = new Array<number>(periods + 1).fill(0);
  const random = createRandom(options.seed);
  for (let i = 0; i < options.cohortSize; i++) {
    const lifetime = drawLifetime(random, periods);
    if (lifetime <= periods) churned[lifetime] = (churned[lifetime] as number) + 1;
  }
  const active = new Array<number>(periods + 1);
  active[0] = options.cohortSize;
  for (let t = 1; t <= periods; t++) active[t] = (active[t - 1] as number) - (churned[t] as number);
  return active;
}
