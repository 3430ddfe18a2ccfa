import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { logBeta } from '../../core/special/logBeta';
import type { SbgParams } from './types';
import { validateSbgParams } from './validateSbgParams';

/**
 * Survival `S(t) = P(T > t)`: the share of a new sBG cohort still active after `t` renewal decisions.
 *
 * @remarks
 * Fader & Hardie (2007), eq. 4: `S(t) = B(α, β+t)/B(α, β)`, `S(0) = 1`, `S(t) = 1 − Σ_{k≤t} P(T=k)`,
 * evaluated in log space (no cancellation for large `t`). The expected number of a cohort of `N` still
 * active at the start of period `t + 1` is `N · S(t)`. O(1) per period.
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param t - number of periods elapsed, an integer ≥ 0 (or an array of them)
 * @returns The survival probability in (0, 1], one per period when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `t` is not an integer ≥ 0.
 * @example
 * ```ts
 * shiftedBetaGeometric.survival({ alpha: 0.7, beta: 1.2 }, [0, 1, 2]); // [1, 0.6315789473684209, 0.4791288566243194]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function sbgSurvival(params: SbgParams, t: number): number;
export function sbgSurvival(params: SbgParams, t: readonly number[]): number[];
export function sbgSurvival(params: SbgParams, t: number | readonly number[]): number | number[] {
  const fn = 'shiftedBetaGeometric.survival';
  validateSbgParams(params, fn);
  const { alpha, beta } = params;
  const lb = logBeta(alpha, beta);
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 0', v);
    }
    return v === 0 ? 1 : Math.min(1, Math.exp(logBeta(alpha, beta + v) - lb));
  };
  return Array.isArray(t) ? (t as readonly number[]).map((v, i) => one(v, `t[${i}]`)) : one(t as number, 't');
}
