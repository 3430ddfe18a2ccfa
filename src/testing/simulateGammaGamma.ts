import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleGamma } from '../core/random/sampleGamma';
import type { GammaGammaParams } from '../clv/gammaGamma/types';
import { validateGammaGammaParams } from '../clv/gammaGamma/validateGammaGammaParams';
import type { SpendCustomer } from '../clv/types';

/** One simulated customer's spend. */
export interface SimulatedSpendCustomer extends SpendCustomer {
  /** The customer's true mean transaction value `p/ν` (what `conditionalExpectedSpend` estimates). */
  readonly meanSpend: number;
}

/**
 * Simulates the mean repeat-purchase value of customers with given frequencies from the Gamma-Gamma
 * model (seeded, reproducible).
 *
 * @remarks
 * Per customer, in this order of random draws: `ν ~ Gamma(q, gamma)` (shape `q`, rate `gamma`), then,
 * when `x ≥ 1`, the mean of `x` transaction values `Gamma(p, ν)`, drawn at once as `Gamma(p x, ν x)`
 * (Fader & Hardie 2013, eq. 1). Customers with `x = 0` get `monetaryValue: 0` (and still consume the draw
 * of `ν`, so streams stay aligned). O(customers).
 *
 * @param params - `{ p, q, gamma }`, all finite and > 0
 * @param frequencies - repeat purchases per customer, integers ≥ 0 (e.g. from `simulateBgNbd`)
 * @param options - `{ seed }`
 * @returns One `{ frequency, monetaryValue, meanSpend }` per customer, in the order given
 * @throws `INVALID_ARGUMENT` when a parameter, a frequency or the seed is invalid, or when the parameters
 * give a spend that is not finite (e.g. `p = 1e308`).
 * @example
 * ```ts
 * simulateGammaGamma({ p: 6.25, q: 3.74, gamma: 15.44 }, [0, 3], { seed: 1 }).map((c) => c.frequency); // [0, 3]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. Technical note,
 * http://brucehardie.com/notes/025/
 */
export function simulateGammaGamma(
  params: GammaGammaParams,
  frequencies: readonly number[],
  options: { readonly seed: number },
): SimulatedSpendCustomer[] {
  const fn = 'simulateGammaGamma';
  validateGammaGammaParams(params, fn);
  if (!Array.isArray(frequencies)) throw new InvalidArgumentError(fn, 'frequencies', 'must be an array', frequencies);
  if (options === null || typeof options !== 'object' || typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', options?.seed);
  }
  const random = createRandom(options.seed);
  return frequencies.map((x, i) => {
    if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0) {
      throw new InvalidArgumentError(fn, `frequencies[${i}]`, 'must be an integer from 0 to 2^53 − 1', x);
    }
    const nu = sampleGamma(random, params.q, params.gamma);
    const monetaryValue = x === 0 ? 0 : sampleGamma(random, params.p * x, nu * x);
    const meanSpend = params.p / nu;
    if (!Number.isFinite(meanSpend) || !Number.isFinite(monetaryValue)) {
      throw new InvalidArgumentError(
        fn,
        'params',
        `must give finite spends (customer ${i} drew a mean spend p/ν = ${meanSpend}); use p, q and gamma within 1e-4 to 1e4`,
        params,
      );
    }
    return { frequency: x, monetaryValue, meanSpend };
  });
}
