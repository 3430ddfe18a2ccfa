import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { SbgParams } from './types';
import { validateSbgParams } from './validateSbgParams';

/**
 * Retention rate `r_t = S(t)/S(t−1)`: the share of the customers active in period `t` who renew.
 *
 * @remarks
 * Fader & Hardie (2007), eq. 6: `r_t = (β+t−1)/(α+β+t−1)`. It rises with `t` although no customer's
 * churn probability changes: the cohort sorts itself, the high-churn customers leaving first. O(1).
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param t - period, an integer ≥ 1 (or an array of them)
 * @returns The retention rate in (0, 1), one per period when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `t` is not an integer ≥ 1.
 * @example
 * ```ts
 * shiftedBetaGeometric.retentionRate({ alpha: 0.7, beta: 1.2 }, [1, 2, 10]); // [0.6315789473684211, 0.7586206896551725, 0.9357798165137614]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function sbgRetentionRate(params: SbgParams, t: number): number;
export function sbgRetentionRate(params: SbgParams, t: readonly number[]): number[];
export function sbgRetentionRate(params: SbgParams, t: number | readonly number[]): number | number[] {
  const fn = 'shiftedBetaGeometric.retentionRate';
  validateSbgParams(params, fn);
  const { alpha, beta } = params;
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 1', v);
    }
    return (beta + (v - 1)) / (alpha + beta + (v - 1));
  };
  return Array.isArray(t) ? (t as readonly number[]).map((v, i) => one(v, `t[${i}]`)) : one(t as number, 't');
}
