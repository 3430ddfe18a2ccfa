import { assertInteger } from '../../core/validate/assertInteger';
import { logBeta } from '../../core/special/logBeta';
import { bdwLogRetention } from './internal/bdwLogRetention';
import { bdwLogSurvival } from './internal/bdwLogSurvival';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * The BdW survival and retention curves over the first `periods` periods, for charts and projections.
 *
 * @remarks
 * `survival[t] = S(t) = B(α, β + t^c)/B(α, β)` for `t = 0…periods` (`survival[0] = 1`) and
 * `retention[t−1] = r_t = S(t)/S(t−1)` for `t = 1…periods` (Fader et al. 2018), each from its own log-space
 * formula (no error carried along the curve). A cohort of `N` has `N · survival[t]` customers expected
 * at the start of period `t + 1`. O(periods).
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param periods - number of periods, an integer 0–1,000,000 (about 2 µs a period)
 * @returns `{ survival, retention }` with `periods + 1` and `periods` entries
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `periods` is not an integer 0–1,000,000 (the supported range).
 * @example
 * ```ts
 * betaDiscreteWeibull.survivalCurve({ alpha: 2, beta: 3, c: 1.5 }, 2);
 * // { survival: [1, 0.6, 0.30151519016500394], retention: [0.6, 0.5025253169416732] }
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 */
export function bdwSurvivalCurve(params: BdwParams, periods: number): { survival: number[]; retention: number[] } {
  const fn = 'betaDiscreteWeibull.survivalCurve';
  validateBdwParams(params, fn);
  assertInteger(fn, 'periods', periods, 0, 1_000_000);
  const { alpha, beta, c } = params;
  const lb = logBeta(alpha, beta);
  const survival = new Array<number>(periods + 1);
  const retention = new Array<number>(periods);
  survival[0] = 1;
  for (let t = 1; t <= periods; t++) {
    retention[t - 1] = Math.exp(bdwLogRetention(alpha, beta, c, t));
    survival[t] = Math.exp(bdwLogSurvival(alpha, beta, c, lb, t));
  }
  return { survival, retention };
}
