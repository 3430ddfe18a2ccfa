import { createRandom } from '../core/random/createRandom';
import { sampleBeta } from '../core/random/sampleBeta';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import type { BgNbdParams } from '../clv/bgNbd/types';
import { resolveSimulationOptions } from '../clv/internal/resolveSimulationOptions';
import type { RfmSimulationOptions } from '../clv/internal/resolveSimulationOptions';
import { validatePositiveParams } from '../clv/internal/validatePositiveParams';
import type { RfmCustomer } from '../clv/types';
import { checkPurchaseBudget } from './internal/checkPurchaseBudget';

/**
 * Simulates customers from the BG/NBD model: a seeded, reproducible `(frequency, recency, T)` sample.
 *
 * @remarks
 * Per customer: first purchase uniform in `[0, birthWindow]`, age `T_i = T − birth`; `λ ~ Gamma(r, alpha)`,
 * `p ~ Beta(a, b)`; exponential gaps with rate `λ` until the age is reached, and after each repeat purchase
 * the customer drops out with probability `p` (Fader, Hardie & Lee 2005, §2). O(customers + purchases).
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param options - `{ customers, seed, T, birthWindow? }`.
 * @returns One `RfmCustomer` per simulated customer.
 * @throws InvalidArgumentError when a parameter or an option is invalid, or when the parameters imply more
 * than 1e8 purchases in all (rates far outside the realistic range, such as `r = 1e308`).
 * @example
 * ```ts
 * const data = simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 3, seed: 1, T: 39, birthWindow: 12 });
 * data.length; // 3
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function simulateBgNbd(params: BgNbdParams, options: RfmSimulationOptions): RfmCustomer[] {
  const fn = 'simulateBgNbd';
  validatePositiveParams(fn, params, ['r', 'alpha', 'a', 'b']);
  const window = resolveSimulationOptions(fn, options);
  const random = createRandom(options.seed);
  const out: RfmCustomer[] = [];
  let drawn = 0;
  for (let i = 0; i < options.customers; i++) {
    const age = options.T - window * random.next();
    const lambda = sampleGamma(random, params.r, params.alpha);
    const p = sampleBeta(random, params.a, params.b);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += sampleExponential(random, lambda);
      if (!(t <= age)) break;
      x++;
      checkPurchaseBudget(fn, ++drawn, params);
      tx = t;
      if (random.next() < p) break;
    }
    out.push({ frequency: x, recency: tx, T: age });
  }
  return out;
}
