import { sampleBeta } from '../core/random/sampleBeta';
import type { BdwParams } from '../clv/betaDiscreteWeibull/types';
import { validateBdwParams } from '../clv/betaDiscreteWeibull/validateBdwParams';
import { simulateCohortSurvivors } from './internal/simulateCohortSurvivors';
import type { ShiftedBetaGeometricSimulationOptions } from './simulateShiftedBetaGeometric';

/**
 * Simulates a contractual cohort from the beta-discrete-Weibull model: the number of customers still
 * active at the start of each period, `[N, N_1, …, N_periods]`, ready for `fitModel(betaDiscreteWeibull, …)`.
 *
 * @remarks
 * Per customer, in this order of random draws: `θ ~ Beta(alpha, beta)`, then a uniform `U` that sets the
 * lifetime by inversion of `P(T > t | θ) = (1 − θ)^(t^c)` (Fader et al. 2018): with `E = −ln(1 − U)` and
 * `λ = −ln(1 − θ)`, `T = max(1, ⌈(E/λ)^(1/c)⌉)` (formed in logs, so no power overflows). The customer is
 * active at the start of period `t + 1` when `T > t`. With `c = 1` the lifetimes are shifted-geometric, as in
 * `simulateShiftedBetaGeometric` (a different stream of draws, so not the same counts). O(cohortSize +
 * periods).
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param options - `{ cohortSize, periods, seed }`
 * @returns The active counts, `periods + 1` non-increasing integers starting with `cohortSize`
 * @throws `INVALID_ARGUMENT` when a parameter or an option is invalid.
 * @example
 * ```ts
 * simulateBetaDiscreteWeibull({ alpha: 0.7, beta: 1.2, c: 1.3 }, { cohortSize: 1000, periods: 4, seed: 7 });
 * // [1000, 623, 429, 329, 261]
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 */
export function simulateBetaDiscreteWeibull(params: BdwParams, options: ShiftedBetaGeometricSimulationOptions): number[] {
  const fn = 'simulateBetaDiscreteWeibull';
  validateBdwParams(params, fn);
  return simulateCohortSurvivors(fn, options, (random, periods) => {
    const theta = sampleBeta(random, params.alpha, params.beta);
    const exponential = -Math.log1p(-random.next());
    const hazard = -Math.log1p(-theta);
    if (!(hazard > 0)) return Number.POSITIVE_INFINITY; // θ = 0: never churns
    // ln of (E/λ)^(1/c); E = 0 (U = 0) gives −∞, a lifetime of 1.
    const logTime = (Math.log(exponential) - Math.log(hazard)) / params.c;
    if (logTime > Math.log(periods)) return Number.POSITIVE_INFINITY;
    return Math.max(1, Math.ceil(Math.exp(logTime)));
  });
}
