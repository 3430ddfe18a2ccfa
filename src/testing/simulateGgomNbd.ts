import { createRandom } from '../core/random/createRandom';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import type { GgomNbdParams } from '../clv/ggomNbd/types';
import { resolveSimulationOptions } from '../clv/internal/resolveSimulationOptions';
import type { RfmSimulationOptions } from '../clv/internal/resolveSimulationOptions';
import { validatePositiveParams } from '../clv/internal/validatePositiveParams';
import type { RfmCustomer } from '../clv/types';

/**
 * Simulates customers from the Gamma-Gompertz/NBD model: a seeded, reproducible `(frequency, recency, T)`
 * sample.
 *
 * @remarks
 * Per customer: first purchase uniform in `[0, birthWindow]`, age `T_i = T − birth`; `λ ~ Gamma(r, alpha)`,
 * Gompertz scale `η ~ Gamma(s, beta)`, lifetime `τ = ln(1 + E/η)/b` with `E ~ Exponential(1)` (the inverse
 * of the Gompertz survival `P(τ > t | η) = exp(−η(e^{bt} − 1))`); exponential purchase gaps with rate `λ`
 * up to `min(τ, T_i)` (Bemmaor & Glady 2012). O(customers + purchases).
 *
 * @param params - `{ r, alpha, b, s, beta }`, all finite and > 0 (`alpha` in the time unit of `T`, `b` per unit).
 * @param options - `{ customers, seed, T, birthWindow? }`.
 * @returns One `RfmCustomer` per simulated customer.
 * @throws InvalidArgumentError when a parameter or an option is invalid.
 * @example
 * ```ts
 * const data = simulateGgomNbd({ r: 0.55, alpha: 10.6, b: 0.05, s: 0.6, beta: 0.5 }, { customers: 3, seed: 1, T: 39 });
 * data.length; // 3
 * ```
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer
 * lifetime model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 */
export function simulateGgomNbd(params: GgomNbdParams, options: RfmSimulationOptions): RfmCustomer[] {
  const fn = 'simulateGgomNbd';
  validatePositiveParams(fn, params, ['r', 'alpha', 'b', 's', 'beta']);
  const window = resolveSimulationOptions(fn, options);
  const random = createRandom(options.seed);
  const out: RfmCustomer[] = [];
  for (let i = 0; i < options.customers; i++) {
    const age = options.T - window * random.next();
    const lambda = sampleGamma(random, params.r, params.alpha);
    const eta = sampleGamma(random, params.s, params.beta);
    const lifetime = Math.log1p(sampleExponential(random, 1) / eta) / params.b;
    const end = Math.min(age, lifetime);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += sampleExponential(random, lambda);
      if (!(t <= end)) break;
      x++;
      tx = t;
    }
    out.push({ frequency: x, recency: tx, T: age });
  }
  return out;
}
