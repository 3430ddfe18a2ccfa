import { sampleBeta } from '../core/random/sampleBeta';
import { sampleGeometric } from '../core/random/sampleGeometric';
import type { SbgParams } from '../clv/shiftedBetaGeometric/types';
import { validateSbgParams } from '../clv/shiftedBetaGeometric/validateSbgParams';
import { simulateCohortSurvivors } from './internal/simulateCohortSurvivors';

/** Options of {@link simulateShiftedBetaGeometric}. */
export interface ShiftedBetaGeometricSimulationOptions {
  /** Customers acquired at the start, an integer ≥ 1. */
  readonly cohortSize: number;
  /** Periods to follow the cohort, an integer ≥ 1. */
  readonly periods: number;
  /** Seed of the random stream (same seed, same counts on every platform). */
  readonly seed: number;
}

/**
 * Simulates a contractual cohort from the shifted-beta-geometric model: the number of customers still
 * active at the start of each period, `[N, N_1, …, N_periods]`, ready for `fitModel(shiftedBetaGeometric, …)`.
 *
 * @remarks
 * Per customer, in this order of random draws: `θ ~ Beta(alpha, beta)`, then the lifetime
 * `T ~ Geometric(θ)` (periods until the first non-renewal, ≥ 1; Fader & Hardie 2007, §2). The customer
 * is active at the start of period `t + 1` when `T > t`. O(cohortSize + periods).
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param options - `{ cohortSize, periods, seed }`
 * @returns The active counts, `periods + 1` non-increasing integers starting with `cohortSize`
 * @throws `INVALID_ARGUMENT` when a parameter or an option is invalid.
 * @example
 * ```ts
 * simulateShiftedBetaGeometric({ alpha: 0.7, beta: 1.2 }, { cohortSize: 1000, periods: 4, seed: 7 });
 * // [1000, 623, 476, 388, 336]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function simulateShiftedBetaGeometric(params: SbgParams, options: ShiftedBetaGeometricSimulationOptions): number[] {
  const fn = 'simulateShiftedBetaGeometric';
  validateSbgParams(params, fn);
  return simulateCohortSurvivors(fn, options, (random) => {
    const theta = sampleBeta(random, params.alpha, params.beta);
    return theta > 0 ? sampleGeometric(random, theta) : Number.POSITIVE_INFINITY;
  });
}
