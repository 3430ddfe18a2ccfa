import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { logBeta } from '../../core/special/logBeta';
import { logSumExp } from '../../core/special/logSumExp';
import { MAX_OPPORTUNITIES } from './checkDiscreteCustomer';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

/**
 * Probability `P(X(n) = x)` that a new BG/BB customer makes exactly `x` purchases in `n` opportunities.
 *
 * @remarks
 * Fader, Hardie & Shang (2010), eq. 8:
 * `P(X(n)=x) = C(n,x) B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *            + Σ_{i=x}^{n−1} C(i,x) B(α+x, β+i−x)/B(α,β) · B(γ+1, δ+i)/B(γ,δ)`
 * (alive through all `n`, or dead right after opportunity `i` with `x` purchases among the first `i`).
 * Every term in log space (binomial coefficients by `ln B`), summed by log-sum-exp. Zero for `x > n`.
 * O(n − x).
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param x - number of purchases, an integer ≥ 0 (or an array of them)
 * @param n - number of opportunities, an integer 0 to 1,000,000 (the sum over opportunities is O(n))
 * @returns The probability in [0, 1], one per `x` when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `x` is not an integer ≥ 0, or `n` not an integer 0 to 1,000,000.
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * bgBb.probabilityOfPurchases(params, [0, 6], 6); // [0.312683461441708, 0.11209793083675053]
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function bgBbProbabilityOfPurchases(params: BgBbParams, x: number, n: number): number;
export function bgBbProbabilityOfPurchases(params: BgBbParams, x: readonly number[], n: number): number[];
export function bgBbProbabilityOfPurchases(params: BgBbParams, x: number | readonly number[], n: number): number | number[] {
  const fn = 'bgBb.probabilityOfPurchases';
  validateBgBbParams(params, fn);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_OPPORTUNITIES) {
    throw new InvalidArgumentError(fn, 'n', 'must be an integer 0-1000000 (the supported range)', n);
  }
  const { alpha, beta, gamma, delta } = params;
  const lbA = logBeta(alpha, beta);
  const lbG = logBeta(gamma, delta);
  const logChoose = (m: number, k: number): number => (k === 0 || k === m ? 0 : -Math.log(m + 1) - logBeta(k + 1, m - k + 1));
  const one = (value: number, path: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new InvalidArgumentError(fn, path, 'must be an integer at least 0', value);
    }
    if (value > n) return 0;
    const terms = new Float64Array(n - value + 1);
    terms[0] = logChoose(n, value) + logBeta(alpha + value, beta + (n - value)) - lbA + logBeta(gamma, delta + n) - lbG;
    for (let i = value; i < n; i++) {
      terms[i - value + 1] =
        logChoose(i, value) + logBeta(alpha + value, beta + (i - value)) - lbA + logBeta(gamma + 1, delta + i) - lbG;
    }
    const p = Math.exp(logSumExp(terms));
    return p > 1 ? 1 : p;
  };
  return Array.isArray(x) ? (x as readonly number[]).map((v, i) => one(v, `x[${i}]`)) : one(x as number, 'x');
}
