import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { createRandom } from '../core/random/createRandom';
import { sampleBeta } from '../core/random/sampleBeta';
import { sampleExponential } from '../core/random/sampleExponential';
import { sampleGamma } from '../core/random/sampleGamma';
import type { BgNbdParams } from '../clv/bgNbd/types';
import type { GgomNbdParams } from '../clv/ggomNbd/types';
import type { ParetoNbdParams } from '../clv/paretoNbd/types';
import { covariateId } from '../clv/covariates/internal/covariateId';
import { validatePositiveParams } from '../clv/internal/validatePositiveParams';
import type { RfmCustomer } from '../clv/types';

/** Options of {@link simulateCovariateCustomers}. */
export interface CovariateSimulationOptions {
  /** Seed of the random stream (same seed, same customers on every platform). */
  readonly seed: number;
  /** End of observation, measured from the start of the acquisition window (model time units), > 0. */
  readonly T: number;
  /** Length of the acquisition window `[0, birthWindow]` (default 0), < `T`. */
  readonly birthWindow?: number;
}

/** The true coefficients of a simulation, per process, by the names of the covariate rows' numeric fields. */
export interface SimulatedCoefficients {
  /** Purchase coefficients `γ_p` (every model: `alpha_i = alpha·e^{−γ_pᵀz}`). */
  readonly purchase?: Readonly<Record<string, number>>;
  /**
   * Lifetime coefficients `γ_l` (Pareto/NBD and Gamma-Gompertz/NBD `beta_i = beta·e^{−γ_lᵀz}`; BG/NBD
   * `a_i, b_i = a, b·e^{γ_lᵀz}`).
   */
  readonly lifetime?: Readonly<Record<string, number>>;
}

/** A simulated customer: its id and `(frequency, recency, T)`. */
export interface SimulatedCovariateCustomer extends RfmCustomer {
  /** The id of its covariate row. */
  readonly customerId: string | number;
}

/** `Σ γ_j z_j` of a row, every coefficient's field required to be a finite number. */
function linear(fn: string, coefficients: Readonly<Record<string, number>> | undefined, row: Readonly<Record<string, unknown>>, i: number, process: string): number {
  if (coefficients === undefined) return 0;
  if (coefficients === null || typeof coefficients !== 'object' || Array.isArray(coefficients)) {
    throw new InvalidArgumentError(fn, `coefficients.${process}`, 'must be an object { [covariate]: coefficient }, or omitted', coefficients);
  }
  let eta = 0;
  for (const [name, gamma] of Object.entries(coefficients)) {
    if (typeof gamma !== 'number' || !Number.isFinite(gamma)) throw new InvalidArgumentError(fn, `coefficients.${process}.${name}`, 'must be a finite number', gamma);
    const z = row[name];
    if (typeof z !== 'number' || !Number.isFinite(z)) throw new InvalidArgumentError(fn, `covariates[${i}].${name}`, `must be a finite number (the coded covariate of coefficients.${process}.${name})`, z);
    eta += gamma * z;
  }
  return eta;
}

/**
 * Simulates Pareto/NBD, BG/NBD or Gamma-Gompertz/NBD customers with static covariates: one customer per covariate row,
 * its parameters scaled by its covariates, a seeded, reproducible `(frequency, recency, T)` sample.
 *
 * @remarks
 * Row `i` with coded covariates `z` (numeric fields named as the coefficients, e.g. `age` or
 * `'channel=web'`) has, as `fitCovariateModel` (CLVTools' parametrisation, Fader & Hardie 2007):
 * Pareto/NBD `alpha_i = alpha e^{−γ_pᵀz}`, `beta_i = beta e^{−γ_lᵀz}`; BG/NBD `alpha_i = alpha e^{−γ_pᵀz}`,
 * `a_i = a e^{γ_lᵀz}`, `b_i = b e^{γ_lᵀz}`; Gamma-Gompertz/NBD `alpha_i = alpha e^{−γ_pᵀz}`,
 * `beta_i = beta e^{−γ_lᵀz}` (CLVTools' `ggomnbd`). Then as `simulateParetoNbd` / `simulateBgNbd` /
 * `simulateGgomNbd`: first purchase uniform in `[0, birthWindow]`, `λ ~ Gamma(r, alpha_i)`, and an
 * exponential lifetime `μ ~ Gamma(s, beta_i)`, a dropout chance `p ~ Beta(a_i, b_i)` after each repeat
 * purchase, or a Gompertz lifetime `ln(1 + E/η)/b`, `E ~ Exp(1)`, `η ~ Gamma(s, beta_i)` (Bemmaor & Glady
 * 2012). O(customers + purchases).
 *
 * @param model - `'paretoNbd'`, `'bgNbd'` or `'ggomNbd'`.
 * @param params - The base parameters (all finite and > 0).
 * @param coefficients - `{ purchase, lifetime }` coefficients by covariate name.
 * @param covariates - One row per customer: `customerId` and a finite number for every coefficient's name.
 * @param options - `{ seed, T, birthWindow? }`.
 * @returns One customer per row, in row order, with the row's `customerId`.
 * @throws InvalidArgumentError when the model, a parameter, a coefficient, a row (missing, or its `customerId`
 *   not a non-blank string or safe integer), a covariate or an option is invalid.
 * @example
 * ```ts
 * const rows = [{ customerId: 1, web: 1 }, { customerId: 2, web: 0 }];
 * const data = simulateCovariateCustomers('paretoNbd', { r: 0.55, alpha: 10.6, s: 0.6, beta: 11.7 }, { purchase: { web: 0.5 } }, rows, { seed: 1, T: 39 });
 * data.length; // 2
 * ```
 * @see Fader & Hardie (2007). Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models. http://brucehardie.com/notes/019/
 */
export function simulateCovariateCustomers(
  model: 'paretoNbd' | 'bgNbd' | 'ggomNbd',
  params: ParetoNbdParams | BgNbdParams | GgomNbdParams,
  coefficients: SimulatedCoefficients,
  covariates: readonly ({ readonly customerId: string | number } & Readonly<Record<string, unknown>>)[],
  options: CovariateSimulationOptions,
): SimulatedCovariateCustomer[] {
  const fn = 'simulateCovariateCustomers';
  if (model !== 'paretoNbd' && model !== 'bgNbd' && model !== 'ggomNbd') throw new InvalidArgumentError(fn, 'model', "must be 'paretoNbd', 'bgNbd' or 'ggomNbd'", model);
  const names = model === 'paretoNbd' ? ['r', 'alpha', 's', 'beta'] : model === 'bgNbd' ? ['r', 'alpha', 'a', 'b'] : ['r', 'alpha', 'b', 's', 'beta'];
  validatePositiveParams(fn, params as unknown as Readonly<Record<string, number>>, names);
  if (coefficients === null || typeof coefficients !== 'object') throw new InvalidArgumentError(fn, 'coefficients', 'must be an object { purchase, lifetime }', coefficients);
  if (!Array.isArray(covariates)) throw new InvalidArgumentError(fn, 'covariates', 'must be an array of rows { customerId, ... }', covariates);
  if (options === null || typeof options !== 'object' || typeof options.T !== 'number' || !(options.T > 0) || !Number.isFinite(options.T)) {
    throw new InvalidArgumentError(fn, 'options.T', 'must be a finite number greater than 0', options?.T);
  }
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', options.seed);
  const window = options.birthWindow ?? 0;
  if (typeof window !== 'number' || !(window >= 0 && window < options.T)) throw new InvalidArgumentError(fn, 'options.birthWindow', `must be a number in [0, T) = [0, ${options.T})`, window);
  const p = params as unknown as Readonly<Record<string, number>>;
  const random = createRandom(options.seed);
  const out: SimulatedCovariateCustomer[] = [];
  for (let i = 0; i < covariates.length; i++) {
    const row = covariates[i] as { readonly customerId: string | number } & Readonly<Record<string, unknown>>;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) throw new InvalidArgumentError(fn, `covariates[${i}]`, 'must be a row { customerId, … } (one per customer)', row);
    if (covariateId(row.customerId) === undefined) {
      throw new InvalidArgumentError(fn, `covariates[${i}].customerId`, 'must be a non-blank string or a safe integer (covariates are matched by id)', row.customerId);
    }
    const etaP = linear(fn, coefficients.purchase, row, i, 'purchase');
    const etaL = linear(fn, coefficients.lifetime, row, i, 'lifetime');
    const age = options.T - window * random.next();
    const lambda = sampleGamma(random, p.r as number, (p.alpha as number) * Math.exp(-etaP));
    let t = 0;
    let x = 0;
    let tx = 0;
    if (model === 'paretoNbd' || model === 'ggomNbd') {
      const rate = sampleGamma(random, p.s as number, (p.beta as number) * Math.exp(-etaL));
      const lifetime = model === 'paretoNbd' ? sampleExponential(random, rate) : Math.log1p(sampleExponential(random, 1) / rate) / (p.b as number);
      const end = Math.min(age, lifetime);
      for (;;) {
        t += sampleExponential(random, lambda);
        if (!(t <= end)) break;
        x++;
        tx = t;
      }
    } else {
      const dropout = sampleBeta(random, (p.a as number) * Math.exp(etaL), (p.b as number) * Math.exp(etaL));
      for (;;) {
        t += sampleExponential(random, lambda);
        if (!(t <= age)) break;
        x++;
        tx = t;
        if (random.next() < dropout) break;
      }
    }
    out.push({ customerId: row.customerId, frequency: x, recency: tx, T: age });
  }
  return out;
}
