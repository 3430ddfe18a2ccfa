import { logBeta } from '../../../core/special/logBeta';
import type { BdwParams } from '../types';
import { bdwLogSurvival } from './bdwLogSurvival';

/** Most terms summed (a rate of 1e−4 needs about 480,000). */
const MAX_TERMS = 2_000_000;

/**
 * `Σ_{t≥first} exp(ln S(t) − logBase − (t − first) ln(1+d))`,
 * the discounted sums of the BdW value functions (DEL: `first = 0`, `logBase = 0`; DERL: `first = n`,
 * `logBase = ln S(n−1)`).
 *
 * @remarks
 * `S` is non-increasing, so the rest of the series after a term `q` is at most `q/d`: summation stops when
 * that bound is below 1e−17 of the sum, after about `(40 + ln(1/d))/d` terms at most. Neumaier-compensated;
 * every term from its own log-survival (no error carried from term to term). Never throws.
 * @internal
 */
export function bdwDiscountedSum(params: BdwParams, first: number, logBase: number, discountRate: number): number {
  const { alpha, beta, c } = params;
  const lb = logBeta(alpha, beta);
  const logDiscount = Math.log1p(discountRate);
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    const term = Math.exp(bdwLogSurvival(alpha, beta, c, lb, first + k) - logBase - k * logDiscount);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    if (term <= 1e-17 * discountRate * sum) break;
  }
  return sum + compensation;
}
