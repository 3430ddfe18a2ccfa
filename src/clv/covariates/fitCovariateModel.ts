import { AllRowsRejectedError } from '../../core/errors/AllRowsRejectedError';
import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { bgNbd } from '../bgNbd/index';
import type { BgNbdParams } from '../bgNbd/types';
import type { ggomNbd } from '../ggomNbd/index';
import type { GgomNbdParams } from '../ggomNbd/types';
import { fitModel } from '../fitModel';
import { readFitData } from '../internal/fit/readFitData';
import { isSummarizedData } from '../internal/modelClock';
import type { paretoNbd } from '../paretoNbd/index';
import type { ParetoNbdParams } from '../paretoNbd/types';
import type { RfmCustomer, SummarizedData } from '../types';
import { buildCoding } from './internal/buildCoding';
import { buildCovariateDesign } from './internal/buildCovariateDesign';
import { covariateEstimates } from './internal/covariateEstimates';
import { COVARIATE_KERNELS } from './internal/covariateKernels';
import type { CovariateKernel } from './internal/covariateKernels';
import { covariateHessian } from './internal/covariateHessian';
import { covariateObjective } from './internal/covariateObjective';
import { covariateFitReport } from './internal/covariateFitReport';
import { covariateUncertainty } from './internal/covariateUncertainty';
import { optimizeCovariates } from './internal/optimizeCovariates';
import { readCovariateCustomers } from './internal/readCovariateCustomers';
import { subsampleCovariateStart } from './internal/subsampleCovariateStart';
import { readCovariateTable } from './internal/readCovariateTable';
import { resolveCovariateLayout } from './internal/resolveCovariateLayout';
import type { CovariateFitOptions, CovariateFitResult } from './types';

/** A customer of a covariate fit: an id and `(frequency, recency, T)` (optional `weight`). */
export interface CovariateCustomer extends RfmCustomer {
  /** The customer's id, matched with `customerId` of the covariate rows: a non-blank string or a safe integer. */
  readonly customerId: string | number;
}

/**
 * Fits Pareto/NBD, BG/NBD or Gamma-Gompertz/NBD with static (time-invariant) covariates by maximum likelihood: separate
 * covariate sets for the purchase and the lifetime process, each with its own coefficients, the base
 * parameters shared.
 *
 * @remarks
 * The parametrisation of CLVTools (Fader & Hardie 2007; Bachmann, Meierer & Näf 2021): customer `i` with
 * coded covariates `z_p` (purchase) and `z_l` (lifetime) has, in Pareto/NBD, `alpha_i = alpha·e^{−γ_pᵀz_p}`
 * and `beta_i = beta·e^{−γ_lᵀz_l}` (so a positive purchase coefficient raises the mean purchase rate
 * `r/alpha_i`, a positive lifetime coefficient the mean dropout rate `s/beta_i`); in BG/NBD
 * `alpha_i = alpha·e^{−γ_pᵀz_p}`, `a_i = a·e^{γ_lᵀz_l}`, `b_i = b·e^{γ_lᵀz_l}` (the lifetime covariates
 * scale both Beta shapes); in Gamma-Gompertz/NBD `alpha_i = alpha·e^{−γ_pᵀz_p}` and
 * `beta_i = beta·e^{−γ_lᵀz_l}` with `r`, `b`, `s` shared (CLVTools' `ggomnbd` static-covariate model; a
 * positive lifetime coefficient lowers `beta_i`, i.e. raises the Gompertz scale `η ~ Gamma(s, beta_i)` and
 * shortens lifetimes). `r` and `s` are shared. The likelihood is the model's own per customer with
 * these parameters (the library's 2F1-free Pareto/NBD quadrature; the BG/NBD closed form; the
 * Gamma-Gompertz/NBD adaptive Gauss–Kronrod integral of `ggomNbd.logLikelihood`), maximised
 * over `θ = (ln base parameters, coefficients)`: from the plain model's estimate with coefficients 0, by
 * BFGS with the analytic gradient (chain rule from each customer's gradient in its log-parameters)
 * preconditioned by the outer product of the per-customer gradients; on 20,000 unique rows or more,
 * first on a subsample of ~8,000 rows, whose optimum and Hessian start and precondition the full fit. The objective is the mean negative
 * log-likelihood plus `Σ λ_j γ_j²` (`options.l2`, CLVTools' `reg.lambdas`); a name in `options.constrain`
 * has one coefficient shared by both processes (CLVTools' `names.cov.constr`). Standard errors come
 * from the inverse Hessian of the total objective in θ (forward differences of the analytic gradient;
 * with a penalty, of the penalised objective); base parameters by the delta method with intervals
 * `exp(ln p ± z·SE)`, coefficients `γ ± z·SE`. Time is divided by the largest `T` while fitting, as in
 * `fitModel`; results are in the data's unit.
 *
 * Coding (`CovariateSpec`): string and boolean columns, and numeric columns listed in `categorical`,
 * are dummy-coded by treatment contrasts against the first level in sorted order unless `reference` names
 * another (as R's `model.matrix`), coefficients named `column=level`; numeric columns enter as they are,
 * or standardised (sample mean and standard deviation over the customers fitted) when listed in
 * `standardize`, and then each coefficient is also reported per raw unit (`raw`), with the base
 * parameters at raw covariates 0 (`rawScale`). The coding is echoed in `coding`, so predictions code new
 * rows the same way.
 *
 * Missing covariates are not dropped silently: a customer without a row in a process's `data`, or with a
 * missing, `null`, non-finite or blank value, is left out of the fit and listed in `rejected` with its
 * index, field (`'purchase.age'`), reason and value; covariate rows whose id matches no customer are
 * listed in `unmatched`. An invalid history or id throws, as in `fitModel`, and so does a frequency above
 * 2^53 − 1 or an age `T` above 1e12 time units (the likelihood would be NaN). Complexity: O(unique rows ·
 * (8–64 quadrature nodes + covariates)) per evaluation, a few dozen evaluations; Gamma-Gompertz/NBD costs
 * an adaptive integral per row and evaluation (about 5 s for 1,000 customers and three coefficients,
 * measured on a shared 2-core machine), and its start is the plain model fitted to about 600 customers.
 *
 * @param model - `paretoNbd`, `bgNbd` or `ggomNbd`.
 * @param data - Customers `{ customerId, frequency, recency, T }` (optional `weight`), or a summary
 *   `{ customers, options }` from `summarizeTransactions`.
 * @param options - `purchase` and `lifetime` covariate specs, `constrain`, `l2`, `timeUnit` (bare
 *   array), `confidenceLevel`, `maxIterations`, `strict`.
 * @returns Base parameters and coefficients with standard errors and intervals, log-likelihood, AIC/BIC,
 *   convergence, the coding, rejected customers and unmatched rows.
 * @throws InvalidArgumentError when the model, a customer's history (frequency above 2^53 − 1, T above 1e12) or id, a covariate spec or row
 *   (duplicated id, mixed types), `constrain`, `l2` or another option is invalid; the argument and value are named.
 * @throws EmptyInputError when there is no customer.
 * @throws AllRowsRejectedError when every customer lacks covariates.
 * @throws UnitMismatchError when `options.timeUnit` disagrees with a summary's unit.
 * @throws NotConvergedError with `strict: true` when the fit did not converge.
 * @example
 * ```ts
 * const customers = [
 *   { customerId: 'a', frequency: 2, recency: 30.4, T: 38.9 },
 *   { customerId: 'b', frequency: 0, recency: 0, T: 38.9 },
 *   // … many more
 * ];
 * const covariates = [{ customerId: 'a', channel: 'web' }, { customerId: 'b', channel: 'store' }];
 * const fit = fitCovariateModel(paretoNbd, customers, {
 *   purchase: { data: covariates, columns: ['channel'] },
 *   lifetime: { data: covariates, columns: ['channel'] },
 *   timeUnit: 'week',
 * });
 * fit.coefficients.purchase['channel=web'].estimate; // > 0 when web customers buy more often
 * fit.coding.purchase.columns[0]; // { column: 'channel', kind: 'categorical', levels: ['store', 'web'], reference: 'store', … }
 * ```
 * @see Fader & Hardie (2007). Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD
 * models. http://brucehardie.com/notes/019/
 * @see Bachmann, Meierer & Näf (2021). The role of time-varying contextual factors in latent attrition
 * models for customer base analysis. Marketing Science 40(4), 783–809. doi:10.1287/mksc.2020.1254
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer lifetime
 * model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 */
export function fitCovariateModel(
  model: typeof paretoNbd,
  data: readonly CovariateCustomer[] | SummarizedData<CovariateCustomer>,
  options?: CovariateFitOptions,
): CovariateFitResult<ParetoNbdParams>;
export function fitCovariateModel(
  model: typeof bgNbd,
  data: readonly CovariateCustomer[] | SummarizedData<CovariateCustomer>,
  options?: CovariateFitOptions,
): CovariateFitResult<BgNbdParams>;
export function fitCovariateModel(
  model: typeof ggomNbd,
  data: readonly CovariateCustomer[] | SummarizedData<CovariateCustomer>,
  options?: CovariateFitOptions,
): CovariateFitResult<GgomNbdParams>;
export function fitCovariateModel(
  model: typeof paretoNbd | typeof bgNbd | typeof ggomNbd,
  data: readonly CovariateCustomer[] | SummarizedData<CovariateCustomer>,
  options: CovariateFitOptions = {},
): CovariateFitResult<ParetoNbdParams> | CovariateFitResult<BgNbdParams> | CovariateFitResult<GgomNbdParams> {
  const fn = 'fitCovariateModel';
  const kernel = kernelOf(fn, model);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object { purchase, lifetime, … }, or omitted', options);
  }
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (typeof confidenceLevel !== 'number' || !(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new InvalidArgumentError(fn, 'options.confidenceLevel', 'must be a number in (0, 1)', confidenceLevel);
  }
  const maxIterations = options.maxIterations ?? 500;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) throw new InvalidArgumentError(fn, 'options.maxIterations', 'must be an integer at least 1', maxIterations);
  const source = readFitData(fn, kernel.name, data, options.timeUnit);
  const customers = source.data as readonly CovariateCustomer[];
  if (!Array.isArray(customers)) throw new InvalidArgumentError(fn, 'data', 'must be an array of customers or a summary { customers, options }', data);
  if (customers.length === 0) throw new EmptyInputError(fn, 'data');

  // Read and code the covariates of the customers that have them all.
  const purchaseTable = readCovariateTable(fn, 'purchase', options.purchase);
  const tables = { purchase: purchaseTable, lifetime: readCovariateTable(fn, 'lifetime', options.lifetime, purchaseTable) };
  const argument = isSummarizedData(data) ? 'data.customers' : 'data';
  const read = readCovariateCustomers(fn, customers, tables.purchase, tables.lifetime, true, argument);
  checkAges(fn, customers, argument);
  if (read.ids.length === 0) throw new AllRowsRejectedError(fn, 'data', customers.length, read.rejected.slice(0, 3), ' (every customer lacks a covariate: check the ids and columns of options.purchase and options.lifetime)');
  const coding = { purchase: buildCoding(fn, tables.purchase, read.purchase), lifetime: buildCoding(fn, tables.lifetime, read.lifetime) };
  const layout = resolveCovariateLayout(fn, coding.purchase, coding.lifetime, options.constrain, options.l2);
  const histories = historyColumns(customers, read.index);
  let k = 0;
  for (const T of histories.T) if (T > k) k = T;
  if (!(k > 0)) k = 1;
  const designs = buildCovariateDesign(
    histories,
    { table: tables.purchase, coding: coding.purchase, rows: read.purchase },
    { table: tables.lifetime, coding: coding.lifetime, rows: read.lifetime },
    layout,
    k,
  );
  if (designs.scaled.rows === 0) throw new EmptyInputError(fn, 'data', 'must have a positive total weight');

  // Start from the plain model's estimate, coefficients 0; optimise; uncertainty from the Hessian.
  const theta0 = plainStart(kernel, customers, read.index, k, layout.names.length);
  const objective = covariateObjective(kernel, designs.scaled);
  const start = subsampleCovariateStart(kernel, designs.scaled, theta0, maxIterations);
  const optimum = optimizeCovariates(kernel, designs.scaled, objective, start?.theta ?? theta0, maxIterations, 1e-6, start?.hessian);
  const names = [...kernel.names, ...layout.names];
  const uncertainty = covariateUncertainty(objective, optimum.theta, covariateHessian(kernel, designs.scaled, optimum.theta), names);
  const estimates = covariateEstimates(kernel, optimum.theta, uncertainty.covariance, k, layout, coding, confidenceLevel);
  // In the data's unit: dividing time by k multiplies each customer's likelihood by k^x (Pareto/NBD, BG/NBD and GGom/NBD alike).
  const logLikelihood = objective.logLikelihood(optimum.theta) - Math.log(k) * weightedPurchases(designs.scaled);
  const report = covariateFitReport(fn, {
    names,
    logLikelihood,
    total: designs.scaled.total,
    optimum,
    uncertainty,
    confidenceLevel,
    strict: options.strict,
    unidentified: 'a constant or collinear covariate?',
  });
  return {
    model: kernel.name,
    ...estimates,
    ...report,
    rows: designs.scaled.rows,
    timeScale: k,
    coding,
    constrained: layout.constrained,
    rejected: read.rejected,
    unmatched: read.unmatched,
    timeUnit: source.timeUnit,
    data: { ...source.settings, excluded: read.rejected.length },
  } as unknown as CovariateFitResult<ParetoNbdParams> | CovariateFitResult<BgNbdParams> | CovariateFitResult<GgomNbdParams>;
}

/** Largest age `T` (and so recency) a covariate fit takes, in model time units. */
const MAX_AGE = 1e12;

/**
 * Refuses ages that break the likelihood rather than fitting them to NaN: above 1e12 time units no
 * customer is that old in any unit, and the time scale would push everyone else's times below the
 * doubles' range. (Frequencies above 2^53 − 1 are refused earlier, by the shared history check.) The
 * rule, field and value are named.
 */
function checkAges(fn: string, customers: readonly CovariateCustomer[], argument: string): void {
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as CovariateCustomer;
    if (c.T > MAX_AGE) {
      throw new InvalidArgumentError(fn, `${argument}[${i}].T`, `must be at most ${MAX_AGE} time units (check the time unit of the data)`, c.T);
    }
  }
}

/** `Σ w x`. */
function weightedPurchases(design: { readonly x: Float64Array; readonly weights: Float64Array }): number {
  let s = 0;
  for (let i = 0; i < design.x.length; i++) s += (design.weights[i] as number) * (design.x[i] as number);
  return s;
}

/** The covariate kernel of `paretoNbd`, `bgNbd` or `ggomNbd`, else `INVALID_ARGUMENT`. */
function kernelOf(fn: string, model: unknown): CovariateKernel {
  const name = model !== null && typeof model === 'object' ? (model as { name?: unknown }).name : undefined;
  if (name !== 'paretoNbd' && name !== 'bgNbd' && name !== 'ggomNbd') {
    throw new InvalidArgumentError(fn, 'model', 'must be paretoNbd, bgNbd or ggomNbd (the models with static covariates)', name ?? model);
  }
  return COVARIATE_KERNELS[name];
}

/** `(x, t_x, T)` and weights of the accepted customers. */
function historyColumns(customers: readonly CovariateCustomer[], index: readonly number[]) {
  const n = index.length;
  const x = new Float64Array(n);
  const tx = new Float64Array(n);
  const T = new Float64Array(n);
  let w: Float64Array | undefined;
  for (let i = 0; i < n; i++) {
    const c = customers[index[i] as number] as CovariateCustomer;
    x[i] = c.frequency;
    tx[i] = c.recency;
    T[i] = c.T;
    if (c.weight !== undefined) {
      if (w === undefined) w = new Float64Array(n).fill(1);
      w[i] = c.weight;
    }
  }
  return { x, tx, T, w };
}

/**
 * θ₀: the plain model fitted to (a subsample of about 3,000, for GGom/NBD 600 with at most 100 iterations
 * per stage, of) the accepted customers (log-parameters on data divided by `k`), coefficients 0.
 */
function plainStart(kernel: CovariateKernel, customers: readonly CovariateCustomer[], index: readonly number[], k: number, m: number): Float64Array {
  // A deterministic subsample: the start only needs to be near the optimum.
  const target = kernel.startCustomers ?? 3000;
  const stride = Math.max(1, target >= 3000 ? Math.floor(index.length / target) : Math.ceil(index.length / target));
  const picked = stride === 1 ? index : index.filter((_, j) => j % stride === 0);
  const rows: RfmCustomer[] = picked.map((i) => {
    const c = customers[i] as CovariateCustomer;
    return c.weight === undefined ? { frequency: c.frequency, recency: c.recency, T: c.T } : { frequency: c.frequency, recency: c.recency, T: c.T, weight: c.weight };
  });
  const plain = fitModel(kernel.plain as typeof paretoNbd, rows as RfmCustomer[], kernel.startIterations === undefined ? {} : { maxIterations: kernel.startIterations });
  const params = plain.params as unknown as Record<string, number>;
  const theta = new Float64Array(kernel.names.length + m);
  kernel.names.forEach((name, j) => {
    theta[j] = Math.log(params[name] as number) - (kernel.rates.includes(j) ? Math.log(k) : kernel.inverseRates?.includes(j) === true ? -Math.log(k) : 0);
  });
  return theta;
}
