import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { logBeta } from '../../core/special/logBeta';
import { bdwLogSurvival } from './internal/bdwLogSurvival';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * Survival `S(t) = P(T > t)`: the share of a new BdW cohort still active after `t` renewal decisions.
 *
 * @remarks
 * Fader et al. (2018): given `θ` a customer survives `t` periods with probability
 * `(1 − θ)^(t^c)`; mixed over `θ ~ Beta(α, β)`, `S(t) = B(α, β + t^c)/B(α, β)`, `S(0) = 1`. With `c = 1`
 * it is the sBG survival. Evaluated in log space (as a double difference of `ln Γ`, without cancellation, and
 * `−α ln(β + t^c)` asymptotics once `t^c` overflows), so it stays in [0, 1] for any `t` and parameters.
 * The expected number of a cohort of `N` still active at the start of period `t + 1` is `N · S(t)`. O(1)
 * per period.
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param t - number of periods elapsed, an integer ≥ 0 (or an array of them)
 * @returns The survival probability in [0, 1], one per period when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `t` is not an integer ≥ 0.
 * @example
 * ```ts
 * betaDiscreteWeibull.survival({ alpha: 0.7, beta: 1.2, c: 0.8 }, [0, 1, 2]); // [1, 0.631578947368421, 0.5096694121477249]
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 */
export function bdwSurvival(params: BdwParams, t: number): number;
export function bdwSurvival(params: BdwParams, t: readonly number[]): number[];
export function bdwSurvival(params: BdwParams, t: number | readonly number[]): number | number[] {
  const fn = 'betaDiscreteWeibull.survival';
  validateBdwParams(params, fn);
  const { alpha, beta, c } = params;
  const lb = logBeta(alpha, beta);
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 0', v);
    }
    return Math.exp(bdwLogSurvival(alpha, beta, c, lb, v));
  };
  return Array.isArray(t) ? (t as readonly number[]).map((v, i) => one(v, `t[${i}]`)) : one(t as number, 't');
}
