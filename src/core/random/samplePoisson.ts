import { isRandom } from './isRandom';
import { logGamma } from '../special/logGamma';
import type { Random } from './types';

/**
 * Draw from the Poisson distribution with the given mean (inversion below 10, PTRS above).
 *
 * @remarks
 * Mean `μ < 10`: inversion by sequential search — one uniform `U`, then the smallest `k` with
 * `Σ_{j≤k} e^{−μ} μ^j / j! > U`, using `p_{k} = p_{k−1} μ / k` (Devroye 1986, §X.3.3); expected cost
 * `O(1 + μ)`. Mean `μ ≥ 10`: Hörmann's transformed rejection with squeeze (PTRS, Hörmann 1993): with
 * `b = 0.931 + 2.53√μ`, `a = −0.059 + 0.02483 b`, draw `U − ½` and `V`, propose
 * `k = ⌊(2a / (½ − |U − ½|) + b)(U − ½) + μ + 0.43⌋`, and accept by a squeeze or by comparing with
 * `−μ + k ln μ − lnΓ(k + 1)`; O(1) expected for every mean. Mean and variance `μ`.
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; a mean that is negative or not finite gives `NaN` (no output consumed); mean 0 gives 0.
 *
 * @param random - the generator, from {@link createRandom}
 * @param mean - expected count `μ`, finite, ≥ 0
 * @returns a non-negative integer
 * @example
 * ```ts
 * samplePoisson(createRandom(42), 3); // 1
 * samplePoisson(createRandom(42), 1000); // 969
 * ```
 * @see Hörmann, W. (1993). The transformed rejection method for generating Poisson random variables.
 * Insurance: Mathematics and Economics 12(1), 39–45. https://doi.org/10.1016/0167-6687(93)90997-4
 * @see Devroye, L. (1986). Non-Uniform Random Variate Generation, §X.3. Springer.
 * https://doi.org/10.1007/978-1-4613-8643-8
 */
export function samplePoisson(random: Random, mean: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isFinite(mean) || mean < 0) return Number.NaN;
  if (mean === 0) return 0;
  if (mean < 10) {
    const u = random.next();
    let k = 0;
    let p = Math.exp(-mean);
    let cumulative = p;
    // The cap guards against a cumulative sum that rounds below U in the far tail.
    while (u >= cumulative && k < 1000) {
      k += 1;
      p *= mean / k;
      cumulative += p;
    }
    return k;
  }
  const root = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * root;
  const a = -0.059 + 0.02483 * b;
  const inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random.next() - 0.5;
    const v = random.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    const left = Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b);
    const right = -mean + k * logMean - logGamma(k + 1);
    if (left <= right) return k;
  }
}
