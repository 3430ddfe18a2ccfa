import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { choleskyDecomposition } from '../core/linalg/choleskyDecomposition';
import { createRandom } from '../core/random/createRandom';
import { sampleNormal } from '../core/random/sampleNormal';
import type { FitResult } from './fitModel';
import type { ModelName, ModelParams } from './types';

/**
 * What {@link drawParameters} reads of a fit: the result of `fitModel` fits as it is (also after
 * `serializeFit` / `parseFit`).
 */
export type DrawableFit<P extends ModelParams> = Pick<FitResult<P>, 'model' | 'params' | 'parameterNames' | 'logCovariance' | 'notIdentified'> & {
  /** Lower bounds the fit enforced (`params_j = bound + e^θ_j`); absent or `{}` for an unconstrained fit. */
  readonly constraints?: FitResult<P>['constraints'];
};

/** Options of {@link drawParameters}. */
export interface DrawParametersOptions {
  /** Number of draws, an integer from 1 to 1,000,000. */
  readonly draws: number;
  /** Seed of the random stream (any finite number; its integer part is used, see `createRandom`). */
  readonly seed: number;
  /**
   * What to do with the parameters in the fit's `notIdentified` (no covariance for them): `'throw'`
   * (default) refuses with `UNDEFINED_RESULT` naming each one and its reason; `'hold'` keeps them at
   * their estimates in every draw (listed in `held`), drawing the others from their own covariance block.
   * Holding understates the uncertainty: say so wherever the draws are used.
   */
  readonly notIdentified?: 'throw' | 'hold';
}

/** The result of {@link drawParameters}: one column of draws per parameter. */
export interface ParameterDraws<P extends ModelParams> {
  /** The fitted model. */
  readonly model: ModelName;
  /** Parameter names, in the fit's order. */
  readonly parameterNames: readonly (keyof P & string)[];
  /** The estimates the draws are centred on (the fit's `params`). */
  readonly estimate: P;
  /** Draws per parameter: `columns.r[d]` is parameter `r` in draw `d`. */
  readonly columns: { readonly [K in keyof P]: number[] };
  /** Number of draws. */
  readonly draws: number;
  /** The seed used. */
  readonly seed: number;
  /** Parameters held at their estimates (`notIdentified: 'hold'`); empty when every one was drawn. */
  readonly held: (keyof P & string)[];
}

const fn = 'drawParameters';

/**
 * Draws parameter vectors from a fit's estimated sampling distribution: multivariate normal on the scale
 * the fit works on (the log-parameters), so every draw is positive and respects the fit's bounds.
 *
 * @remarks
 * `fitModel` optimises `θ_j = ln(params_j − bound_j)` (bound 0 without constraints) and reports
 * `logCovariance = H⁻¹`, the inverse Hessian of the negative log-likelihood in `θ` (the asymptotic
 * covariance of the maximum-likelihood estimate). Each draw is `θ⁽ᵈ⁾ = θ̂ + L z`, `z ~ N(0, I)`,
 * `L Lᵀ = logCovariance` (Cholesky), mapped back as `params_j = bound_j + (paramŝ_j − bound_j) e^{(Lz)_j}`:
 * the parametric simulation from the asymptotic distribution of King, Tomz & Wittenberg (2000). The normals come from one seeded stream
 * (`createRandom(seed)`, Box–Muller, `k` normals per draw in `parameterNames` order, `k` the number of
 * drawn parameters), so the same fit, draws and seed give the same columns on every platform. The median
 * of each column tends to the estimate and its 5 % and 95 % quantiles to the fit's 90 % confidence interval.
 * Parameters the fit does not identify have no covariance: refused, or held fixed on request.
 * Cost: O(k³) once, then O(draws · k²); 1,000 draws of four parameters take well under a millisecond.
 *
 * @param fit - A fit from `fitModel` (any model): `model`, `params`, `parameterNames`, `logCovariance`,
 *   `notIdentified`, and `constraints` when it had bounds.
 * @param options - `draws`, `seed`, and `notIdentified` (`'throw'` or `'hold'`).
 * @returns One array of draws per parameter, with the estimate, the seed and the held parameters.
 * @throws InvalidArgumentError when `fit` is not a fit with a covariance, or an option is invalid.
 * @throws UndefinedResultError when the fit does not identify some parameter (each is named with its
 *   reason) and `notIdentified` is not `'hold'`, or the covariance of the identified ones is not
 *   positive definite.
 * @example
 * ```ts
 * const fit = fitModel(bgNbd, simulateBgNbd({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, { customers: 2000, seed: 1, T: 39 }));
 * const draws = drawParameters(fit, { draws: 1000, seed: 7 });
 * draws.columns.r.length; // 1000
 * draws.columns.r.every((v) => v > 0); // true
 * drawParameters(fit, { draws: 1000, seed: 7 }).columns.r[0] === draws.columns.r[0]; // true
 * ```
 * @see King, G., Tomz, M. & Wittenberg, J. (2000). Making the most of statistical analyses: improving
 * interpretation and presentation. American Journal of Political Science 44(2), 347–361.
 * https://doi.org/10.2307/2669316
 */
export function drawParameters<P extends ModelParams>(fit: DrawableFit<P>, options: DrawParametersOptions): ParameterDraws<P> {
  const names = readFit(fit);
  if (typeof fit.model !== 'string') throw new InvalidArgumentError(fn, 'fit.model', 'must be the name of the fitted model, e.g. "bgNbd"', fit.model);
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object { draws, seed }', options);
  const { draws, seed } = options;
  if (typeof draws !== 'number' || !Number.isInteger(draws) || draws < 1 || draws > 1_000_000) {
    throw new InvalidArgumentError(fn, 'options.draws', 'must be an integer from 1 to 1,000,000', draws);
  }
  if (typeof seed !== 'number' || !Number.isFinite(seed)) throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', seed);
  const policy = options.notIdentified ?? 'throw';
  if (policy !== 'throw' && policy !== 'hold') throw new InvalidArgumentError(fn, 'options.notIdentified', "must be 'throw' or 'hold'", policy);

  const { free, held } = splitIdentified(fit, names, policy);
  const L = choleskyOf(fit, free);
  const k = free.length;
  const bound = names.map((name) => fit.constraints?.[name]?.greaterThan ?? 0);
  const above = names.map((name, j) => (fit.params[name] as number) - (bound[j] as number));
  const columns: Record<string, number[]> = {};
  for (const name of names) columns[name] = new Array<number>(draws);
  const random = createRandom(seed);
  const z = new Float64Array(k);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < k; i++) z[i] = sampleNormal(random, 0, 1);
    for (let j = 0; j < names.length; j++) (columns[names[j] as string] as number[])[d] = fit.params[names[j] as string] as number;
    for (let i = 0; i < k; i++) {
      const row = L[i] as number[];
      let dev = 0;
      for (let m = 0; m <= i; m++) dev += (row[m] as number) * (z[m] as number);
      const j = free[i] as number;
      const value = (bound[j] as number) + (above[j] as number) * Math.exp(dev);
      if (!Number.isFinite(value) || !(value > (bound[j] as number))) {
        throw new UndefinedResultError(fn, `draw ${d} of \`${names[j]}\` is not a finite number above its bound (the fit's variance of it is too large to draw from; refit with more data or a penalty)`, value);
      }
      (columns[names[j] as string] as number[])[d] = value;
    }
  }
  return {
    model: fit.model,
    parameterNames: names as (keyof P & string)[],
    estimate: { ...fit.params },
    columns: columns as { readonly [K in keyof P]: number[] },
    draws,
    seed,
    held: held as (keyof P & string)[],
  };
}

/** The parameter names of a fit that has a covariance (checked). */
function readFit(fit: unknown): string[] {
  const f = fit as Partial<DrawableFit<ModelParams>> | null;
  if (f === null || typeof f !== 'object' || f.params === null || typeof f.params !== 'object' || !Array.isArray(f.parameterNames) || !Array.isArray(f.logCovariance)) {
    throw new InvalidArgumentError(fn, 'fit', 'must be a fit from fitModel (with params, parameterNames and logCovariance)', fit);
  }
  const names = f.parameterNames as string[];
  if (f.logCovariance.length !== names.length) {
    throw new InvalidArgumentError(fn, 'fit.logCovariance', `must be a ${names.length} × ${names.length} matrix (one row per parameter)`, f.logCovariance);
  }
  for (const name of names) {
    const v = (f.params as Record<string, unknown>)[name];
    const bound = f.constraints?.[name]?.greaterThan ?? 0;
    if (typeof v !== 'number' || !Number.isFinite(v) || !(v > bound)) {
      throw new InvalidArgumentError(fn, `fit.params.${name}`, `must be a finite number greater than ${bound}`, v);
    }
  }
  return names;
}

/** The indices of the parameters to draw and the names held (or the error naming the unidentified ones). */
function splitIdentified(fit: DrawableFit<ModelParams>, names: readonly string[], policy: 'throw' | 'hold'): { free: number[]; held: string[] } {
  const reasons: Record<string, string> = {};
  names.forEach((name, j) => {
    const given = (fit.notIdentified as Record<string, string | undefined> | undefined)?.[name];
    const diagonal = (fit.logCovariance[j] as (number | null)[] | undefined)?.[j];
    if (given !== undefined) reasons[name] = given;
    else if (typeof diagonal !== 'number' || !Number.isFinite(diagonal) || diagonal < 0) reasons[name] = 'no variance in logCovariance';
  });
  const held = names.filter((name) => reasons[name] !== undefined);
  if (held.length > 0 && policy === 'throw') {
    const list = held.map((name) => `\`${name}\` (${reasons[name]})`).join('; ');
    throw new UndefinedResultError(
      fn,
      `the fit does not identify ${list}, so there is no sampling distribution to draw them from; pass \`notIdentified: 'hold'\` to keep them at their estimates (understating the uncertainty), or refit (more data, a penalty, or bounds)`,
      reasons,
    );
  }
  const free: number[] = [];
  names.forEach((name, j) => {
    if (reasons[name] === undefined) free.push(j);
  });
  return { free, held };
}

/** The Cholesky factor of the covariance block of the drawn parameters. */
function choleskyOf(fit: DrawableFit<ModelParams>, free: readonly number[]): number[][] {
  const block = free.map((j) =>
    free.map((m) => {
      const v = (fit.logCovariance[j] as (number | null)[])[m];
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new InvalidArgumentError(fn, `fit.logCovariance[${j}][${m}]`, 'must be a finite number for an identified parameter', v);
      }
      return v;
    }),
  );
  for (let i = 0; i < free.length; i++) {
    for (let m = 0; m < i; m++) {
      const row = block[i] as number[];
      row[m] = ((row[m] as number) + ((block[m] as number[])[i] as number)) / 2; // symmetrise rounding
    }
  }
  if (free.length === 0) return [];
  const L = choleskyDecomposition(block);
  if (L === null) {
    throw new UndefinedResultError(fn, 'the covariance of the identified parameters (fit.logCovariance) is not positive definite; refit, or hold the offending parameters', fit.logCovariance);
  }
  return L;
}
