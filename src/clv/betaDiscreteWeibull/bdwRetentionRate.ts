import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { bdwLogRetention } from './internal/bdwLogRetention';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * Retention rate `r_t = S(t)/S(t−1)`: the share of the customers active in period `t` who renew, under
 * the BdW model with duration dependence.
 *
 * @remarks
 * Fader et al. (2018): `r_t = B(α, β + t^c)/B(α, β + (t−1)^c)`. Two forces shape it: the cohort
 * sorts itself (high-churn customers leave first, which lifts `r_t`, as in the sBG model) and each
 * customer's own churn probability `1 − (1 − θ)^(t^c − (t−1)^c)` falls with tenure when `c < 1` and
 * rises when `c > 1`; with `c > 1` the cohort curve can dip before it rises (U-shaped). With `c = 1`
 * it is the sBG `(β+t−1)/(α+β+t−1)`. `ln r_t` is computed as a double difference of `ln Γ` without
 * cancellation, accurate to about 1e−14 relative even when `r_t` is within 1e−12 of 1. O(1).
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param t - period, an integer ≥ 1 (or an array of them)
 * @returns The retention rate in [0, 1], one per period when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `t` is not an integer ≥ 1.
 * @example
 * ```ts
 * betaDiscreteWeibull.retentionRate({ alpha: 0.7, beta: 1.2, c: 0.8 }, [1, 2, 10]); // [0.631578947368421, 0.8069765692338976, 0.9510092250221518]
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 */
export function bdwRetentionRate(params: BdwParams, t: number): number;
export function bdwRetentionRate(params: BdwParams, t: readonly number[]): number[];
export function bdwRetentionRate(params: BdwParams, t: number | readonly number[]): number | number[] {
  const fn = 'betaDiscreteWeibull.retentionRate';
  validateBdwParams(params, fn);
  const { alpha, beta, c } = params;
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 1', v);
    }
    return Math.exp(bdwLogRetention(alpha, beta, c, v));
  };
  return Array.isArray(t) ? (t as readonly number[]).map((v, i) => one(v, `t[${i}]`)) : one(t as number, 't');
}
