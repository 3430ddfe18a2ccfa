import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { bgBbLogSurvivalSum } from './bgBbLogSurvivalSum';
import { MAX_OPPORTUNITIES } from './checkDiscreteCustomer';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

/**
 * Expected number of purchases `E[X(n)]` of a new BG/BB customer in the first `n` opportunities.
 *
 * @remarks
 * Fader, Hardie & Shang (2010), eq. 7:
 * `E[X(n)] = α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)Γ(1+δ+n) / (Γ(γ+δ+n)Γ(1+δ))]`,
 * i.e. the mean purchase probability times `Σ_{t=1}^{n} B(γ, δ+t)/B(γ, δ)`, the expected number of
 * opportunities alive. The bracket is evaluated as `−expm1(Σ_j log1p((1−γ)/(γ+δ+j)))` (a log-gamma ratio
 * difference for long products), so the removable singularity at `γ = 1` has its limit
 * `α/(α+β) · δ · Σ_{j<n} 1/(1+δ+j)` and values near it keep full precision. O(min(n, 256)).
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param n - number of opportunities, an integer 0 to 1,000,000 (or an array of them)
 * @returns `E[X(n)]` (≥ 0, 0 at `n = 0`), one per `n` when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `n` is not an integer 0 to 1,000,000 (the supported range).
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * bgBb.expectedPurchases(params, 6); // 2.2113893018137745
 * bgBb.expectedPurchases(params, [0, 1, 11]); // [0, 0.4973166368515206, 3.3723463141852656]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function bgBbExpectedPurchases(params: BgBbParams, n: number): number;
export function bgBbExpectedPurchases(params: BgBbParams, n: readonly number[]): number[];
export function bgBbExpectedPurchases(params: BgBbParams, n: number | readonly number[]): number | number[] {
  const fn = 'bgBb.expectedPurchases';
  validateBgBbParams(params, fn);
  const meanP = params.alpha / (params.alpha + params.beta);
  const one = (value: number, path: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_OPPORTUNITIES) {
      throw new InvalidArgumentError(fn, path, 'must be an integer 0-1000000 (the supported range)', value);
    }
    return meanP * Math.exp(bgBbLogSurvivalSum(params.gamma, params.delta, 0, value));
  };
  return Array.isArray(n) ? (n as readonly number[]).map((v, i) => one(v, `n[${i}]`)) : one(n as number, 'n');
}
