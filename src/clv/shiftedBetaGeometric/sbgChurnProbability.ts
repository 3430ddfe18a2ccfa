import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { logBeta } from '../../core/special/logBeta';
import type { SbgParams } from './types';
import { validateSbgParams } from './validateSbgParams';

/**
 * Probability `P(T = t)` that a new sBG customer churns in period `t` (is active in periods `1…t`
 * and does not renew at the end of period `t`).
 *
 * @remarks
 * Fader & Hardie (2007), eq. 3: `P(T = t) = B(α+1, β+t−1)/B(α, β)`, in log space, so it stays finite and
 * positive for `t` in the millions. Recursion check: `P(1) = α/(α+β)`, `P(t) = P(t−1)(β+t−2)/(α+β+t−1)`.
 * O(1) per period.
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param t - period, an integer ≥ 1 (or an array of them)
 * @returns The probability in (0, 1], one per period when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `t` is not an integer ≥ 1.
 * @example
 * ```ts
 * shiftedBetaGeometric.churnProbability({ alpha: 0.7, beta: 1.2 }, [1, 2]); // [0.3684210526315788, 0.15245009074410157]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function sbgChurnProbability(params: SbgParams, t: number): number;
export function sbgChurnProbability(params: SbgParams, t: readonly number[]): number[];
export function sbgChurnProbability(params: SbgParams, t: number | readonly number[]): number | number[] {
  const fn = 'shiftedBetaGeometric.churnProbability';
  validateSbgParams(params, fn);
  const { alpha, beta } = params;
  const lb = logBeta(alpha, beta);
  const one = (v: number, path: string): number => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 1', v);
    }
    return Math.min(1, Math.exp(logBeta(alpha + 1, beta + (v - 1)) - lb));
  };
  return Array.isArray(t) ? (t as readonly number[]).map((v, i) => one(v, `t[${i}]`)) : one(t as number, 't');
}
