import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { log1mExp } from '../../core/special/log1mExp';
import { logBeta } from '../../core/special/logBeta';
import { bdwLogRetention } from './internal/bdwLogRetention';
import { bdwLogSurvival } from './internal/bdwLogSurvival';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * Probability `P(T = t)` that a new BdW customer churns in period `t` (is active in periods `1…t` and
 * does not renew at the end of period `t`).
 *
 * @remarks
 * Fader et al. (2018): `P(T = t) = S(t−1) − S(t) = [B(α, β + (t−1)^c) − B(α, β + t^c)]/B(α, β)`,
 * formed as `S(t−1) · (1 − r_t)` in log space: `ln r_t` is a double difference of `ln Γ` computed
 * without cancellation and `ln(1 − r_t)` by `log1mExp`, so the probability keeps its relative accuracy
 * where the two survivals agree to many digits (`c` small, `t` large). With `c = 1` it is the sBG
 * `B(α+1, β+t−1)/B(α, β)`. O(1) per period.
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param t - period, an integer ≥ 1 (or an array of them)
 * @returns The probability in [0, 1], one per period when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `t` is not an integer ≥ 1.
 * @example
 * ```ts
 * betaDiscreteWeibull.churnProbability({ alpha: 0.7, beta: 1.2, c: 0.8 }, [1, 2]); // [0.368421052631579, 0.1219095352206962]
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 */
export function bdwChurnProbability(params: BdwParams, t: number): number;
export function bdwChurnProbability(params: BdwParams, t: readonly number[]): number[];
export function bdwChurnProbability(params: BdwParams, t: number | readonly number[]): number | number[] {
  const fn = 'betaDiscreteWeibull.churnProbability';
  validateBdwParams(params, fn);
  const { alpha, beta, c } = params;
  const lb = logBeta(alpha, beta);
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 1', v);
    }
    return Math.min(1, Math.exp(bdwLogSurvival(alpha, beta, c, lb, v - 1) + log1mExp(bdwLogRetention(alpha, beta, c, v))));
  };
  return Array.isArray(t) ? (t as readonly number[]).map((v, i) => one(v, `t[${i}]`)) : one(t as number, 't');
}
