import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/** Most terms summed: horizons needing more are refused (about 1-2 s of work). @internal */
const MAX_TERMS = 100_000_000;

/**
 * MBG/CNBD-k expected repeat purchases of a new customer for regularity `k`: the body of `MbgCnbdKModel.expectedPurchases` (`mbgCnbdK(k).expectedPurchases`), where its
 * formula, source and example are documented. @internal
 */
export function expectedPurchases(k: number, params: MbgCnbdKParams, t: number): number {
  const fn = 'mbgCnbdK.expectedPurchases';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  const terms = 41 * Math.max(1, r) * (1 + t / alpha);
  if (!(terms <= MAX_TERMS)) {
    const most = (MAX_TERMS / (41 * Math.max(1, r)) - 1) * alpha;
    throw new InvalidArgumentError(fn, 't', `must be at most ${Number(most.toPrecision(6))} for these parameters (the sum needs about 41·max(1, r)·(1 + t/alpha) terms, at most 1e8)`, t);
  }
  const logZ = Math.log(t) - Math.log(alpha + t);
  const z = Math.exp(logZ);
  let logP = -r * Math.log1p(t / alpha); // ln P(N = 0)
  let C = 0; // C(⌊m/k⌋)
  let c = b / (a + b); // B(a, b+j)/B(a, b) of the next j
  let j = 0;
  let sum = 0;
  let compensation = 0;
  for (let m = 1; m <= MAX_TERMS; m++) {
    logP += Math.log((r + m - 1) / m) + logZ;
    if (m % k === 0) {
      j++;
      C += c;
      c *= (b + j) / (a + b + j);
    }
    if (C === 0) continue;
    const term = Math.exp(logP) * C;
    const y = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - y + term : term - y + sum;
    sum = y;
    const ratio = ((r + m) / (m + 1)) * z; // P(N = m+1)/P(N = m)
    if (ratio < 1 && m > k) {
      // Tail bound: the pmf decays at least geometrically from here; C grows at most by a factor 1 + 1/j per step of k.
      const growth = 1 + 1 / (j * k);
      const decay = ratio * growth;
      if (decay < 1 && (term * decay) / (1 - decay) <= 1e-18 * (sum + compensation)) break;
      if (sum + compensation === 0 && logP < -800) break;
    }
  }
  return sum + compensation;
}
