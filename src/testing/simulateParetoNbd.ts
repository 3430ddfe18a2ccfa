import { createRandom } from '../core/random/createRandom';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import type { ParetoNbdParams } from '../clv/paretoNbd/types';
import { resolveSimulationOptions } from '../clv/internal/resolveSimulationOptions';
import type { RfmSimulationOptions } from '../clv/internal/resolveSimulationOptions';
import { validatePositiveParams } from '../clv/internal/validatePositiveParams';
import type { RfmCustomer } from '../clv/types';
import { checkPurchaseBudget } from './internal/checkPurchaseBudget';

/**
 * Simulates customers from the Pareto/NBD model: a seeded, reproducible `(frequency, recency, T)` sample.
 *
 * @remarks
 * Per customer: first purchase uniform in `[0, birthWindow]`, age `T_i = T − birth`; `λ ~ Gamma(r, alpha)`,
 * `μ ~ Gamma(s, beta)`, lifetime `τ ~ Exponential(μ)`; exponential purchase gaps with rate `λ` up to
 * `min(τ, T_i)` (Schmittlein, Morrison & Colombo 1987). O(customers + purchases).
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param options - `{ customers, seed, T, birthWindow? }`.
 * @returns One `RfmCustomer` per simulated customer.
 * @throws InvalidArgumentError when a parameter or an option is invalid, or when the parameters imply more
 * than 1e8 purchases in all (rates far outside the realistic range, such as `r = 1e308`).
 * @example
 * ```ts
 * const data = simulateParetoNbd({ r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 }, { customers: 3, seed: 1, T: 39 });
 * data.length; // 3
 * ```
 * @see Schmittlein, Morrison & Colombo (1987). Management Science 33(1), 1–24. doi:10.1287/mnsc.33.1.1
 */
export function simulateParetoNbd(params: ParetoNbdParams, options: RfmSimulationOptions): RfmCustomer[] {
  const fn = 'simulateParetoNbd';
  validatePositiveParams(fn, params, ['r', 'alpha', 's', 'beta']);
  const window = resolveSimulationOptions(fn, options);
  const random = createRandom(options.seed);
  const out: RfmCustomer[] = [];
  let drawn = 0;
  for (let i = 0; i < options.customers; i++) {
    const age = options.T - window * random.next();
    const lambda = sampleGamma(random, params.r, params.alpha);
    const mu = sampleGamma(random, params.s, params.beta);
    const end = Math.min(age, sampleExponential(random, mu));
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += sampleExponential(random, lambda);
      if (!(t <= end)) break;
      x++;
      checkPurchaseBudget(fn, ++drawn, params);
      tx = t;
    }
    out.push({ frequency: x, recency: tx, T: age });
  }
  return out;
}
