import { assertInteger } from '../../core/validate/assertInteger';
import type { SbgParams } from './types';
import { validateSbgParams } from './validateSbgParams';

/**
 * The sBG survival and retention curves over the first `periods` periods, for charts and projections.
 *
 * @remarks
 * `survival[t] = S(t) = B(α, β+t)/B(α, β)` for `t = 0…periods` (`survival[0] = 1`), built by the exact
 * recursion `S(t) = S(t−1) · r_t`, and `retention[t−1] = r_t = (β+t−1)/(α+β+t−1)` for `t = 1…periods`
 * (Fader & Hardie 2007, eqs. 4 and 6). A cohort of `N` has `N · survival[t]` customers expected at the
 * start of period `t + 1`. O(periods).
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param periods - number of periods, an integer 0–10,000,000
 * @returns `{ survival, retention }` with `periods + 1` and `periods` entries
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `periods` is not an integer 0–10,000,000.
 * @example
 * ```ts
 * shiftedBetaGeometric.survivalCurve({ alpha: 2, beta: 3 }, 2);
 * // { survival: [1, 0.6, 0.39999999999999997], retention: [0.6, 0.6666666666666666] }
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function sbgSurvivalCurve(params: SbgParams, periods: number): { survival: number[]; retention: number[] } {
  const fn = 'shiftedBetaGeometric.survivalCurve';
  validateSbgParams(params, fn);
  assertInteger(fn, 'periods', periods, 0, 10_000_000);
  const { alpha, beta } = params;
  const survival = new Array<number>(periods + 1);
  const retention = new Array<number>(periods);
  survival[0] = 1;
  let s = 1;
  for (let t = 1; t <= periods; t++) {
    const r = (beta + (t - 1)) / (alpha + beta + (t - 1));
    retention[t - 1] = r;
    s *= r;
    survival[t] = s;
  }
  return { survival, retention };
}
