import { isRandom } from './isRandom';
import { logGamma } from '../special/logGamma';
import type { Random } from './types';

/**
 * Draw the number of successes in `n` Bernoulli(p) trials (inversion for small `n·min(p, 1−p)`, BTRS above).
 *
 * @remarks
 * By symmetry the work is done with `p' = min(p, 1 − p)` and the draw reflected (`n − X`) when `p > ½`.
 * If `n p' < 10`: inversion by sequential search from `P(0) = (1 − p')ⁿ`, with
 * `P(k) = P(k−1) · (n − k + 1) p' / (k (1 − p'))` (Kachitvichyanukul & Schmeiser 1988); one uniform,
 * `O(1 + n p')`. Otherwise Hörmann's transformed rejection with squeeze (BTRS, Hörmann 1993): with
 * `σ = √(n p' (1 − p'))`, `b = 1.15 + 2.53σ`, `a = −0.0873 + 0.0248 b + 0.01 p'`, propose
 * `k = ⌊(2a / (½ − |U − ½|) + b)(U − ½) + n p' + ½⌋` and accept by a squeeze or by the exact log-pmf
 * ratio around the mode; O(1) expected. Mean `np`, variance `np(1 − p)`.
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; `n` not a non-negative integer or `p` outside [0, 1] gives `NaN` (no output consumed).
 *
 * @param random - the generator, from {@link createRandom}
 * @param n - number of trials, an integer ≥ 0 (≤ 2⁵³)
 * @param p - success probability per trial, in [0, 1]
 * @returns an integer in [0, n]
 * @example
 * ```ts
 * sampleBinomial(createRandom(42), 10, 0.3); // 2
 * sampleBinomial(createRandom(42), 1000, 0.5); // 484
 * ```
 * @see Hörmann, W. (1993). The generation of binomial random variates. Journal of Statistical Computation
 * and Simulation 46(1–2), 101–110. https://doi.org/10.1080/00949659308811496
 * @see Kachitvichyanukul, V. & Schmeiser, B. W. (1988). Binomial random variate generation. Communications
 * of the ACM 31(2), 216–222. https://doi.org/10.1145/42372.42381
 */
export function sampleBinomial(random: Random, n: number, p: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isInteger(n) || n < 0 || !(p >= 0 && p <= 1)) return Number.NaN;
  if (n === 0 || p === 0) return 0;
  if (p === 1) return n;
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  const draw = q * n < 10 ? binomialInversion(random, n, q) : binomialBtrs(random, n, q);
  return flip ? n - draw : draw;
}

/** Sequential-search inversion, p ≤ ½ and n p < 10. @internal */
function binomialInversion(random: Random, n: number, p: number): number {
  const q = 1 - p;
  const ratio = p / q;
  let probability = Math.exp(n * Math.log1p(-p));
  let u = random.next();
  let k = 0;
  while (u >= probability && k < n) {
    u -= probability;
    k += 1;
    probability *= ((n - k + 1) / k) * ratio;
    if (probability === 0) break;
  }
  return k;
}

/** Hörmann's BTRS, p ≤ ½ and n p ≥ 10. @internal */
function binomialBtrs(random: Random, n: number, p: number): number {
  const q = 1 - p;
  const spq = Math.sqrt(n * p * q);
  const b = 1.15 + 2.53 * spq;
  const a = -0.0873 + 0.0248 * b + 0.01 * p;
  const c = n * p + 0.5;
  const vr = 0.92 - 4.2 / b;
  const alpha = (2.83 + 5.1 / b) * spq;
  const logOdds = Math.log(p / q);
  const mode = Math.floor((n + 1) * p);
  const h = logGamma(mode + 1) + logGamma(n - mode + 1);
  for (;;) {
    const u = random.next() - 0.5;
    const v = random.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + c);
    if (k < 0 || k > n) continue;
    if (us >= 0.07 && v <= vr) return k;
    const left = Math.log((v * alpha) / (a / (us * us) + b));
    const right = h - logGamma(k + 1) - logGamma(n - k + 1) + (k - mode) * logOdds;
    if (left <= right) return k;
  }
}
